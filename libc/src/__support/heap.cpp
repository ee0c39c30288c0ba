#include "src/__support/heap.h"

#include <stdint.h>

#include "src/__support/device_env.h"

namespace gpulibc::internal {

static uint64_t heap_used;

void *heap_allocate(size_t size, size_t alignment) {
  const gpulibc_device_env &env = __gpulibc_device_env;
  if (alignment < 16)
    alignment = 16;
  // Round the size so that every block starts 16-aligned; larger alignments
  // pad the request and round the pointer up inside it.
  uint64_t padded;
  if (__builtin_add_overflow(uint64_t(size), uint64_t(alignment - 16) + 15, &padded))
    return nullptr;
  padded &= ~uint64_t(15);
  if (padded == 0)
    padded = 16;
  uint64_t offset = __scoped_atomic_fetch_add(&heap_used, padded, __ATOMIC_RELAXED,
                                              __MEMORY_SCOPE_DEVICE);
  if (offset > env.heap_size || env.heap_size - offset < padded) {
    // Undo so a later small request can still fit: the counter never exceeds
    // the heap by more than the sum of requests in flight.
    __scoped_atomic_fetch_sub(&heap_used, padded, __ATOMIC_RELAXED, __MEMORY_SCOPE_DEVICE);
    return nullptr;
  }
  uint64_t address = env.heap_base + offset;
  address = (address + alignment - 1) & ~uint64_t(alignment - 1);
  return reinterpret_cast<void *>(address);
}

void heap_free(void *) {}

} // namespace gpulibc::internal
