#include <errno.h>
#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/str_to_integer.h"

// An invalid base is EINVAL as in glibc; *end is then str, as for any input
// that holds no number (glibc leaves it unset).
LIBC_ENTRY(long, strtol, (const char *__restrict str, char **__restrict end, int base)) {
  const auto result = gpulibc::internal::parse_integer<long>(str, base);
  if (result.error)
    errno = result.error;
  if (end)
    *end = const_cast<char *>(str + result.consumed);
  return result.value;
}
