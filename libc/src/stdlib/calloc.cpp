#include <errno.h>
#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/heap.h"
#include "src/__support/memory_utils.h"

LIBC_ENTRY(void *, calloc, (size_t count, size_t size)) {
  size_t bytes;
  if (__builtin_mul_overflow(count, size, &bytes)) {
    errno = ENOMEM;
    return nullptr;
  }
  void *p = gpulibc::internal::heap_allocate(bytes, 16);
  if (!p) {
    errno = ENOMEM;
    return nullptr;
  }
  gpulibc::internal::fill(static_cast<unsigned char *>(p), 0, bytes);
  return p;
}
