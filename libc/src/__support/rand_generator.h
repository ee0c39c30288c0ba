//===-- The generator behind rand and srand ---------------------*- C++ -*-===//
//
// Part of gpulibc. C gives a program one rand() sequence, shared by all
// threads. Here its state is a single 64-bit counter: rand() advances it
// with one atomic fetch-and-add and returns a mix of the new value
// (SplitMix64, which is a bijection, so concurrent callers always get the
// outputs of distinct counter values and the state can never be torn). An
// atomic add needs no compare-and-swap retry loop, which matters when
// thousands of GPU threads call rand() at once. srand(seed) restarts the
// sequence at `seed`; the initial state is that of srand(1), as C requires.
//
// Relaxed ordering suffices: the counter publishes nothing but itself.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_RAND_GENERATOR_H
#define GPULIBC_SRC_SUPPORT_RAND_GENERATOR_H

#include <stdint.h>

namespace gpulibc {
namespace internal {

inline uint64_t rand_state = 1;

inline constexpr uint64_t kRandIncrement = 0x9e3779b97f4a7c15ull;

inline uint64_t rand_mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

// A value in [0, RAND_MAX] = [0, 2^31 - 1].
inline int rand_next() {
  const uint64_t counter = __scoped_atomic_fetch_add(&rand_state, kRandIncrement, __ATOMIC_RELAXED,
                                                     __MEMORY_SCOPE_DEVICE) +
                           kRandIncrement;
  return static_cast<int>(rand_mix(counter) >> 33);
}

inline void rand_seed(unsigned seed) {
  __scoped_atomic_store_n(&rand_state, uint64_t(seed), __ATOMIC_RELAXED, __MEMORY_SCOPE_DEVICE);
}

} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_RAND_GENERATOR_H
