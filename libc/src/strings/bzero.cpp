#include <strings.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"

LIBC_ENTRY(void, bzero, (void *dst, size_t n)) {
  gpulibc::internal::fill(static_cast<unsigned char *>(dst), 0, n);
}
