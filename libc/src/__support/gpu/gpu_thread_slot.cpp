//===-- Per-thread state on GPUs, which have no thread-local storage -------===//
//
// Built for amdgpu and nvptx only; the cpu device keeps this state in each
// lane's context block.
#include "gpu_target.h"
#include "src/__support/device_env.h"

namespace gpulibc::gpu {

// Fallback when the loader provided no slots: one shared errno, racy but
// better than writing through a null pointer.
static int shared_errno;

int *errno_location() {
  const gpulibc_device_env &env = __gpulibc_device_env;
  uint64_t block = block_id(0) + uint64_t(num_blocks(0)) *
                                     (block_id(1) + uint64_t(num_blocks(1)) * block_id(2));
  uint64_t per_block = uint64_t(num_threads(0)) * num_threads(1) * num_threads(2);
  uint64_t thread = thread_id(0) + uint64_t(num_threads(0)) *
                                       (thread_id(1) + uint64_t(num_threads(1)) * thread_id(2));
  uint64_t index = block * per_block + thread;
  if (env.thread_slots == 0 || index >= env.thread_slot_count)
    return &shared_errno;
  return reinterpret_cast<int *>(env.thread_slots + index * 64);
}

} // namespace gpulibc::gpu
