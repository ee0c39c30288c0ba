#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(size_t, strlcat, (char *__restrict dst, const char *__restrict src, size_t size)) {
  using namespace gpulibc::internal;
  size_t used = bounded_string_length(dst, size);
  size_t length = string_length(src);
  // Without a terminator in the first `size` bytes, dst is left alone.
  if (used == size)
    return size + length;
  size_t count = length < size - used ? length : size - used - 1;
  copy_forward(as_bytes(dst + used), as_bytes(src), count);
  dst[used + count] = '\0';
  return used + length;
}
