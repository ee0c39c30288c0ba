//===-- Target layer: the cpu device --------------------------------------===//
#ifndef GPULIBC_GPU_TARGET_H
#define GPULIBC_GPU_TARGET_H

#include "gpulibc/cpu_device_abi.h"
#include <stdint.h>

#define GPULIBC_TARGET_CPU 1

namespace gpulibc::gpu {

using LaneContext = gpulibc_lane_context;

[[gnu::always_inline]] inline LaneContext *context() { return gpulibc_cpu_context(); }

inline uint32_t num_blocks(int dim) { return context()->num_blocks[dim]; }
inline uint32_t block_id(int dim) { return context()->block_id[dim]; }
inline uint32_t num_threads(int dim) { return context()->num_threads[dim]; }
inline uint32_t thread_id(int dim) { return context()->thread_id[dim]; }
inline uint32_t num_lanes() { return context()->num_lanes; }
inline uint32_t lane_id() { return context()->lane_id; }

// The call site's address identifies the program point, so lanes that took
// different branches to different lane_mask() calls are not grouped. The
// call site's line and column go into the asm as operands so that the
// optimizer sees different instructions and cannot merge the calls of two
// branches into one, which on a GPU would change the result.
[[gnu::always_inline]] inline uint64_t lane_mask(uint32_t line = __builtin_LINE(),
                                                 uint32_t column = __builtin_COLUMN()) {
  uintptr_t pc;
  asm volatile("leaq 0(%%rip), %0" : "=r"(pc) : "i"(line), "i"(column));
  LaneContext *self = context();
  return self->ops->lane_mask(self, pc);
}
inline uint64_t ballot(uint64_t mask, bool predicate) {
  LaneContext *self = context();
  return self->ops->ballot(self, mask, predicate);
}
inline uint32_t read_first_lane_u32(uint64_t mask, uint32_t x) {
  LaneContext *self = context();
  return static_cast<uint32_t>(self->ops->read_first_lane(self, mask, x));
}
inline uint64_t read_first_lane_u64(uint64_t mask, uint64_t x) {
  LaneContext *self = context();
  return self->ops->read_first_lane(self, mask, x);
}
inline uint32_t shuffle_u32(uint64_t mask, uint32_t source, uint32_t x) {
  LaneContext *self = context();
  return static_cast<uint32_t>(self->ops->shuffle(self, mask, source, x));
}
inline void sync_lanes(uint64_t mask) {
  LaneContext *self = context();
  self->ops->sync_lanes(self, mask);
}
inline void sync_threads() {
  LaneContext *self = context();
  self->ops->sync_threads(self);
}
inline void sleep_briefly() {
  LaneContext *self = context();
  self->ops->sleep(self);
}
[[noreturn]] inline void end_thread() {
  LaneContext *self = context();
  self->ops->exit_thread(self);
}
[[noreturn]] inline void fault(const char *message) {
  LaneContext *self = context();
  self->ops->fault(self, message);
}

inline uint64_t processor_clock() { return __builtin_readcyclecounter(); }

inline int *errno_location() { return &context()->errno_value; }

} // namespace gpulibc::gpu

#define GPULIBC_KERNEL extern "C" [[gnu::visibility("default")]]

// The linker collects constructors and destructors into these arrays.
extern "C" {
[[gnu::weak, gnu::visibility("hidden")]] extern uintptr_t __init_array_start[];
[[gnu::weak, gnu::visibility("hidden")]] extern uintptr_t __init_array_end[];
[[gnu::weak, gnu::visibility("hidden")]] extern uintptr_t __fini_array_start[];
[[gnu::weak, gnu::visibility("hidden")]] extern uintptr_t __fini_array_end[];
}

namespace gpulibc::gpu {
struct FunctionArray {
  const uintptr_t *begin;
  const uintptr_t *end;
};
inline FunctionArray init_array() { return {__init_array_start, __init_array_end}; }
inline FunctionArray fini_array() { return {__fini_array_start, __fini_array_end}; }
} // namespace gpulibc::gpu

#endif
