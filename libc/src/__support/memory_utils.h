//===-- Memory copy and fill helpers --------------------------------------===//
#ifndef GPULIBC_SUPPORT_MEMORY_UTILS_H
#define GPULIBC_SUPPORT_MEMORY_UTILS_H

#include <stddef.h>
#include <stdint.h>

namespace gpulibc::internal {

// Copies with the widest accesses both pointers' alignment allows. GPUs
// punish unaligned wide accesses, so nothing here reads past an alignment
// the pointers do not share.
inline void copy_forward(unsigned char *d, const unsigned char *s, size_t n) {
  if (((reinterpret_cast<uintptr_t>(d) ^ reinterpret_cast<uintptr_t>(s)) & 7) == 0) {
    for (; n && (reinterpret_cast<uintptr_t>(d) & 7); --n)
      *d++ = *s++;
    for (; n >= 32; n -= 32, d += 32, s += 32) {
      uint64_t a, b, c, e;
      __builtin_memcpy(&a, s, 8);
      __builtin_memcpy(&b, s + 8, 8);
      __builtin_memcpy(&c, s + 16, 8);
      __builtin_memcpy(&e, s + 24, 8);
      __builtin_memcpy(d, &a, 8);
      __builtin_memcpy(d + 8, &b, 8);
      __builtin_memcpy(d + 16, &c, 8);
      __builtin_memcpy(d + 24, &e, 8);
    }
    for (; n >= 8; n -= 8, d += 8, s += 8) {
      uint64_t a;
      __builtin_memcpy(&a, s, 8);
      __builtin_memcpy(d, &a, 8);
    }
  }
  for (; n; --n)
    *d++ = *s++;
}

inline void copy_backward(unsigned char *d, const unsigned char *s, size_t n) {
  d += n;
  s += n;
  if (((reinterpret_cast<uintptr_t>(d) ^ reinterpret_cast<uintptr_t>(s)) & 7) == 0) {
    for (; n && (reinterpret_cast<uintptr_t>(d) & 7); --n)
      *--d = *--s;
    for (; n >= 8; n -= 8) {
      d -= 8;
      s -= 8;
      uint64_t a;
      __builtin_memcpy(&a, s, 8);
      __builtin_memcpy(d, &a, 8);
    }
  }
  for (; n; --n)
    *--d = *--s;
}

inline void fill(unsigned char *d, unsigned char value, size_t n) {
  for (; n && (reinterpret_cast<uintptr_t>(d) & 7); --n)
    *d++ = value;
  uint64_t word = value * 0x0101010101010101ull;
  for (; n >= 8; n -= 8, d += 8)
    __builtin_memcpy(d, &word, 8);
  for (; n; --n)
    *d++ = value;
}

} // namespace gpulibc::internal

#endif
