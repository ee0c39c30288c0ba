//===-- String helpers shared by several entry points ---------------------===//
#ifndef GPULIBC_SUPPORT_STRING_UTILS_H
#define GPULIBC_SUPPORT_STRING_UTILS_H

#include <stddef.h>
#include <stdint.h>

namespace gpulibc::internal {

inline size_t string_length(const char *s) {
  const char *p = s;
  // Byte steps until aligned, then a word at a time: a word has a zero byte
  // iff (w - 0x01..01) & ~w & 0x80..80 is non-zero. Aligned word reads never
  // cross into an unmapped page past the terminator.
  for (; reinterpret_cast<uintptr_t>(p) % sizeof(uint64_t); ++p)
    if (!*p)
      return static_cast<size_t>(p - s);
  const uint64_t *w = reinterpret_cast<const uint64_t *>(p);
  constexpr uint64_t kLow = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (;; ++w) {
    uint64_t v;
    __builtin_memcpy(&v, w, sizeof(v));
    if ((v - kLow) & ~v & kHigh)
      break;
  }
  for (p = reinterpret_cast<const char *>(w); *p; ++p)
    ;
  return static_cast<size_t>(p - s);
}

} // namespace gpulibc::internal

#endif
