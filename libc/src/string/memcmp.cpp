#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"

LIBC_ENTRY(int, memcmp, (const void *lhs, const void *rhs, size_t n)) {
  return gpulibc::internal::compare_bytes(static_cast<const unsigned char *>(lhs),
                                          static_cast<const unsigned char *>(rhs), n);
}
