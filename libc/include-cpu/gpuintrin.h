/* <gpuintrin.h> for gpulibc's cpu device: the same __gpu_* interface clang
 * provides for AMDGPU and NVPTX, so one program source runs on all three. */
#ifndef __GPUINTRIN_H
#define __GPUINTRIN_H

#include <gpulibc/cpu_device_abi.h>
#include <stdbool.h>
#include <stdint.h>

#define _DEFAULT_FN_ATTRS __attribute__((__always_inline__))

static _DEFAULT_FN_ATTRS inline uint32_t __gpu_num_blocks_x(void) { return gpulibc_cpu_context()->num_blocks[0]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_num_blocks_y(void) { return gpulibc_cpu_context()->num_blocks[1]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_num_blocks_z(void) { return gpulibc_cpu_context()->num_blocks[2]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_block_id_x(void) { return gpulibc_cpu_context()->block_id[0]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_block_id_y(void) { return gpulibc_cpu_context()->block_id[1]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_block_id_z(void) { return gpulibc_cpu_context()->block_id[2]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_num_threads_x(void) { return gpulibc_cpu_context()->num_threads[0]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_num_threads_y(void) { return gpulibc_cpu_context()->num_threads[1]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_num_threads_z(void) { return gpulibc_cpu_context()->num_threads[2]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_thread_id_x(void) { return gpulibc_cpu_context()->thread_id[0]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_thread_id_y(void) { return gpulibc_cpu_context()->thread_id[1]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_thread_id_z(void) { return gpulibc_cpu_context()->thread_id[2]; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_num_lanes(void) { return gpulibc_cpu_context()->num_lanes; }
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_lane_id(void) { return gpulibc_cpu_context()->lane_id; }

/* The active lanes are those that reached this call site together. The
 * site number goes into the asm so the optimizer cannot merge the calls of
 * two branches into one instruction (which would merge their lane sets);
 * __gpu_lane_mask() is therefore a macro that numbers its call sites. */
static _DEFAULT_FN_ATTRS inline uint64_t __gpulibc_lane_mask_at(uint32_t __site) {
  uintptr_t __pc;
  __asm__ __volatile__("leaq 0(%%rip), %0" : "=r"(__pc) : "i"(__site));
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  return __c->ops->lane_mask(__c, __pc);
}
static _DEFAULT_FN_ATTRS inline uint64_t __gpu_lane_mask(void) { return __gpulibc_lane_mask_at(0); }
#define __gpu_lane_mask() __gpulibc_lane_mask_at(__COUNTER__ * 100000u + __LINE__)
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_read_first_lane_u32(uint64_t __mask, uint32_t __x) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  return (uint32_t)__c->ops->read_first_lane(__c, __mask, __x);
}
static _DEFAULT_FN_ATTRS inline uint64_t __gpu_read_first_lane_u64(uint64_t __mask, uint64_t __x) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  return __c->ops->read_first_lane(__c, __mask, __x);
}
static _DEFAULT_FN_ATTRS inline uint64_t __gpu_ballot(uint64_t __mask, bool __x) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  return __c->ops->ballot(__c, __mask, __x);
}
static _DEFAULT_FN_ATTRS inline void __gpu_sync_threads(void) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  __c->ops->sync_threads(__c);
}
static _DEFAULT_FN_ATTRS inline void __gpu_sync_lane(uint64_t __mask) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  __c->ops->sync_lanes(__c, __mask);
}
static _DEFAULT_FN_ATTRS inline uint32_t __gpu_shuffle_idx_u32(uint64_t __mask, uint32_t __idx,
                                                               uint32_t __x, uint32_t __width) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  uint32_t __lane = __c->lane_id;
  uint32_t __source = (__lane & ~(__width - 1)) + (__idx & (__width - 1));
  return (uint32_t)__c->ops->shuffle(__c, __mask, __source, __x);
}
static _DEFAULT_FN_ATTRS inline uint64_t __gpu_shuffle_idx_u64(uint64_t __mask, uint32_t __idx,
                                                               uint64_t __x, uint32_t __width) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  uint32_t __lane = __c->lane_id;
  uint32_t __source = (__lane & ~(__width - 1)) + (__idx & (__width - 1));
  return __c->ops->shuffle(__c, __mask, __source, __x);
}
static _DEFAULT_FN_ATTRS inline uint64_t __gpu_first_lane_id(uint64_t __mask) {
  return __builtin_ffsll((long long)__mask) - 1;
}
static _DEFAULT_FN_ATTRS inline bool __gpu_is_first_in_lane(uint64_t __mask) {
  return __gpu_lane_id() == __gpu_first_lane_id(__mask);
}
static _DEFAULT_FN_ATTRS inline void __gpu_thread_suspend(void) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  __c->ops->sleep(__c);
}
static _DEFAULT_FN_ATTRS inline __attribute__((__noreturn__)) void __gpu_exit(void) {
  struct gpulibc_lane_context *__c = gpulibc_cpu_context();
  __c->ops->exit_thread(__c);
}

static inline uint32_t __gpu_num_blocks(int __dim) {
  return __dim == 0 ? __gpu_num_blocks_x() : __dim == 1 ? __gpu_num_blocks_y() : __gpu_num_blocks_z();
}
static inline uint32_t __gpu_block_id(int __dim) {
  return __dim == 0 ? __gpu_block_id_x() : __dim == 1 ? __gpu_block_id_y() : __gpu_block_id_z();
}
static inline uint32_t __gpu_num_threads(int __dim) {
  return __dim == 0 ? __gpu_num_threads_x() : __dim == 1 ? __gpu_num_threads_y() : __gpu_num_threads_z();
}
static inline uint32_t __gpu_thread_id(int __dim) {
  return __dim == 0 ? __gpu_thread_id_x() : __dim == 1 ? __gpu_thread_id_y() : __gpu_thread_id_z();
}

#undef _DEFAULT_FN_ATTRS

#endif
