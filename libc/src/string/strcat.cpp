#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strcat, (char *__restrict dst, const char *__restrict src)) {
  gpulibc::internal::copy_string(dst + gpulibc::internal::string_length(dst), src);
  return dst;
}
