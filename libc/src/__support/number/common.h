//===-- Shared definitions of the number parsers ----------------*- C++ -*-===//
//
// Part of gpulibc. Header-only and freestanding: no libc calls, no errno, no
// exceptions, no heap, no static constructors. Used by str_to_integer.h and
// str_to_float.h, which are the public entry points of this directory.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_NUMBER_COMMON_H
#define GPULIBC_SRC_SUPPORT_NUMBER_COMMON_H

#include <stddef.h>
#include <stdint.h>

namespace gpulibc {
namespace internal {

// Error codes reported in ParseResult::error. They have the numeric values of
// Linux's ERANGE and EINVAL so that an entry point can store them in errno as
// they are, but the parsers never touch errno themselves: errno is the entry
// points' business, and on the GPU it is not even obvious where it lives.
inline constexpr int kRange = 34;
inline constexpr int kInvalid = 22;

// What every parser returns. The caller computes endptr as str + consumed;
// consumed == 0 means that no number was recognised (C's "no conversion").
template <typename T> struct ParseResult {
  T value;
  size_t consumed;
  int error; // 0, kRange or kInvalid
};

namespace number {

using UInt128 = unsigned __int128;

// The parsers read characters through one of these two sources. Every read
// happens at most one character past a character that was accepted, so a
// NUL-terminated string is never read past its terminator.
struct CStrSource {
  const char *s;
  constexpr char operator[](size_t i) const { return s[i]; }
};

// At most `n` characters (scanf's field width): reads past them see a NUL.
struct BoundedSource {
  const char *s;
  size_t n;
  constexpr char operator[](size_t i) const { return i < n ? s[i] : '\0'; }
};

// isspace() in the "C" locale: ' ', '\t', '\n', '\v', '\f', '\r'.
constexpr bool is_space(char c) {
  return c == ' ' || static_cast<unsigned char>(c - '\t') < 5;
}

constexpr bool is_digit(char c) {
  return static_cast<unsigned char>(c - '0') < 10;
}

// The value of `c` as a digit in bases up to 36, or 36 or more when it is
// not a digit in any base.
constexpr unsigned digit_value(char c) {
  unsigned d = static_cast<unsigned char>(c - '0');
  if (d < 10)
    return d;
  // Folding to lower case with | 0x20 is only sound for letters, and the
  // range check below only accepts letters.
  unsigned l = static_cast<unsigned char>((c | 0x20) - 'a');
  return l < 26 ? l + 10 : 36;
}

// Case-insensitive match of `c` with the lower-case letter `lower`.
constexpr bool is_letter(char c, char lower) { return (c | 0x20) == lower; }

inline int clz64(uint64_t x) { return __builtin_clzll(x); }

inline int clz128(UInt128 x) {
  uint64_t hi = static_cast<uint64_t>(x >> 64);
  return hi ? clz64(hi) : 64 + clz64(static_cast<uint64_t>(x));
}

// Saturating accumulation of a decimal exponent: the exact value stops
// mattering long before this bound (it is far outside every format's range)
// and saturation keeps all later exponent arithmetic in int64_t.
inline constexpr int64_t kExponentCap = int64_t(1) << 48;

} // namespace number
} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_NUMBER_COMMON_H
