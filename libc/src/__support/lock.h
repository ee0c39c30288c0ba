//===-- A device-wide lock that is safe under SIMT execution ----------------===//
#ifndef GPULIBC_SUPPORT_LOCK_H
#define GPULIBC_SUPPORT_LOCK_H

#include <stdint.h>

#include "gpu_target.h"

namespace gpulibc::internal {

// A plain per-lane spin lock deadlocks on GPUs without independent thread
// scheduling: the winning lane cannot run its critical section until the
// losing lanes of its own warp leave the spin loop, which they never do. So
// only the first lane of the calling group takes the lock, and the group's
// lanes then run the critical section one after another.
class SpinLock {
public:
  template <typename F> void run_exclusive(F critical_section) {
    uint64_t mask = gpu::lane_mask();
    uint32_t leader = static_cast<uint32_t>(__builtin_ctzll(mask));
    if (gpu::lane_id() == leader)
      while (__scoped_atomic_exchange_n(&word, 1u, __ATOMIC_ACQUIRE, __MEMORY_SCOPE_DEVICE))
        gpu::sleep_briefly();
    gpu::sync_lanes(mask);
    for (uint64_t m = mask; m; m &= m - 1) {
      if (gpu::lane_id() == static_cast<uint32_t>(__builtin_ctzll(m)))
        critical_section();
      gpu::sync_lanes(mask);
    }
    if (gpu::lane_id() == leader)
      __scoped_atomic_store_n(&word, 0u, __ATOMIC_RELEASE, __MEMORY_SCOPE_DEVICE);
  }

private:
  uint32_t word = 0;
};

} // namespace gpulibc::internal

#endif
