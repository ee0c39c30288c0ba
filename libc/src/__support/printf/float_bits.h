//===-- Floating-point decomposition for the printf engine ------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// Splits double and long double into the integers the formatters work on,
// straight from the bit pattern (no libm, no FP arithmetic).
//
// long double is handled by LDBL_MANT_DIG: 53 (AMDGPU, NVPTX: it is double)
// or 64 (x86-64's x87 extended format, with its explicit integer bit).
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_BITS_H
#define GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_BITS_H

#include <float.h>
#include <stdint.h>

namespace gpulibc {
namespace printf_core {

enum class FloatKind : uint8_t { kZero, kFinite, kInf, kNaN };

struct FloatParts {
  FloatKind kind = FloatKind::kZero;
  bool negative = false;
  // For the decimal conversions: value = mant * 2^exp2, mant != 0 when
  // kind == kFinite.
  uint64_t mant = 0;
  int exp2 = 0;
  // For %a, in glibc's layout: one leading hex digit, then hex_digits
  // fraction digits held in the low bits of hex_frac, then "p<hex_exp>".
  // hex_zero mirrors glibc's "zero mantissa" shortcut (no fraction digits
  // at all, exponent printed as is).
  unsigned hex_lead = 0;
  uint64_t hex_frac = 0;
  int hex_digits = 0;
  int hex_exp = 0;
  bool hex_zero = true;
  // Widest mantissa this value can have; selects big-number buffer sizes.
  bool is_long_double = false;
};

inline FloatParts decompose(double d) {
  uint64_t bits = __builtin_bit_cast(uint64_t, d);
  FloatParts r;
  r.negative = bits >> 63;
  unsigned biased = static_cast<unsigned>(bits >> 52) & 0x7ff;
  uint64_t frac = bits & ((1ull << 52) - 1);
  if (biased == 0x7ff) {
    r.kind = frac ? FloatKind::kNaN : FloatKind::kInf;
    return r;
  }
  // glibc prints doubles as 0x1.<13 digits> (normal) or 0x0.<13 digits>
  // with exponent -1022 (subnormal), never renormalising.
  r.hex_lead = biased ? 1 : 0;
  r.hex_frac = frac;
  r.hex_digits = 13;
  r.hex_zero = frac == 0;
  if (biased == 0) {
    r.hex_exp = frac ? -1022 : 0;
    r.kind = frac ? FloatKind::kFinite : FloatKind::kZero;
    r.mant = frac;
    r.exp2 = -1074;
    return r;
  }
  r.hex_exp = static_cast<int>(biased) - 1023;
  r.kind = FloatKind::kFinite;
  r.mant = frac | (1ull << 52);
  r.exp2 = static_cast<int>(biased) - 1075;
  return r;
}

#if LDBL_MANT_DIG == 53
inline FloatParts decompose(long double d) {
  return decompose(static_cast<double>(d));
}
#elif LDBL_MANT_DIG == 64
// x87 extended: 64-bit significand with an explicit integer bit, 15-bit
// exponent, sign. The encodings the 80387 rejects (unnormals, pseudo-NaN,
// pseudo-infinity, pseudo-zero) are NaN for glibc's printf, so they are NaN
// here too. A pseudo-denormal (exponent 0, integer bit set) keeps its bits
// for %La but glibc's decimal path drops the integer bit; mirror both.
inline FloatParts decompose(long double d) {
  struct Raw {
    uint64_t mant;
    uint16_t se;
    uint16_t pad[3];
  };
  static_assert(sizeof(long double) == sizeof(Raw), "x87 long double");
  Raw raw = __builtin_bit_cast(Raw, d);
  FloatParts r;
  r.is_long_double = true;
  r.negative = raw.se >> 15;
  unsigned biased = raw.se & 0x7fff;
  uint64_t m = raw.mant;
  bool int_bit = m >> 63;
  if (biased == 0x7fff) {
    r.kind = (m == (1ull << 63)) ? FloatKind::kInf : FloatKind::kNaN;
    return r;
  }
  if (biased != 0 && !int_bit) {
    r.kind = FloatKind::kNaN; // Unnormal or pseudo-zero.
    return r;
  }
  // glibc's %La uses the whole significand: its top nibble is the leading
  // digit, the other 15 nibbles follow, and the exponent is biased by 3 more
  // to account for the three fraction bits inside the leading nibble.
  r.hex_lead = static_cast<unsigned>(m >> 60);
  r.hex_frac = m & ((1ull << 60) - 1);
  r.hex_digits = 15;
  r.hex_zero = m == 0;
  if (biased == 0) {
    r.hex_exp = m ? -16385 : 0;
    uint64_t dm = m & ~(1ull << 63);
    r.kind = dm ? FloatKind::kFinite : FloatKind::kZero;
    r.mant = dm;
    r.exp2 = -16445;
    return r;
  }
  r.hex_exp = static_cast<int>(biased) - 16386;
  r.kind = FloatKind::kFinite;
  r.mant = m;
  r.exp2 = static_cast<int>(biased) - 16383 - 63;
  return r;
}
#else
#error "unsupported long double format"
#endif

} // namespace printf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_BITS_H
