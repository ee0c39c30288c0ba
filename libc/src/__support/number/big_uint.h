//===-- Fixed-capacity unsigned big integers --------------------*- C++ -*-===//
//
// Part of gpulibc. Only what the exact fallback of str_to_float.h needs:
// set, multiply-add by a word, multiply by a power of five, shift left, bit
// length and comparison. The capacity is a template parameter chosen per
// floating-point format so that the fallback provably never exceeds it; the
// operations still refuse to write past it (setting `overflowed`) so that a
// mistake in that reasoning cannot corrupt the stack.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_NUMBER_BIG_UINT_H
#define GPULIBC_SRC_SUPPORT_NUMBER_BIG_UINT_H

#include "src/__support/number/common.h"

namespace gpulibc {
namespace internal {
namespace number {

template <int kLimbs> struct BigUInt {
  // Only limb[0 .. size) is meaningful; limb[size - 1] != 0 unless size == 0.
  // The array is deliberately left uninitialised: for long double it is
  // several KiB and every operation writes before it reads.
  uint64_t limb[kLimbs];
  int size;
  bool overflowed;

  BigUInt() : size(0), overflowed(false) {}

  void set(UInt128 v) {
    size = 0;
    overflowed = false;
    while (v) {
      limb[size++] = static_cast<uint64_t>(v);
      v >>= 64;
    }
  }

  // this = this * m + a.
  void mul_add(uint64_t m, uint64_t a) {
    uint64_t carry = a;
    for (int i = 0; i < size; ++i) {
      UInt128 p = static_cast<UInt128>(limb[i]) * m + carry;
      limb[i] = static_cast<uint64_t>(p);
      carry = static_cast<uint64_t>(p >> 64);
    }
    push(carry);
  }

  // this *= 5^n.
  void mul_pow5(int64_t n) {
    // 5^27 is the largest power of five below 2^64.
    constexpr uint64_t kPow5_27 = 7450580596923828125ull;
    for (; n >= 27; n -= 27)
      mul_add(kPow5_27, 0);
    uint64_t rest = 1;
    for (; n > 0; --n)
      rest *= 5;
    if (rest != 1)
      mul_add(rest, 0);
  }

  // this <<= n.
  void shift_left(int64_t n) {
    if (size == 0 || n == 0)
      return;
    if (bit_length() + n > int64_t(kLimbs) * 64) {
      overflowed = true; // more room than the capacity analysis allows
      return;
    }
    const int words = static_cast<int>(n / 64);
    const int bits = static_cast<int>(n % 64);
    const int new_size = size + words;
    uint64_t top = bits ? limb[size - 1] >> (64 - bits) : 0;
    for (int i = size - 1; i >= 0; --i) {
      uint64_t lower = (bits && i > 0) ? limb[i - 1] >> (64 - bits) : 0;
      limb[i + words] = (bits ? limb[i] << bits : limb[i]) | lower;
    }
    for (int i = 0; i < words; ++i)
      limb[i] = 0;
    size = new_size;
    if (top)
      limb[size++] = top;
  }

  int64_t bit_length() const {
    if (size == 0)
      return 0;
    return int64_t(size) * 64 - clz64(limb[size - 1]);
  }

private:
  void push(uint64_t carry) {
    if (!carry)
      return;
    if (size == kLimbs) {
      overflowed = true;
      return;
    }
    limb[size++] = carry;
  }
};

// Sign of a - b for values of equal bit length (or any values, really).
template <int kLimbs>
int compare(const BigUInt<kLimbs> &a, const BigUInt<kLimbs> &b) {
  if (a.size != b.size)
    return a.size < b.size ? -1 : 1;
  for (int i = a.size - 1; i >= 0; --i)
    if (a.limb[i] != b.limb[i])
      return a.limb[i] < b.limb[i] ? -1 : 1;
  return 0;
}

} // namespace number
} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_NUMBER_BIG_UINT_H
