#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/sort.h"

LIBC_ENTRY(void, qsort_r,
           (void *base, size_t n, size_t size, int (*compare)(const void *, const void *, void *),
            void *arg)) {
  gpulibc::internal::sort(base, n, size, compare, arg);
}
