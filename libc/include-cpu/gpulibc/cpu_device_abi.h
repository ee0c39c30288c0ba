/* The cpu device's hardware interface.
 *
 * The cpu device is a SIMT machine that gpurun emulates on host threads. Its
 * "hardware" is gpurun's scheduler; device code reaches it through a table of
 * functions found through the lane's context block. This header is shared by
 * the image's target layer (and the cpu device's <gpuintrin.h>) and gpurun's
 * cpu backend. Plain C, so C programs can include <gpuintrin.h>.
 *
 * Each lane runs on its own stack, a region of GPULIBC_CPU_LANE_REGION_SIZE
 * bytes aligned to its size. The context sits at the lowest address of the
 * region, a guard page follows it, and the stack grows down from the top.
 * Masking the stack pointer therefore finds the context in two instructions
 * and with no thread-local storage, which a self-contained image cannot have.
 */
#ifndef GPULIBC_CPU_DEVICE_ABI_H
#define GPULIBC_CPU_DEVICE_ABI_H

#include <stdint.h>

#define GPULIBC_CPU_ABI_VERSION 1u
#define GPULIBC_CPU_LANE_REGION_SIZE ((uint64_t)1 << 20) /* 1 MiB per lane */
#define GPULIBC_CPU_CONTEXT_SIZE ((uint64_t)4096)         /* then a guard page */

#ifdef __cplusplus
extern "C" {
#endif

struct gpulibc_lane_context;

/* Collective operations. Each suspends the calling lane until the operation
 * can complete as it would on a GPU: the lanes named in `mask` must all reach
 * a collective with the same mask. A lane must be a member of its own mask. */
struct gpulibc_device_ops {
  uint32_t abi_version;
  /* The lanes of this warp that reached this program point (`pc`) together. */
  uint64_t (*lane_mask)(struct gpulibc_lane_context *self, uintptr_t pc);
  uint64_t (*ballot)(struct gpulibc_lane_context *self, uint64_t mask, uint32_t predicate);
  /* The value passed by the lowest-numbered lane of `mask`. */
  uint64_t (*read_first_lane)(struct gpulibc_lane_context *self, uint64_t mask, uint64_t value);
  /* The value passed by lane `source`, which must be in `mask`. */
  uint64_t (*shuffle)(struct gpulibc_lane_context *self, uint64_t mask, uint32_t source,
                      uint64_t value);
  void (*sync_lanes)(struct gpulibc_lane_context *self, uint64_t mask);
  /* A barrier for every live thread of the block. */
  void (*sync_threads)(struct gpulibc_lane_context *self);
  /* Lets other lanes and warps run; device spin loops must call it. */
  void (*sleep)(struct gpulibc_lane_context *self);
  /* Ends the calling thread, as returning from the kernel would. */
  void (*exit_thread)(struct gpulibc_lane_context *self) __attribute__((__noreturn__));
  /* Stops the whole device because of a fault the device itself detected. */
  void (*fault)(struct gpulibc_lane_context *self, const char *message)
      __attribute__((__noreturn__));
};

struct gpulibc_lane_context {
  const struct gpulibc_device_ops *ops;
  void *scheduler; /* gpurun's per-lane state */
  uint32_t lane_id;
  uint32_t num_lanes;
  uint32_t thread_id[3];
  uint32_t block_id[3];
  uint32_t num_threads[3];
  uint32_t num_blocks[3];
  int errno_value; /* per-thread errno */
  uint32_t reserved;
  uint64_t thread_local_words[8]; /* per-thread scratch for libc internals */
};

static inline struct gpulibc_lane_context *gpulibc_cpu_context(void) {
  uintptr_t sp;
  __asm__("movq %%rsp, %0" : "=r"(sp));
  return (struct gpulibc_lane_context *)(sp & ~(GPULIBC_CPU_LANE_REGION_SIZE - 1));
}

#ifdef __cplusplus
}
#endif

#endif
