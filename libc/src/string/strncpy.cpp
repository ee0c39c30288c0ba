#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strncpy, (char *__restrict dst, const char *__restrict src, size_t n)) {
  using namespace gpulibc::internal;
  size_t length = bounded_string_length(src, n);
  copy_forward(as_bytes(dst), as_bytes(src), length);
  fill(as_bytes(dst) + length, 0, n - length);
  return dst;
}
