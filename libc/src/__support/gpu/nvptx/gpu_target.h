//===-- Target layer: NVPTX -----------------------------------------------===//
#ifndef GPULIBC_GPU_TARGET_H
#define GPULIBC_GPU_TARGET_H

#include <gpuintrin.h>
#include <stdint.h>

#define GPULIBC_TARGET_NVPTX 1

namespace gpulibc::gpu {

inline uint32_t num_blocks(int dim) { return __gpu_num_blocks(dim); }
inline uint32_t block_id(int dim) { return __gpu_block_id(dim); }
inline uint32_t num_threads(int dim) { return __gpu_num_threads(dim); }
inline uint32_t thread_id(int dim) { return __gpu_thread_id(dim); }
inline uint32_t num_lanes() { return __gpu_num_lanes(); }
inline uint32_t lane_id() { return __gpu_lane_id(); }
// Under independent thread scheduling this may be a subset of the lanes that
// will take this path; every caller must be correct for any subset.
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
inline void sleep_briefly() { __nvvm_nanosleep(64); }
[[noreturn]] inline void end_thread() { __gpu_exit(); }
[[noreturn]] inline void fault(const char *) { __builtin_trap(); }

inline uint64_t processor_clock() { return __builtin_readcyclecounter(); }

int *errno_location();

} // namespace gpulibc::gpu

#define GPULIBC_KERNEL extern "C" [[clang::nvptx_kernel, gnu::visibility("protected")]]

#include "src/__support/device_env.h"

namespace gpulibc::gpu {
struct FunctionArray {
  const uintptr_t *begin;
  const uintptr_t *end;
};
// nvlink provides no __init_array_start; the loader gathers the
// constructor globals the compiler emits and passes the arrays in the
// environment (see gpulibc_device_env).
inline FunctionArray init_array() {
  return {reinterpret_cast<const uintptr_t *>(__gpulibc_device_env.init_array_start),
          reinterpret_cast<const uintptr_t *>(__gpulibc_device_env.init_array_end)};
}
inline FunctionArray fini_array() {
  return {reinterpret_cast<const uintptr_t *>(__gpulibc_device_env.fini_array_start),
          reinterpret_cast<const uintptr_t *>(__gpulibc_device_env.fini_array_end)};
}
} // namespace gpulibc::gpu

#endif
