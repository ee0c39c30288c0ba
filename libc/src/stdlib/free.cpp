#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/heap.h"

LIBC_ENTRY(void, free, (void *pointer)) { gpulibc::internal::heap_free(pointer); }
