//===-- Target layer: AMDGPU ----------------------------------------------===//
#ifndef GPULIBC_GPU_TARGET_H
#define GPULIBC_GPU_TARGET_H

#include <gpuintrin.h>
#include <stdint.h>

#define GPULIBC_TARGET_AMDGPU 1

namespace gpulibc::gpu {

inline uint32_t num_blocks(int dim) { return __gpu_num_blocks(dim); }
inline uint32_t block_id(int dim) { return __gpu_block_id(dim); }
inline uint32_t num_threads(int dim) { return __gpu_num_threads(dim); }
inline uint32_t thread_id(int dim) { return __gpu_thread_id(dim); }
inline uint32_t num_lanes() { return __gpu_num_lanes(); }
inline uint32_t lane_id() { return __gpu_lane_id(); }
inline uint64_t lane_mask() { return __gpu_lane_mask(); }
inline uint64_t ballot(uint64_t mask, bool predicate) { return __gpu_ballot(mask, predicate); }
inline uint32_t read_first_lane_u32(uint64_t mask, uint32_t x) {
  return __gpu_read_first_lane_u32(mask, x);
}
inline uint64_t read_first_lane_u64(uint64_t mask, uint64_t x) {
  return __gpu_read_first_lane_u64(mask, x);
}
inline uint32_t shuffle_u32(uint64_t mask, uint32_t source, uint32_t x) {
  return __gpu_shuffle_idx_u32(mask, source, x, __gpu_num_lanes());
}
inline void sync_lanes(uint64_t mask) { __gpu_sync_lane(mask); }
inline void sync_threads() { __gpu_sync_threads(); }
// s_sleep gives the wave's issue slots to other waves on the SIMD.
inline void sleep_briefly() { __builtin_amdgcn_s_sleep(2); }
[[noreturn]] inline void end_thread() { __gpu_exit(); }
[[noreturn]] inline void fault(const char *) { __builtin_trap(); }

inline uint64_t processor_clock() { return __builtin_readcyclecounter(); }

// A GPU has no thread-local storage; errno lives in a per-thread slot array
// the loader provides (see startup), indexed by the global thread id.
int *errno_location();

} // namespace gpulibc::gpu

#define GPULIBC_KERNEL extern "C" [[clang::amdgpu_kernel, gnu::visibility("protected")]]

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
