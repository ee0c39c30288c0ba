#include <errno.h>
#include <string.h>

#include "src/__support/common.h"
#include "src/__support/error_messages.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

// The POSIX (XSI) strerror_r; see <string.h> for why not the GNU one. Like
// glibc, it fills buf even when it fails (truncated, terminated if buflen is
// not 0) and reports through the result only, leaving errno alone.
LIBC_ENTRY(int, strerror_r, (int errnum, char *buf, size_t buflen)) {
  using namespace gpulibc::internal;
  char unknown[kNumberedMessageSize];
  const char *message = kErrnoMessages.find(errnum);
  if (!message) {
    format_numbered_message(unknown, "Unknown error ", errnum);
    message = unknown;
  }
  size_t length = string_length(message);
  if (buflen) {
    size_t count = length < buflen ? length : buflen - 1;
    copy_forward(as_bytes(buf), as_bytes(message), count);
    buf[count] = '\0';
  }
  if (message == unknown)
    return EINVAL;
  return length < buflen ? 0 : ERANGE;
}
