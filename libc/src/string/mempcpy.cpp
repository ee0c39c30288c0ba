#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"

LIBC_ENTRY(void *, mempcpy, (void *__restrict dst, const void *__restrict src, size_t n)) {
  gpulibc::internal::copy_forward(static_cast<unsigned char *>(dst),
                                  static_cast<const unsigned char *>(src), n);
  return static_cast<unsigned char *>(dst) + n;
}
