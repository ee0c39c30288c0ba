#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"

LIBC_ENTRY(void *, memset, (void *dst, int value, size_t n)) {
  gpulibc::internal::fill(static_cast<unsigned char *>(dst), static_cast<unsigned char>(value),
                          n);
  return dst;
}
