#include <errno.h>
#include <inttypes.h>

#include "src/__support/common.h"
#include "src/__support/str_to_integer.h"

// As strtol: EINVAL for an invalid base, and then *end is str.
LIBC_ENTRY(uintmax_t, strtoumax, (const char *__restrict str, char **__restrict end, int base)) {
  const auto result = gpulibc::internal::parse_integer<uintmax_t>(str, base);
  if (result.error)
    errno = result.error;
  if (end)
    *end = const_cast<char *>(str + result.consumed);
  return result.value;
}
