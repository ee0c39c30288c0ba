#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strncat, (char *__restrict dst, const char *__restrict src, size_t n)) {
  using namespace gpulibc::internal;
  char *end = dst + string_length(dst);
  size_t length = bounded_string_length(src, n);
  copy_forward(as_bytes(end), as_bytes(src), length);
  end[length] = '\0';
  return dst;
}
