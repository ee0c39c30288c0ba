#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"

LIBC_ENTRY(void *, memccpy, (void *__restrict dst, const void *__restrict src, int c, size_t n)) {
  unsigned char *d = static_cast<unsigned char *>(dst);
  const unsigned char *s = static_cast<const unsigned char *>(src);
  const unsigned char *found = gpulibc::internal::find_byte(s, static_cast<unsigned char>(c), n);
  size_t count = found ? static_cast<size_t>(found - s) + 1 : n;
  gpulibc::internal::copy_forward(d, s, count);
  return found ? d + count : nullptr;
}
