#include <errno.h>
#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/heap.h"

LIBC_ENTRY(void *, malloc, (size_t size)) {
  void *p = gpulibc::internal::heap_allocate(size, 16);
  if (!p)
    errno = ENOMEM;
  return p;
}
