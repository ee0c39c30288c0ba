//===-- String to floating-point conversion ---------------------*- C++ -*-===//
//
// Part of gpulibc. The engine behind strtof, strtod, strtold, atof and
// scanf's floating-point conversions: C17 7.22.1.3 in the "C" locale,
// correctly rounded (to nearest, ties to even) for inputs of any length, and
// reporting what glibc reports: the value, how much of the input forms the
// number, and whether the result is a range error.
//
// Accepted syntax, after leading isspace() characters and an optional sign:
//   decimal:  digits [. [digits]] or . digits, then optionally
//             e|E [+|-] digits (an incomplete exponent is not consumed)
//   hex:      0x|0X then hex digits with an optional '.', at least one hex
//             digit, then optionally p|P [+|-] digits; "0x" with no digit
//             after it is the number 0 made of the '0' alone
//   inf | infinity, nan | nan(n-char-sequence), case-insensitive; "infin"
//             consumes "inf", "nan(" without its ')' consumes "nan"
//
// Range errors (kRange) follow C and glibc: overflow to infinity, and results
// that are tiny (below the smallest normal after rounding to the format's
// precision with an unbounded exponent, x86's "tininess after rounding") and
// inexact. The infinities and NaNs spelled out in the input are never errors.
// One deliberate difference from glibc 2.36: that version mis-rounds some
// subnormal results and misses the range error for some inexact ones, in the
// binade just below the smallest normal and below (it drops the first
// rounding bit when denormalising; fixed upstream later). Here those inputs
// get the correctly rounded value and the correct error, as in fixed glibc.
//
// NaN payloads follow glibc: the n-char-sequence is converted as by
// strtoull(seq, &end, 0); if that consumes the whole sequence its low bits
// (22 for float, 51 for double, 62 for the x87 long double) become the
// payload of the quiet NaN, and a range error of that conversion is reported
// just as glibc leaks it into errno.
//
// Algorithm for decimal input, value D * 10^e10 with D the significant digits:
//  1. Values certainly above the format's maximum or below half its smallest
//     subnormal are decided from the decimal exponent alone.
//  2. x86-64 only: if D < 2^53 (2^24 for float) and |e10| <= 22 (10) both
//     D and 10^e10 are exact doubles and one IEEE multiplication or division
//     rounds correctly (Clinger's fast path). GPUs skip it: their division
//     and denormal modes depend on compiler flags, step 3 does not.
//  3. The first 38 significant digits m (a 128-bit integer) times a 128-bit
//     truncation of 10^q give the value to about 122 bits together with a
//     rigorous bound on the error. If no rounding boundary lies within that
//     bound, the rounding is decided (this is the Eisel-Lemire idea with a
//     wider product and an explicit error interval).
//  4. Otherwise the value is exactly compared against the halfway point
//     between the two candidates with big integers. Digits beyond the
//     maximum number of significant digits any halfway point of the format
//     can have (about 770 for double, 11530 for the x87 long double) cannot
//     change the outcome except through being non-zero, so they are replaced
//     by one sticky digit; that bounds the big integers (see kBigLimbs).
//
// Resources: no heap, no recursion, no static constructors; tables are
// constexpr. Maximum stack (mostly two big integers in step 4): about 1 KiB
// for float and double, about 10 KiB for the x87 long double (x86-64 only;
// on AMDGPU and NVPTX long double is double).
//
// Assumes the default floating-point environment (round to nearest) on
// x86-64, where step 2 uses the FPU; the result does not depend on it
// anywhere else.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_STR_TO_FLOAT_H
#define GPULIBC_SRC_SUPPORT_STR_TO_FLOAT_H

#include "src/__support/number/big_uint.h"
#include "src/__support/number/common.h"
#include "src/__support/number/pow10_table.h"
#include "src/__support/str_to_integer.h"

#include <float.h>
#include <stddef.h>
#include <stdint.h>

// Step 2 below (FPU arithmetic) is only trusted where the FPU is IEEE with
// no excess precision. Tests may define the macro to 0 to exercise the
// integer-only paths the GPUs take.
#ifndef GPULIBC_STR_TO_FLOAT_FP_FAST_PATH
#if defined(__x86_64__) && defined(__SSE2_MATH__) &&                           \
    !defined(__FAST_MATH__) && defined(__FLT_EVAL_METHOD__) &&                 \
    __FLT_EVAL_METHOD__ == 0
#define GPULIBC_STR_TO_FLOAT_FP_FAST_PATH 1
#else
#define GPULIBC_STR_TO_FLOAT_FP_FAST_PATH 0
#endif
#endif

namespace gpulibc {
namespace internal {
namespace number {

//===----------------------------------------------------------------------===//
// Formats
//===----------------------------------------------------------------------===//

constexpr int64_t max3(int64_t a, int64_t b, int64_t c) {
  return a > b ? (a > c ? a : c) : (b > c ? b : c);
}

// Parameters shared by all formats. kMaxDecExp and kMinDecExp describe step 1
// of the algorithm: a value in [10^(L-1), 10^L) overflows if L - 1 >=
// kMaxDecExp and rounds to zero if L <= kMinDecExp. kMaxDigits bounds the
// significant digits of any point the exact step compares against: the
// halfway points and the tininess threshold are odd multiples of at most
// 2^(p+1) of 2^-(p+1-emin), which have at most
// log10(2^(p+1) * 5^(p+1-emin)) + 1 significant digits.
template <int kP, int kEMin, int kEMax, int kDecMax, int kDecMin, int kDigits>
struct FormatBase {
  static constexpr int kPrecision = kP; // significand bits, leading bit too
  static constexpr int kMinExp = kEMin; // exponent of the smallest normal
  static constexpr int kMaxExp = kEMax; // exponent of the largest finite
  static constexpr int kMaxDecExp = kDecMax;
  static constexpr int kMinDecExp = kDecMin;
  static constexpr int kMaxDigits = kDigits;
  static constexpr uint64_t kMantMax =
      kP == 64 ? ~uint64_t(0) : (uint64_t(1) << kP) - 1;
  // Capacity of the exact step's big integers; see compare_decimal.
  static constexpr int64_t kBigBits =
      max3(int64_t(kDigits + 1) * 3322 / 1000 + 4,
           int64_t(kDigits + 1 - kDecMin) * 2322 / 1000 + 72,
           int64_t(kDecMax) * 3322 / 1000 + 4) +
      128;
  static constexpr int kBigLimbs = static_cast<int>(kBigBits / 64 + 1);
};

// IEEE interchange formats with an implicit leading bit.
template <typename T, typename Bits, int kP, int kExpBits, int kDecMax,
          int kDecMin, int kDigits, int kPayloadBits>
struct IeeeFormat
    : FormatBase<kP, 2 - (1 << (kExpBits - 1)), (1 << (kExpBits - 1)) - 1,
                 kDecMax, kDecMin, kDigits> {
  using Type = T;
  static constexpr int32_t kMaxBiased = (1 << kExpBits) - 1;
  static constexpr int kTotalBits = sizeof(Bits) * 8;

  // `mant` includes the leading bit; biased == 0 is a subnormal or zero,
  // biased == kMaxBiased an infinity.
  static T make(bool negative, uint64_t mant, int32_t biased) {
    Bits frac = static_cast<Bits>(mant & ((uint64_t(1) << (kP - 1)) - 1));
    if (biased == kMaxBiased)
      frac = 0;
    Bits bits = static_cast<Bits>(Bits(negative) << (kTotalBits - 1)) |
                static_cast<Bits>(Bits(biased) << (kP - 1)) | frac;
    return __builtin_bit_cast(T, bits);
  }
  static T make_nan(bool negative, uint64_t payload) {
    // The default quiet NaN with the payload in the bits below the quiet bit.
    Bits bits =
        static_cast<Bits>(Bits(negative) << (kTotalBits - 1)) |
        static_cast<Bits>(Bits(kMaxBiased) << (kP - 1)) |
        static_cast<Bits>(Bits(1) << (kP - 2)) |
        static_cast<Bits>(payload & ((uint64_t(1) << kPayloadBits) - 1));
    return __builtin_bit_cast(T, bits);
  }
};

using Binary32 = IeeeFormat<float, uint32_t, 24, 8, 39, -46, 120, 22>;
using Binary64 = IeeeFormat<double, uint64_t, 53, 11, 309, -324, 780, 51>;

#if LDBL_MANT_DIG == 64
// The x87 80-bit format: explicit leading bit, 15-bit exponent.
struct X87Extended : FormatBase<64, -16382, 16383, 4933, -4951, 11530> {
  using Type = long double;
  static constexpr int32_t kMaxBiased = 0x7fff;
  struct Layout {
    uint64_t mant;
    uint16_t sign_exp;
    uint16_t pad[3];
  };
  static_assert(sizeof(long double) == sizeof(Layout), "unexpected layout");

  static long double make(bool negative, uint64_t mant, int32_t biased) {
    if (biased == kMaxBiased)
      mant = uint64_t(1) << 63;
    Layout l = {mant,
                static_cast<uint16_t>((negative ? 0x8000 : 0) | biased),
                {0, 0, 0}};
    return __builtin_bit_cast(long double, l);
  }
  static long double make_nan(bool negative, uint64_t payload) {
    // Leading bit and quiet bit set, payload in the 62 bits below them.
    Layout l = {(uint64_t(3) << 62) | (payload & ((uint64_t(1) << 62) - 1)),
                static_cast<uint16_t>((negative ? 0x8000 : 0) | kMaxBiased),
                {0, 0, 0}};
    return __builtin_bit_cast(long double, l);
  }
};
using LongDoubleFormat = X87Extended;
#elif LDBL_MANT_DIG == 53
// AMDGPU and NVPTX: long double is binary64.
struct LongDoubleFormat : Binary64 {
  using Type = long double;
  static long double make(bool negative, uint64_t mant, int32_t biased) {
    return static_cast<long double>(Binary64::make(negative, mant, biased));
  }
  static long double make_nan(bool negative, uint64_t payload) {
    return static_cast<long double>(Binary64::make_nan(negative, payload));
  }
};
#else
#error "str_to_float.h supports 53- and 64-bit long double only"
#endif

//===----------------------------------------------------------------------===//
// Rounding
//===----------------------------------------------------------------------===//

// A positive value V described by a 128-bit h with its top bit at 126 or 127
// (or anywhere, for exact values) and the weight 2^exp2 of its last bit:
//   err == 0: V = (h + f) * 2^exp2 with 0 <= f < 1, and f > 0 iff sticky;
//   err > 0:  h * 2^exp2 <= V <= (h + err) * 2^exp2.
struct Approx {
  UInt128 h;
  int64_t exp2;
  uint64_t err;
  bool sticky;
};

// A rounded result in the format's terms: `mant` includes the leading bit;
// biased_exp 0 is a subnormal or zero and Fmt::kMaxBiased an infinity.
struct Rounded {
  uint64_t mant;
  int32_t biased_exp;
  int error;
};

// Where the exact step starts when the approximation cannot decide: the
// value lies within a tiny distance of (2 * floor_mant + 1) * 2^(lsb_exp - 1),
// so the result is floor_mant or floor_mant + 1 units of 2^lsb_exp.
struct Candidate {
  uint64_t floor_mant;
  int64_t lsb_exp;
};

template <class Fmt> constexpr Rounded overflow_result() {
  return {0, Fmt::kMaxBiased, kRange};
}

// Rounds an Approx to the format. Returns false when the bound on the error
// straddles a decision (the rounding direction, the tininess threshold, or
// whether a subnormal result is exact); `cand` then says where to look.
// `truncated` says that non-zero digits were dropped from the 38 kept.
template <class Fmt>
inline bool round_approx(const Approx &a, bool truncated, Rounded &out,
                         Candidate &cand) {
  constexpr int kP = Fmt::kPrecision;
  const UInt128 one = 1;
  const int t = 127 - clz128(a.h);
  const int64_t e = t + a.exp2; // V >= 2^e, and V < 2^(e+1) as far as h says
  if (e > Fmt::kMaxExp) {
    out = overflow_result<Fmt>();
    return true;
  }
  // r: how many low bits of h lie below the result's last bit.
  int64_t r = t - (kP - 1);
  if (e < Fmt::kMinExp)
    r += Fmt::kMinExp - e;
  cand.lsb_exp = r + a.exp2;
  cand.floor_mant = 0;

  if (r > 128) {
    // Even the result's rounding bit (weight 2^(r-1) >= 2^128 units) lies
    // above h: V rounds to zero unless it can reach 2^(r-1).
    const bool below_half = r > 129 || a.err == 0 || a.h <= ~UInt128(0) - a.err;
    if (!below_half)
      return false;
    out = {0, 0, kRange};
    return true;
  }

  const uint64_t mant = r == 128 ? 0 : static_cast<uint64_t>(a.h >> r);
  const UInt128 rem = r == 128 ? a.h : a.h & ((one << r) - 1);
  const UInt128 half = one << (r - 1);
  cand.floor_mant = mant;

  bool up;
  bool inexact;
  if (a.err == 0) {
    up = rem > half || (rem == half && (a.sticky || (mant & 1)));
    inexact = rem != 0 || a.sticky;
  } else {
    if (rem > half)
      up = true; // V >= h, which is above the halfway point
    else if (rem + a.err < half)
      up = false; // V <= h + err, which is below it
    else
      return false;
    // Exactness only matters for subnormal results (the range error). For
    // untruncated input an interval means 10^q is inexact, i.e. q < 0 for
    // values this small, and m * 10^q is a dyadic rational only if 5^-q
    // divides m; as m < 10^38 < 5^56 that needs -q <= 55 and then the value
    // is at least 2^-55, far above every format's subnormals. So the input
    // is inexact here. With dropped digits nothing is known, and a subnormal
    // result needs to know.
    inexact = true;
    if (truncated && e < Fmt::kMinExp)
      return false;
  }

  uint64_t m = mant;
  int64_t exp = e;
  if (up) {
    if (m == Fmt::kMantMax) {
      m = uint64_t(1) << (kP - 1); // carried into the next binade
      ++exp;
    } else {
      ++m;
    }
  }

  if (e >= Fmt::kMinExp) {
    if (exp > Fmt::kMaxExp) {
      out = overflow_result<Fmt>();
      return true;
    }
    out = {m, static_cast<int32_t>(exp - Fmt::kMinExp + 1), 0};
    return true;
  }

  // Subnormal scale: m <= 2^(kP-1), where equality means that rounding
  // reached the smallest normal.
  bool tiny = true;
  if (e == Fmt::kMinExp - 1) {
    // V in [2^(emin-1), 2^emin). Tininess after rounding: V is not tiny iff
    // rounding it to kP bits with an unbounded exponent gives 2^emin, i.e.
    // iff V >= 2^emin - 2^(emin-kP-1). Here r = t - kP + 2, so in units of
    // h that threshold is 2^(t+1) - 2^(r-2).
    const UInt128 top = t == 127 ? ~UInt128(0) : (one << (t + 1)) - 1;
    const UInt128 thr = top - ((one << (r - 2)) - 1);
    if (a.err == 0)
      tiny = a.h < thr;
    else if (a.h >= thr)
      tiny = false;
    else if (a.h + a.err < thr)
      tiny = true;
    else
      return false;
  }
  out = {m, (m >> (kP - 1)) ? 1 : 0, (tiny && inexact) ? kRange : 0};
  return true;
}

//===----------------------------------------------------------------------===//
// Decimal input
//===----------------------------------------------------------------------===//

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

// Where the significant digits of a decimal input are, for the exact step.
struct DecimalDigits {
  size_t sig_begin; // index of the first non-zero digit
  size_t dot;       // index of the decimal point, or SIZE_MAX
  uint64_t nsig;    // digits from sig_begin to the end of the mantissa
  int64_t e10;      // the value is D * 10^e10, D = those digits
};

// Loads the significant digits into `out`, keeping at most Fmt::kMaxDigits
// of them and standing in one non-zero digit for any non-zero ones dropped
// (see the header comment). Returns the exponent of the loaded integer.
template <class Fmt, class Src, class Big>
int64_t load_digits(Src src, const DecimalDigits &dd, Big &out) {
  out.set(0);
  const uint64_t n =
      dd.nsig < uint64_t(Fmt::kMaxDigits) ? dd.nsig : uint64_t(Fmt::kMaxDigits);
  size_t i = dd.sig_begin;
  uint64_t chunk = 0;
  int chunk_len = 0;
  for (uint64_t j = 0; j < n; ++j, ++i) {
    if (i == dd.dot)
      ++i;
    chunk = chunk * 10 + static_cast<unsigned>(src[i] - '0');
    if (++chunk_len == 19) {
      out.mul_add(kPow10U64[19], chunk);
      chunk = 0;
      chunk_len = 0;
    }
  }
  if (chunk_len)
    out.mul_add(kPow10U64[chunk_len], chunk);
  int64_t e10 = dd.e10 + static_cast<int64_t>(dd.nsig - n);
  bool sticky = false;
  for (uint64_t j = n; j < dd.nsig && !sticky; ++j, ++i) {
    if (i == dd.dot)
      ++i;
    sticky = src[i] != '0';
  }
  if (sticky) {
    out.mul_add(10, 1);
    --e10;
  }
  return e10;
}

// The sign of D * 10^e10 - c * 2^k, computed exactly.
//
// Capacity: with e10 >= 0 the left side D * 5^e10 is at most the value over
// 2^e10 < 10^kMaxDecExp (step 1 removed larger values). With e10 < 0 the
// left side is D < 10^(kMaxDigits + 1) and the right side is c * 5^-e10 with
// -e10 <= kMaxDigits + 1 - kMinDecExp and c < 2^66. Before shifting either
// side, equal bit lengths are established, so a shift never makes a side
// longer than the other one already is. kBigBits covers all of these.
template <class Fmt, class Src>
int compare_decimal(Src src, const DecimalDigits &dd, UInt128 c, int64_t k) {
  BigUInt<Fmt::kBigLimbs> a;
  BigUInt<Fmt::kBigLimbs> b;
  const int64_t e10 = load_digits<Fmt>(src, dd, a);
  b.set(c);
  if (e10 >= 0)
    a.mul_pow5(e10);
  else
    b.mul_pow5(-e10);
  // Now compare a * 2^e10 with b * 2^k.
  const int64_t la = a.bit_length() + e10;
  const int64_t lb = b.bit_length() + k;
  if (la != lb)
    return la < lb ? -1 : 1;
  if (e10 > k)
    a.shift_left(e10 - k);
  else
    b.shift_left(k - e10);
  if (a.overflowed || b.overflowed)
    return 0; // unreachable by the capacity argument above
  return compare(a, b);
}

// Step 4: decides the rounding exactly, starting from the candidate.
template <class Fmt, class Src>
Rounded round_exact(Src src, const DecimalDigits &dd, const Candidate &cand) {
  constexpr int kP = Fmt::kPrecision;
  const int c = compare_decimal<Fmt>(
      src, dd, 2 * static_cast<UInt128>(cand.floor_mant) + 1, cand.lsb_exp - 1);
  const bool up = c > 0 || (c == 0 && (cand.floor_mant & 1));
  uint64_t m = cand.floor_mant;
  int64_t lsb = cand.lsb_exp;
  if (up) {
    if (m == Fmt::kMantMax) {
      m = uint64_t(1) << (kP - 1);
      ++lsb;
    } else {
      ++m;
    }
  }
  if (m >> (kP - 1)) {
    const int64_t exp = lsb + kP - 1;
    if (exp > Fmt::kMaxExp)
      return overflow_result<Fmt>();
    int error = 0;
    if (exp == Fmt::kMinExp && m == uint64_t(1) << (kP - 1)) {
      // The smallest normal: tiny after rounding iff V < 2^emin -
      // 2^(emin-kP-1) (and then certainly inexact).
      const UInt128 thr = (UInt128(1) << (kP + 1)) - 1;
      if (compare_decimal<Fmt>(src, dd, thr, Fmt::kMinExp - kP - 1) < 0)
        error = kRange;
    }
    return {m, static_cast<int32_t>(exp - Fmt::kMinExp + 1), error};
  }
  // Subnormal or zero, so tiny: a range error iff inexact.
  const bool inexact = m == 0 || compare_decimal<Fmt>(src, dd, m, lsb) != 0;
  return {m, 0, inexact ? kRange : 0};
}

// 10^q = (t + d) * 2^exp2 with 0 <= d < err (d == 0 when err == 0).
struct Pow10Approx {
  UInt128 t;
  int64_t exp2;
  uint64_t err;
};

struct U256 {
  UInt128 hi;
  UInt128 lo;
};

inline U256 mul_128x128(UInt128 a, UInt128 b) {
  const uint64_t a0 = static_cast<uint64_t>(a),
                 a1 = static_cast<uint64_t>(a >> 64);
  const uint64_t b0 = static_cast<uint64_t>(b),
                 b1 = static_cast<uint64_t>(b >> 64);
  const UInt128 p00 = static_cast<UInt128>(a0) * b0;
  const UInt128 p01 = static_cast<UInt128>(a0) * b1;
  const UInt128 p10 = static_cast<UInt128>(a1) * b0;
  const UInt128 p11 = static_cast<UInt128>(a1) * b1;
  const UInt128 mid =
      (p00 >> 64) + static_cast<uint64_t>(p01) + static_cast<uint64_t>(p10);
  return {p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64),
          (mid << 64) | static_cast<uint64_t>(p00)};
}

// Callers guarantee kPow10Min <= q <= kPow10Max for binary32 and binary64;
// only the x87 long double goes beyond.
inline Pow10Approx pow10_approx(int64_t q) {
#if LDBL_MANT_DIG == 64
  if (q < kPow10Min || q > kPow10Max) {
    // q = q1 + 600k with q1 in [-361, 238] and k in [-8, 8]. The product of
    // two approximations with d < 2 each, truncated to 128 bits, has
    // d < 1 + (2 * 2^128 + 2 * 2^128 + 4) / 2^127 < 10.
    const int64_t k =
        (q - kPow10Min + kPow10BigStep * (kPow10BigMax + 1)) / kPow10BigStep -
        (kPow10BigMax + 1);
    const int64_t q1 = q - k * kPow10BigStep;
    const Pow10Entry &e1 = pow10_entry(q1);
    const Pow10BigEntry &e2 = kPow10BigTable.entries[k + kPow10BigMax];
    const U256 p = mul_128x128((static_cast<UInt128>(e1.hi) << 64) | e1.lo,
                               (static_cast<UInt128>(e2.hi) << 64) | e2.lo);
    const int64_t exp2 = pow10_exp2(q1) + e2.exp2;
    if (p.hi >> 127)
      return {p.hi, exp2 + 128, 10};
    return {(p.hi << 1) | (p.lo >> 127), exp2 + 127, 10};
  }
#endif
  const Pow10Entry &e = pow10_entry(q);
  return {(static_cast<UInt128>(e.hi) << 64) | e.lo, pow10_exp2(q),
          (q >= 0 && q <= kPow10ExactMax) ? 0u : 2u};
}

// Step 3: m * 10^q as an Approx. m has at most 38 digits; `truncated` says
// that non-zero digits followed them (then m >= 10^37).
inline Approx approximate(UInt128 m, int64_t q, bool truncated) {
  const Pow10Approx p = pow10_approx(q);
  Approx a;
  if (!(m >> 64)) {
    // 64 x 128 -> 192-bit product; h is its top 128 bits.
    const int s = clz64(static_cast<uint64_t>(m));
    const uint64_t mn = static_cast<uint64_t>(m) << s;
    const UInt128 ph =
        static_cast<UInt128>(mn) * static_cast<uint64_t>(p.t >> 64);
    const UInt128 pl = static_cast<UInt128>(mn) * static_cast<uint64_t>(p.t);
    a.h = ph + (pl >> 64);
    a.exp2 = p.exp2 - s + 64;
    a.sticky = static_cast<uint64_t>(pl) != 0;
    // Error in units of h: mn * d / 2^64 < d, plus the dropped low part.
    a.err = p.err ? p.err + 1 : 0;
    return a;
  }
  // 128 x 128 -> 256-bit product; h is its top 128 bits.
  const int s = clz128(m);
  const U256 prod = mul_128x128(m << s, p.t);
  a.h = prod.hi;
  a.exp2 = p.exp2 - s + 128;
  a.sticky = prod.lo != 0;
  // The true product is below (mn + 2^s * truncated) * (t + d): in units of
  // h that adds under d, 2^s and 1, plus the dropped low part.
  a.err = (p.err || truncated)
              ? p.err + (truncated ? (uint64_t(1) << s) + 1 : 0) + 1
              : 0;
  return a;
}

#if GPULIBC_STR_TO_FLOAT_FP_FAST_PATH
template <typename T> struct FpFastPath;
template <> struct FpFastPath<float> {
  static constexpr uint64_t kMaxMant = uint64_t(1) << 24;
  static constexpr int kMaxPow = 10;
  static float compute(uint64_t m, int q) {
    constexpr float kPow[] = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f,
                              1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
    const float v = static_cast<float>(m);
    return q < 0 ? v / kPow[-q] : v * kPow[q];
  }
};
template <> struct FpFastPath<double> {
  static constexpr uint64_t kMaxMant = uint64_t(1) << 53;
  static constexpr int kMaxPow = 22;
  static double compute(uint64_t m, int q) {
    constexpr double kPow[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const double v = static_cast<double>(m);
    return q < 0 ? v / kPow[-q] : v * kPow[q];
  }
};
template <> struct FpFastPath<long double> {
  static constexpr uint64_t kMaxMant = 0; // never taken
  static constexpr int kMaxPow = -1;
  static long double compute(uint64_t, int) { return 0; }
};
#endif

template <class Fmt> constexpr typename Fmt::Type signed_zero(bool negative) {
  return Fmt::make(negative, 0, 0);
}

// Decimal input starting at src[i], which is a digit or a '.' followed by a
// digit.
template <class Fmt, class Src>
ParseResult<typename Fmt::Type> parse_decimal(Src src, size_t i,
                                              bool negative) {
  DecimalDigits dd;
  dd.dot = SIZE_MAX;
  uint64_t hi = 0; // the first 19 significant digits
  uint64_t lo = 0; // the next 19
  int nlo = 0;
  uint64_t nsig = 0;
  bool truncated = false; // a non-zero digit after the first 38
  int64_t frac_digits = 0;

  auto add_digit = [&](unsigned d) {
    if (nsig < 19) {
      hi = hi * 10 + d;
    } else if (nsig < 38) {
      lo = lo * 10 + d;
      ++nlo;
    } else {
      truncated |= d != 0;
    }
    ++nsig;
  };

  while (src[i] == '0')
    ++i;
  dd.sig_begin = i;
  for (unsigned d; (d = static_cast<unsigned char>(src[i] - '0')) < 10; ++i)
    add_digit(d);
  if (src[i] == '.') {
    dd.dot = i++;
    if (nsig == 0) {
      for (; src[i] == '0'; ++i)
        ++frac_digits;
      dd.sig_begin = i;
    }
    for (unsigned d; (d = static_cast<unsigned char>(src[i] - '0')) < 10; ++i) {
      add_digit(d);
      ++frac_digits;
    }
  }

  int64_t exp10 = 0;
  if (is_letter(src[i], 'e')) {
    size_t j = i + 1;
    bool exp_negative = false;
    if (src[j] == '+' || src[j] == '-')
      exp_negative = src[j++] == '-';
    if (is_digit(src[j])) {
      for (; is_digit(src[j]); ++j)
        if (exp10 < kExponentCap)
          exp10 = exp10 * 10 + (src[j] - '0');
      if (exp_negative)
        exp10 = -exp10;
      i = j;
    }
  }

  if (nsig == 0)
    return {signed_zero<Fmt>(negative), i, 0};

  dd.nsig = nsig;
  dd.e10 = exp10 - frac_digits;
  // Step 1: the value lies in [10^(L-1), 10^L).
  const int64_t l = dd.e10 + static_cast<int64_t>(nsig);
  if (l - 1 >= Fmt::kMaxDecExp)
    return {Fmt::make(negative, 0, Fmt::kMaxBiased), i, kRange};
  if (l <= Fmt::kMinDecExp)
    return {signed_zero<Fmt>(negative), i, kRange};

  const int kept = nsig < 38 ? static_cast<int>(nsig) : 38;
  const int64_t q = dd.e10 + static_cast<int64_t>(nsig - kept);

#if GPULIBC_STR_TO_FLOAT_FP_FAST_PATH
  // Step 2.
  using T = typename Fmt::Type;
  using Fast = FpFastPath<T>;
  if (nsig <= 19 && hi <= Fast::kMaxMant && q >= -Fast::kMaxPow &&
      q <= Fast::kMaxPow) {
    const T v = Fast::compute(hi, static_cast<int>(q));
    return {negative ? -v : v, i, 0};
  }
#endif

  // Step 3.
  const UInt128 m =
      nlo ? static_cast<UInt128>(hi) * kPow10U64[nlo] + lo : UInt128(hi);
  const Approx a = approximate(m, q, truncated);
  Rounded r;
  Candidate cand;
  if (!round_approx<Fmt>(a, truncated, r, cand))
    r = round_exact<Fmt>(src, dd, cand); // step 4
  return {Fmt::make(negative, r.mant, r.biased_exp), i, r.error};
}

//===----------------------------------------------------------------------===//
// Hexadecimal input, infinities, NaNs
//===----------------------------------------------------------------------===//

// src[i] == '0' and src[i + 1] is 'x' or 'X'.
template <class Fmt, class Src>
ParseResult<typename Fmt::Type> parse_hex(Src src, size_t i, bool negative) {
  size_t j = i + 2;
  UInt128 m = 0; // the first 32 significant hex digits
  int kept = 0;
  bool sticky = false; // a non-zero digit after them
  int64_t exp2 = 0;    // value = (m + fraction) * 2^exp2
  bool any = false;

  for (; src[j] == '0'; ++j)
    any = true;
  for (unsigned d; (d = digit_value(src[j])) < 16; ++j) {
    any = true;
    if (kept < 32) {
      m = (m << 4) | d;
      ++kept;
    } else {
      sticky |= d != 0;
      exp2 += 4;
    }
  }
  // A '.' belongs to the number only if some digit is on either side.
  if (src[j] == '.' && (any || digit_value(src[j + 1]) < 16)) {
    ++j;
    if (m == 0) {
      for (; src[j] == '0'; ++j) {
        any = true;
        exp2 -= 4;
      }
    }
    for (unsigned d; (d = digit_value(src[j])) < 16; ++j) {
      any = true;
      if (kept < 32) {
        m = (m << 4) | d;
        ++kept;
        exp2 -= 4;
      } else {
        sticky |= d != 0;
      }
    }
  }
  if (!any)
    return {signed_zero<Fmt>(negative), i + 1, 0}; // just the "0"

  if (is_letter(src[j], 'p')) {
    size_t k = j + 1;
    bool exp_negative = false;
    if (src[k] == '+' || src[k] == '-')
      exp_negative = src[k++] == '-';
    if (is_digit(src[k])) {
      int64_t e = 0;
      for (; is_digit(src[k]); ++k)
        if (e < kExponentCap)
          e = e * 10 + (src[k] - '0');
      exp2 += exp_negative ? -e : e;
      j = k;
    }
  }
  if (m == 0)
    return {signed_zero<Fmt>(negative), j, 0};

  // The value is known exactly (up to the sticky bit), so rounding never
  // needs the exact step.
  const int s = clz128(m);
  const Approx a = {m << s, exp2 - s, 0, sticky};
  Rounded r;
  Candidate cand;
  round_approx<Fmt>(a, false, r, cand);
  return {Fmt::make(negative, r.mant, r.biased_exp), j, r.error};
}

template <class Src> struct SourceAt;
template <> struct SourceAt<CStrSource> {
  static CStrSource at(CStrSource src, size_t i) { return {src.s + i}; }
};
template <> struct SourceAt<BoundedSource> {
  static BoundedSource at(BoundedSource src, size_t i) {
    return {src.s + i, src.n > i ? src.n - i : 0};
  }
};

template <class Fmt, class Src>
ParseResult<typename Fmt::Type> parse_float_impl(Src src) {
  size_t i = 0;
  while (is_space(src[i]))
    ++i;
  bool negative = false;
  if (src[i] == '+' || src[i] == '-') {
    negative = src[i] == '-';
    ++i;
  }
  const char c = src[i];
  if (is_digit(c) || (c == '.' && is_digit(src[i + 1]))) {
    if (c == '0' && is_letter(src[i + 1], 'x'))
      return parse_hex<Fmt>(src, i, negative);
    return parse_decimal<Fmt>(src, i, negative);
  }
  if (is_letter(c, 'i') && is_letter(src[i + 1], 'n') &&
      is_letter(src[i + 2], 'f')) {
    size_t n = 3;
    if (is_letter(src[i + 3], 'i') && is_letter(src[i + 4], 'n') &&
        is_letter(src[i + 5], 'i') && is_letter(src[i + 6], 't') &&
        is_letter(src[i + 7], 'y'))
      n = 8;
    return {Fmt::make(negative, 0, Fmt::kMaxBiased), i + n, 0};
  }
  if (is_letter(c, 'n') && is_letter(src[i + 1], 'a') &&
      is_letter(src[i + 2], 'n')) {
    size_t end = i + 3;
    uint64_t payload = 0;
    int error = 0;
    if (src[end] == '(') {
      size_t j = end + 1;
      while (digit_value(src[j]) < 36 || src[j] == '_')
        ++j;
      if (src[j] == ')') {
        const ParseResult<unsigned long long> p =
            parse_integer_impl<unsigned long long>(
                SourceAt<Src>::at(src, end + 1), 0);
        if (p.consumed == j - (end + 1))
          payload = p.value;
        error = p.error;
        end = j + 1;
      }
    }
    return {Fmt::make_nan(negative, payload), end, error};
  }
  return {signed_zero<Fmt>(false), 0, 0};
}

template <typename T> struct FormatOf;
template <> struct FormatOf<float> { using Type = Binary32; };
template <> struct FormatOf<double> { using Type = Binary64; };
template <> struct FormatOf<long double> { using Type = LongDoubleFormat; };

} // namespace number

// Parses a float, double or long double from the NUL-terminated `str`.
template <typename T> inline ParseResult<T> parse_float(const char *str) {
  return number::parse_float_impl<typename number::FormatOf<T>::Type>(
      number::CStrSource{str});
}

// As above, but looks at no more than the first `max_len` characters (for
// scanf field widths); the string need not be NUL-terminated within them.
template <typename T>
inline ParseResult<T> parse_float_n(const char *str, size_t max_len) {
  return number::parse_float_impl<typename number::FormatOf<T>::Type>(
      number::BoundedSource{str, max_len});
}

} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_STR_TO_FLOAT_H
