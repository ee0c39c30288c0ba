#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, stpcpy, (char *__restrict dst, const char *__restrict src)) {
  return gpulibc::internal::copy_string(dst, src);
}
