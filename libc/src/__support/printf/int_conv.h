//===-- Integer to text helpers for the printf engine -----------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_PRINTF_INT_CONV_H
#define GPULIBC_SRC_SUPPORT_PRINTF_INT_CONV_H

#include <stddef.h>
#include <stdint.h>

namespace gpulibc {
namespace printf_core {

// "00" "01" ... "99": converting two digits per division halves the number
// of (slow, on GPUs) 64-bit divisions. Built by constexpr code so it is
// constant-initialised data, not a static constructor.
struct DigitPairTable {
  char d[200];
  constexpr DigitPairTable() : d() {
    for (int i = 0; i < 100; ++i) {
      d[2 * i] = static_cast<char>('0' + i / 10);
      d[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
  }
};
inline constexpr DigitPairTable kDigitPairs{};

inline constexpr uint64_t kPow10U64[20] = {1ull,
                                          10ull,
                                          100ull,
                                          1000ull,
                                          10000ull,
                                          100000ull,
                                          1000000ull,
                                          10000000ull,
                                          100000000ull,
                                          1000000000ull,
                                          10000000000ull,
                                          100000000000ull,
                                          1000000000000ull,
                                          10000000000000ull,
                                          100000000000000ull,
                                          1000000000000000ull,
                                          10000000000000000ull,
                                          100000000000000000ull,
                                          1000000000000000000ull,
                                          10000000000000000000ull};

// Number of decimal digits of v (1 for 0).
inline int decimal_digits(uint64_t v) {
  int n = 1;
  while (n < 20 && v >= kPow10U64[n])
    ++n;
  return n;
}

// Writes the decimal digits of v so that they end just before `end`;
// returns a pointer to the first digit. Writes "0" for 0.
inline char *u64_to_dec(uint64_t v, char *end) {
  char *p = end;
  // Stay in 64-bit only while needed: 32-bit division is far cheaper on
  // every target (and native on GPUs).
  while (v >= (1ull << 32)) {
    uint64_t q = v / 100;
    unsigned r = static_cast<unsigned>(v - q * 100);
    p -= 2;
    p[0] = kDigitPairs.d[2 * r];
    p[1] = kDigitPairs.d[2 * r + 1];
    v = q;
  }
  uint32_t w = static_cast<uint32_t>(v);
  while (w >= 100) {
    uint32_t q = w / 100;
    unsigned r = w - q * 100;
    p -= 2;
    p[0] = kDigitPairs.d[2 * r];
    p[1] = kDigitPairs.d[2 * r + 1];
    w = q;
  }
  if (w >= 10) {
    p -= 2;
    p[0] = kDigitPairs.d[2 * w];
    p[1] = kDigitPairs.d[2 * w + 1];
  } else {
    *--p = static_cast<char>('0' + w);
  }
  return p;
}

// Writes exactly 9 digits of v (< 10^9), with leading zeros, to out[0..8].
inline void u32_to_dec9(uint32_t v, char *out) {
  uint32_t hi = v / 10000;          // <= 99999
  uint32_t lo = v - hi * 10000;     // 4 digits
  uint32_t h1 = hi / 100;           // <= 999
  uint32_t h2 = hi - h1 * 100;
  out[0] = static_cast<char>('0' + h1 / 100);
  uint32_t h1r = h1 % 100;
  out[1] = kDigitPairs.d[2 * h1r];
  out[2] = kDigitPairs.d[2 * h1r + 1];
  out[3] = kDigitPairs.d[2 * h2];
  out[4] = kDigitPairs.d[2 * h2 + 1];
  uint32_t l1 = lo / 100, l2 = lo % 100;
  out[5] = kDigitPairs.d[2 * l1];
  out[6] = kDigitPairs.d[2 * l1 + 1];
  out[7] = kDigitPairs.d[2 * l2];
  out[8] = kDigitPairs.d[2 * l2 + 1];
}

// Power-of-two bases: 1 (binary), 3 (octal) or 4 (hex) bits per digit.
inline char *u64_to_pow2(uint64_t v, char *end, unsigned shift, bool upper) {
  const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  const uint64_t mask = (1u << shift) - 1;
  char *p = end;
  do {
    *--p = digits[v & mask];
    v >>= shift;
  } while (v);
  return p;
}

} // namespace printf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_PRINTF_INT_CONV_H
