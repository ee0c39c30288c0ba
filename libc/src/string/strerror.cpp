#include <string.h>

#include "src/__support/common.h"
#include "src/__support/error_messages.h"

static gpulibc::internal::InternedMessages unknown_errors;

LIBC_ENTRY(char *, strerror, (int errnum)) {
  using namespace gpulibc::internal;
  if (const char *message = kErrnoMessages.find(errnum))
    return const_cast<char *>(message);
  return const_cast<char *>(
      intern_numbered_message(unknown_errors, "Unknown error ", errnum, "Unknown error"));
}
