#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"

LIBC_ENTRY(void *, memmove, (void *dst, const void *src, size_t n)) {
  unsigned char *d = static_cast<unsigned char *>(dst);
  const unsigned char *s = static_cast<const unsigned char *>(src);
  // Copying forward is safe unless the destination starts inside the source.
  if (reinterpret_cast<uintptr_t>(d) - reinterpret_cast<uintptr_t>(s) >= n)
    gpulibc::internal::copy_forward(d, s, n);
  else
    gpulibc::internal::copy_backward(d, s, n);
  return dst;
}
