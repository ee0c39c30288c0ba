#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/sort.h"

LIBC_ENTRY(void, qsort,
           (void *base, size_t n, size_t size, int (*compare)(const void *, const void *))) {
  gpulibc::internal::sort(base, n, size, compare);
}
