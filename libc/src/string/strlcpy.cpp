#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(size_t, strlcpy, (char *__restrict dst, const char *__restrict src, size_t size)) {
  using namespace gpulibc::internal;
  size_t length = string_length(src);
  if (size) {
    size_t count = length < size ? length : size - 1;
    copy_forward(as_bytes(dst), as_bytes(src), count);
    dst[count] = '\0';
  }
  return length;
}
