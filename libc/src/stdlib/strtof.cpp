#include <errno.h>
#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/str_to_float.h"

LIBC_ENTRY(float, strtof, (const char *__restrict str, char **__restrict end)) {
  const auto result = gpulibc::internal::parse_float<float>(str);
  if (result.error)
    errno = result.error;
  if (end)
    *end = const_cast<char *>(str + result.consumed);
  return result.value;
}
