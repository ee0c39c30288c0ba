//===-- Bit counting for stdbit.h -------------------------------*- C++ -*-===//
//
// Part of gpulibc. The C23 <stdbit.h> functions for any unsigned type, over
// clang's type-generic builtins, which give the count for the type's own
// width (no promotion to int) and take the result for zero as an argument.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_BIT_OPS_H
#define GPULIBC_SRC_SUPPORT_BIT_OPS_H

namespace gpulibc {
namespace internal {

template <typename T> inline constexpr unsigned kWidth = sizeof(T) * 8;
template <typename T> inline constexpr T kAllOnes = static_cast<T>(~T(0));

template <typename T> constexpr unsigned leading_zeros(T x) {
  return static_cast<unsigned>(__builtin_clzg(x, static_cast<int>(kWidth<T>)));
}
template <typename T> constexpr unsigned trailing_zeros(T x) {
  return static_cast<unsigned>(__builtin_ctzg(x, static_cast<int>(kWidth<T>)));
}
template <typename T> constexpr unsigned leading_ones(T x) {
  return leading_zeros(static_cast<T>(~x));
}
template <typename T> constexpr unsigned trailing_ones(T x) {
  return trailing_zeros(static_cast<T>(~x));
}
template <typename T> constexpr unsigned count_ones(T x) {
  return static_cast<unsigned>(__builtin_popcountg(x));
}
template <typename T> constexpr unsigned count_zeros(T x) { return kWidth<T> - count_ones(x); }

// The "first" functions number bits from 1, starting at the named end, and
// return 0 when there is no such bit.
template <typename T> constexpr unsigned first_leading_zero(T x) {
  return x == kAllOnes<T> ? 0 : leading_ones(x) + 1;
}
template <typename T> constexpr unsigned first_leading_one(T x) {
  return x == 0 ? 0 : leading_zeros(x) + 1;
}
template <typename T> constexpr unsigned first_trailing_zero(T x) {
  return x == kAllOnes<T> ? 0 : trailing_ones(x) + 1;
}
template <typename T> constexpr unsigned first_trailing_one(T x) {
  return x == 0 ? 0 : trailing_zeros(x) + 1;
}

template <typename T> constexpr bool has_single_bit(T x) {
  return x != 0 && static_cast<T>(x & static_cast<T>(x - 1)) == 0;
}
template <typename T> constexpr unsigned bit_width(T x) { return kWidth<T> - leading_zeros(x); }
template <typename T> constexpr T bit_floor(T x) {
  return x == 0 ? T(0) : static_cast<T>(T(1) << (bit_width(x) - 1));
}
// 0 when the result does not fit in T, as C23 specifies.
template <typename T> constexpr T bit_ceil(T x) {
  if (x <= 1)
    return 1;
  const unsigned width = bit_width(static_cast<T>(x - 1));
  return width == kWidth<T> ? T(0) : static_cast<T>(T(1) << width);
}

} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_BIT_OPS_H
