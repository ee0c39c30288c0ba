// Guards for function-local statics with dynamic initialisation
// (C++ ABI 3.3.2). The first byte of the guard says "initialised"; a second
// word serialises initialisers.
//
// Waiting losers sleep so the winner can run even on a device without
// forward-progress guarantees between lanes. On AMDGPU, whose lanes cannot
// diverge independently, two lanes of one wave racing for the same guard
// would still deadlock; the cpu device and NVIDIA GPUs (sm_70+) are fine.
#include <stdint.h>

#include "gpu_target.h"

namespace {

enum : uint32_t { kIdle = 0, kBusy = 1 };

uint32_t *busy_word(uint64_t *guard) { return reinterpret_cast<uint32_t *>(guard) + 1; }

} // namespace

extern "C" int __cxa_guard_acquire(uint64_t *guard) {
  unsigned char *done = reinterpret_cast<unsigned char *>(guard);
  for (;;) {
    if (__scoped_atomic_load_n(done, __ATOMIC_ACQUIRE, __MEMORY_SCOPE_DEVICE))
      return 0;
    uint32_t expected = kIdle;
    if (__scoped_atomic_compare_exchange_n(busy_word(guard), &expected, kBusy, false,
                                           __ATOMIC_ACQUIRE, __ATOMIC_RELAXED,
                                           __MEMORY_SCOPE_DEVICE)) {
      // Another thread may have finished between our check and the CAS.
      if (__scoped_atomic_load_n(done, __ATOMIC_ACQUIRE, __MEMORY_SCOPE_DEVICE)) {
        __scoped_atomic_store_n(busy_word(guard), kIdle, __ATOMIC_RELEASE,
                                __MEMORY_SCOPE_DEVICE);
        return 0;
      }
      return 1;
    }
    gpulibc::gpu::sleep_briefly();
  }
}

extern "C" void __cxa_guard_release(uint64_t *guard) {
  __scoped_atomic_store_n(reinterpret_cast<unsigned char *>(guard), 1, __ATOMIC_RELEASE,
                          __MEMORY_SCOPE_DEVICE);
  __scoped_atomic_store_n(busy_word(guard), kIdle, __ATOMIC_RELEASE, __MEMORY_SCOPE_DEVICE);
}

// The initialiser threw; exceptions do not exist on the device, but the ABI
// entry must, and it lets another thread try again.
extern "C" void __cxa_guard_abort(uint64_t *guard) {
  __scoped_atomic_store_n(busy_word(guard), kIdle, __ATOMIC_RELEASE, __MEMORY_SCOPE_DEVICE);
}
