//===-- 128-bit approximations of powers of ten -----------------*- C++ -*-===//
//
// Part of gpulibc. For every q in [kPow10Min, kPow10Max] the table holds T(q),
// the 128 leading bits of 10^q: 10^q = (T(q) + d) * 2^pow10_exp2(q) with
// 2^127 <= T(q) < 2^128 and 0 <= d < 2, and d = 0 when 0 <= q <= 55, where
// 5^q fits in 128 bits and the entry is exact.
//
// The table is computed by constexpr code when this header is compiled; no
// generated data is committed. The computation walks q up (multiply by 5)
// and down (divide by 5) from 5^0 with a 256-bit mantissa that is always
// truncated, so every working value is a lower bound whose relative error
// after n steps is below n * 2^-255; with n <= 361 that is far below the
// 2^-127 resolution of an entry, which gives the d < 2 bound above (one unit
// for truncating to 128 bits plus a vanishing fraction of one).
//
// 10^q and 5^q have the same mantissa; only the binary exponent differs.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_NUMBER_POW10_TABLE_H
#define GPULIBC_SRC_SUPPORT_NUMBER_POW10_TABLE_H

#include "src/__support/number/common.h"

#include <float.h>

namespace gpulibc {
namespace internal {
namespace number {

// Range needed by binary32 and binary64: a value m * 10^q with m < 10^38
// (38 significant digits are kept) and 1 <= m matters only while it lies in
// [10^-324, 10^309); see the range checks in str_to_float.h.
inline constexpr int kPow10Min = -361;
inline constexpr int kPow10Max = 308;
// Entries with 0 <= q <= kPow10ExactMax are exact.
inline constexpr int kPow10ExactMax = 55;

struct Pow10Entry {
  uint64_t hi;
  uint64_t lo;
};

// floor(log2(10^q)) for |q| <= 1233 (checked for the table range below).
constexpr int64_t floor_log2_pow10(int64_t q) { return (q * 217706) >> 16; }

// 2^pow10_exp2(q) is the weight of the last bit of T(q).
constexpr int64_t pow10_exp2(int64_t q) { return floor_log2_pow10(q) - 127; }

// A 256-bit mantissa with its top bit set, and its binary exponent: the value
// is w * 2^exp2 (w[3] is the most significant limb).
struct Wide {
  uint64_t w[4];
  int64_t exp2;
};

constexpr int bit_width64(uint64_t x) {
  int n = 0;
  while (x) {
    ++n;
    x >>= 1;
  }
  return n;
}

// x * 5, truncated back to 256 bits.
constexpr Wide wide_mul5(const Wide &x) {
  uint64_t r[5] = {};
  uint64_t carry = 0;
  for (int i = 0; i < 4; ++i) {
    UInt128 p = static_cast<UInt128>(x.w[i]) * 5 + carry;
    r[i] = static_cast<uint64_t>(p);
    carry = static_cast<uint64_t>(p >> 64);
  }
  r[4] = carry; // 2..4, as x >= 2^255
  int s = bit_width64(r[4]);
  Wide out{};
  for (int i = 0; i < 4; ++i)
    out.w[i] = (r[i] >> s) | (r[i + 1] << (64 - s));
  out.exp2 = x.exp2 + s;
  return out;
}

// x / 5, truncated to 256 bits. The quotient of (x << 3) by 5 is computed
// 32 bits at a time so that constant evaluation only needs 64-bit division.
constexpr Wide wide_div5(const Wide &x) {
  // x << 3 as ten 32-bit digits, most significant first.
  uint32_t digits[10] = {};
  uint64_t limbs[5] = {x.w[0] << 3, (x.w[1] << 3) | (x.w[0] >> 61),
                       (x.w[2] << 3) | (x.w[1] >> 61),
                       (x.w[3] << 3) | (x.w[2] >> 61), x.w[3] >> 61};
  for (int i = 0; i < 5; ++i) {
    digits[9 - 2 * i] = static_cast<uint32_t>(limbs[i]);
    digits[8 - 2 * i] = static_cast<uint32_t>(limbs[i] >> 32);
  }
  uint64_t rem = 0;
  for (int i = 0; i < 10; ++i) {
    uint64_t cur = (rem << 32) | digits[i];
    digits[i] = static_cast<uint32_t>(cur / 5);
    rem = cur % 5;
  }
  uint64_t q[5] = {};
  for (int i = 0; i < 5; ++i)
    q[i] = (static_cast<uint64_t>(digits[8 - 2 * i]) << 32) | digits[9 - 2 * i];
  // (x << 3) / 5 lies in [2^255.6, 2^256.7): keep 256 bits.
  Wide out{};
  int s = q[4] ? 1 : 0;
  for (int i = 0; i < 4; ++i)
    out.w[i] = s ? (q[i] >> 1) | (q[i + 1] << 63) : q[i];
  out.exp2 = x.exp2 - 3 + s;
  return out;
}

// Leading 256 bits of a * b (truncated).
constexpr Wide wide_mul(const Wide &a, const Wide &b) {
  uint64_t r[8] = {};
  for (int i = 0; i < 4; ++i) {
    uint64_t carry = 0;
    for (int j = 0; j < 4; ++j) {
      UInt128 p = static_cast<UInt128>(a.w[i]) * b.w[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint64_t>(p);
      carry = static_cast<uint64_t>(p >> 64);
    }
    r[i + 4] = carry;
  }
  Wide out{};
  int s = (r[7] >> 63) ? 0 : 1; // the product has 511 or 512 bits
  for (int i = 0; i < 4; ++i)
    out.w[i] = s ? (r[i + 4] << 1) | (r[i + 3] >> 63) : r[i + 4];
  out.exp2 = a.exp2 + b.exp2 + 256 - s;
  return out;
}

constexpr Pow10Entry wide_top(const Wide &x) { return {x.w[3], x.w[2]}; }

struct Pow10Table {
  Pow10Entry entries[kPow10Max - kPow10Min + 1];
  // The 256-bit mantissas of 5^300 and 5^-300, kept to build the long double
  // table below from the same computation.
  Wide five_300;
  Wide five_minus_300;
  // Whether floor_log2_pow10 agrees with the exponents actually tracked.
  bool exponents_ok;
};

constexpr Pow10Table make_pow10_table() {
  Pow10Table t{};
  t.exponents_ok = true;
  const Wide one = {{0, 0, 0, uint64_t(1) << 63}, -255}; // 5^0
  Wide x = one;
  for (int q = 0; q <= kPow10Max; ++q) {
    t.entries[q - kPow10Min] = wide_top(x);
    // 10^q = x * 2^(exp2 + q); the entry's last bit weighs 2^(exp2 + q + 128).
    if (x.exp2 + q + 128 != pow10_exp2(q))
      t.exponents_ok = false;
    if (q == 300)
      t.five_300 = x;
    x = wide_mul5(x);
  }
  x = one;
  for (int q = -1; q >= kPow10Min; --q) {
    x = wide_div5(x);
    t.entries[q - kPow10Min] = wide_top(x);
    if (x.exp2 + q + 128 != pow10_exp2(q))
      t.exponents_ok = false;
    if (q == -300)
      t.five_minus_300 = x;
  }
  return t;
}

inline constexpr Pow10Table kPow10Table = make_pow10_table();
static_assert(kPow10Table.exponents_ok, "floor_log2_pow10 is off in range");
static_assert(kPow10Table.entries[-kPow10Min].hi == uint64_t(1) << 63 &&
                  kPow10Table.entries[-kPow10Min].lo == 0,
              "10^0 must be exact");
static_assert(kPow10Table.entries[1 - kPow10Min].hi == uint64_t(10) << 60,
              "10^1 must be exact");

inline const Pow10Entry &pow10_entry(int64_t q) {
  return kPow10Table.entries[q - kPow10Min];
}

#if LDBL_MANT_DIG == 64
// The x87 long double reaches 10^4932 and 10^-4951, and the full table for
// that range would cost 160 KiB and more constant evaluation than compilers
// allow by default. Powers outside the table are instead made of a table
// entry times 10^(600k), k in [-8, 8], whose 128-bit approximations (with the
// same d < 2 bound) are built here by squaring 5^(+-300) and multiplying on,
// again with truncated 256-bit mantissas: the relative error stays below
// 2^-240, still far below 2^-127.
inline constexpr int kPow10BigStep = 600;
inline constexpr int kPow10BigMax = 8;

struct Pow10BigEntry {
  uint64_t hi;
  uint64_t lo;
  int64_t exp2; // weight of the last bit of hi:lo
};

struct Pow10BigTable {
  Pow10BigEntry entries[2 * kPow10BigMax + 1]; // index k + kPow10BigMax
};

constexpr Pow10BigTable make_pow10_big_table() {
  Pow10BigTable t{};
  t.entries[kPow10BigMax] = {uint64_t(1) << 63, 0, -127};
  for (int sign = -1; sign <= 1; sign += 2) {
    const Wide half_step =
        sign > 0 ? kPow10Table.five_300 : kPow10Table.five_minus_300;
    const Wide step = wide_mul(half_step, half_step); // 5^(+-600)
    Wide x = step;
    for (int k = 1; k <= kPow10BigMax; ++k) {
      if (k > 1)
        x = wide_mul(x, step);
      int64_t q = int64_t(sign) * k * kPow10BigStep;
      t.entries[kPow10BigMax + sign * k] = {x.w[3], x.w[2], x.exp2 + q + 128};
    }
  }
  return t;
}

inline constexpr Pow10BigTable kPow10BigTable = make_pow10_big_table();
#endif // LDBL_MANT_DIG == 64

} // namespace number
} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_NUMBER_POW10_TABLE_H
