//===-- String to integer conversion (strtol and friends) -------*- C++ -*-===//
//
// Part of gpulibc. The engine behind strtol, strtoll, strtoul, strtoull,
// strtoimax, strtoumax, atoi, atol, atoll and scanf's integer conversions,
// following C17 7.22.1.4 in the "C" locale and glibc's observable behaviour:
//
//  * leading isspace() characters, then an optional '+' or '-';
//  * base 0 picks 16 for a "0x"/"0X" prefix, 8 for a leading '0', else 10;
//    base 16 also accepts the "0x" prefix;
//  * "0x" not followed by a hexadecimal digit is the number 0 made of the
//    '0' alone (consumed ends before the 'x');
//  * overflow consumes every remaining digit, saturates to the type's
//    maximum (or minimum) and reports kRange;
//  * unsigned types accept '-' and negate modulo 2^N ("-1" is the maximum,
//    without error); only a magnitude above the maximum is a range error;
//  * a base other than 0 or 2..36 reports kInvalid and consumes nothing;
//  * no digits at all consumes nothing and reports no error.
//
// Stack use: a few scalars. No recursion, no tables.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_STR_TO_INTEGER_H
#define GPULIBC_SRC_SUPPORT_STR_TO_INTEGER_H

#include "src/__support/number/common.h"

namespace gpulibc {
namespace internal {
namespace number {

// Freestanding stand-ins for <type_traits>, which -nostdinc++ takes away.
template <typename T> struct IntTraits;
#define GPULIBC_INT_TRAITS(T, U, SIGNED)                                       \
  template <> struct IntTraits<T> {                                            \
    using Unsigned = U;                                                        \
    static constexpr bool kSigned = SIGNED;                                    \
  };
GPULIBC_INT_TRAITS(int, unsigned, true)
GPULIBC_INT_TRAITS(long, unsigned long, true)
GPULIBC_INT_TRAITS(long long, unsigned long long, true)
GPULIBC_INT_TRAITS(unsigned, unsigned, false)
GPULIBC_INT_TRAITS(unsigned long, unsigned long, false)
GPULIBC_INT_TRAITS(unsigned long long, unsigned long long, false)
#undef GPULIBC_INT_TRAITS

template <typename T, typename Src>
ParseResult<T> parse_integer_impl(Src src, int base) {
  using U = typename IntTraits<T>::Unsigned;
  constexpr bool kSigned = IntTraits<T>::kSigned;
  constexpr U kUMax = static_cast<U>(~U(0));
  constexpr U kSMax = kUMax >> 1; // the signed maximum, as an unsigned value

  if (base < 0 || base == 1 || base > 36)
    return {0, 0, kInvalid};

  size_t i = 0;
  while (is_space(src[i]))
    ++i;
  bool negative = false;
  if (src[i] == '+' || src[i] == '-') {
    negative = src[i] == '-';
    ++i;
  }

  if ((base == 0 || base == 16) && src[i] == '0' &&
      is_letter(src[i + 1], 'x')) {
    if (digit_value(src[i + 2]) >= 16)
      return {0, i + 1, 0}; // the '0' is the whole number
    i += 2;
    base = 16;
  } else if (base == 0) {
    base = src[i] == '0' ? 8 : 10;
  }

  // The largest magnitude that still fits. For signed types the negative
  // side has one more; unsigned types check the magnitude before negating,
  // which is exactly how glibc treats "-<huge>".
  const U limit = kSigned ? (negative ? kSMax + 1 : kSMax) : kUMax;
  const U ubase = static_cast<U>(base);

  U acc = 0;
  bool overflow = false;
  const size_t first_digit = i;
  for (unsigned d; (d = digit_value(src[i])) < static_cast<unsigned>(base);
       ++i) {
    // Overflow is checked with the builtins rather than a precomputed
    // limit / base so that no 64-bit division is needed (slow on GPUs).
    U next;
    if (overflow || __builtin_mul_overflow(acc, ubase, &next) ||
        __builtin_add_overflow(next, static_cast<U>(d), &next) ||
        next > limit) {
      overflow = true;
      continue; // keep consuming digits, as C requires
    }
    acc = next;
  }
  if (i == first_digit)
    return {0, 0, 0};

  if (overflow) {
    if (!kSigned)
      return {static_cast<T>(kUMax), i, kRange};
    // Two's complement: the unsigned pattern kSMax + 1 is the minimum.
    return {static_cast<T>(negative ? kSMax + 1 : kSMax), i, kRange};
  }
  // Negation is done in the unsigned type: it is the required modular
  // negation for unsigned results and gives the minimum for limit + 1.
  return {static_cast<T>(negative ? static_cast<U>(U(0) - acc) : acc), i, 0};
}

} // namespace number

// Parses an integer of type T (int, long, long long or their unsigned
// counterparts; int32_t, int64_t, intmax_t etc. are among these) in `base`
// (0 or 2..36) from the NUL-terminated string `str`.
template <typename T>
inline ParseResult<T> parse_integer(const char *str, int base) {
  return number::parse_integer_impl<T>(number::CStrSource{str}, base);
}

// As above, but looks at no more than the first `max_len` characters (for
// scanf field widths); the string need not be NUL-terminated within them.
template <typename T>
inline ParseResult<T> parse_integer_n(const char *str, size_t max_len,
                                      int base) {
  return number::parse_integer_impl<T>(number::BoundedSource{str, max_len},
                                       base);
}

// Convenience names for the fixed-width variants.
inline ParseResult<int32_t> parse_i32(const char *str, int base) {
  return parse_integer<int32_t>(str, base);
}
inline ParseResult<uint32_t> parse_u32(const char *str, int base) {
  return parse_integer<uint32_t>(str, base);
}
inline ParseResult<int64_t> parse_i64(const char *str, int base) {
  return parse_integer<int64_t>(str, base);
}
inline ParseResult<uint64_t> parse_u64(const char *str, int base) {
  return parse_integer<uint64_t>(str, base);
}

} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_STR_TO_INTEGER_H
