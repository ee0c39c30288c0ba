#include <string.h>

#include "src/__support/common.h"
#include "src/__support/error_messages.h"

static gpulibc::internal::InternedMessages unknown_signals;

LIBC_ENTRY(char *, strsignal, (int signal)) {
  using namespace gpulibc::internal;
  if (const char *message = kSignalMessages.find(signal))
    return const_cast<char *>(message);
  return const_cast<char *>(
      intern_numbered_message(unknown_signals, "Unknown signal ", signal, "Unknown signal"));
}
