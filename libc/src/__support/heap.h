//===-- The device heap (interim) ------------------------------------------===//
//
// A lock-free bump allocator over the region the loader reserves
// (gpulibc_device_env::heap_base/heap_size). Memory is not reused after free;
// the real allocator replaces this module without changing its interface.
#ifndef GPULIBC_SUPPORT_HEAP_H
#define GPULIBC_SUPPORT_HEAP_H

#include <stddef.h>

namespace gpulibc::internal {

// Returns `size` bytes aligned to `alignment` (a power of two), or null.
void *heap_allocate(size_t size, size_t alignment);
void heap_free(void *pointer);

} // namespace gpulibc::internal

#endif
