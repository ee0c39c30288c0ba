#include <strings.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"

// memmove with the arguments swapped: the buffers may overlap.
LIBC_ENTRY(void, bcopy, (const void *src, void *dst, size_t n)) {
  unsigned char *d = static_cast<unsigned char *>(dst);
  const unsigned char *s = static_cast<const unsigned char *>(src);
  if (reinterpret_cast<uintptr_t>(d) - reinterpret_cast<uintptr_t>(s) >= n)
    gpulibc::internal::copy_forward(d, s, n);
  else
    gpulibc::internal::copy_backward(d, s, n);
}
