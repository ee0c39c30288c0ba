#include <stdbit.h>
#include <stdint.h>

#include "gpulibc_test.h"

// Every function of every width against a bit-by-bit reference.

template <typename T> constexpr unsigned kBits = sizeof(T) * 8;
template <typename T> bool bit(T x, unsigned i) { return (x >> i) & 1; }

template <typename T> struct Reference {
  static unsigned leading(T x, bool value) {
    unsigned n = 0;
    for (unsigned i = kBits<T>; i-- > 0 && bit(x, i) == value;)
      ++n;
    return n;
  }
  static unsigned trailing(T x, bool value) {
    unsigned n = 0;
    for (unsigned i = 0; i < kBits<T> && bit(x, i) == value; ++i)
      ++n;
    return n;
  }
  static unsigned first_leading(T x, bool value) {
    for (unsigned i = kBits<T>; i-- > 0;)
      if (bit(x, i) == value)
        return kBits<T> - i;
    return 0;
  }
  static unsigned first_trailing(T x, bool value) {
    for (unsigned i = 0; i < kBits<T>; ++i)
      if (bit(x, i) == value)
        return i + 1;
    return 0;
  }
  static unsigned ones(T x) {
    unsigned n = 0;
    for (unsigned i = 0; i < kBits<T>; ++i)
      n += bit(x, i);
    return n;
  }
  static unsigned width(T x) {
    for (unsigned i = kBits<T>; i-- > 0;)
      if (bit(x, i))
        return i + 1;
    return 0;
  }
  static T floor(T x) { return x ? static_cast<T>(T(1) << (width(x) - 1)) : T(0); }
  static T ceil(T x) {
    for (unsigned i = 0; i < kBits<T>; ++i)
      if ((T(1) << i) >= x)
        return static_cast<T>(T(1) << i);
    return 0; // not representable
  }
};

template <typename T> struct Functions {
  unsigned (*leading_zeros)(T), (*leading_ones)(T), (*trailing_zeros)(T), (*trailing_ones)(T);
  unsigned (*first_leading_zero)(T), (*first_leading_one)(T);
  unsigned (*first_trailing_zero)(T), (*first_trailing_one)(T);
  unsigned (*count_zeros)(T), (*count_ones)(T);
  bool (*has_single_bit)(T);
  unsigned (*bit_width)(T);
  T (*bit_floor)(T), (*bit_ceil)(T);
};

#define FUNCTIONS(T, s)                                                                            \
  Functions<T> {                                                                                   \
    stdc_leading_zeros_##s, stdc_leading_ones_##s, stdc_trailing_zeros_##s,                        \
        stdc_trailing_ones_##s, stdc_first_leading_zero_##s, stdc_first_leading_one_##s,           \
        stdc_first_trailing_zero_##s, stdc_first_trailing_one_##s, stdc_count_zeros_##s,           \
        stdc_count_ones_##s, stdc_has_single_bit_##s, stdc_bit_width_##s, stdc_bit_floor_##s,      \
        stdc_bit_ceil_##s                                                                          \
  }

template <typename T>
static void check(gpulibc_test::Context &gpulibc_context, const Functions<T> &f, T x) {
  using R = Reference<T>;
  const int failures = gpulibc_context.failures;
  EXPECT_EQ(f.leading_zeros(x), R::leading(x, false));
  EXPECT_EQ(f.leading_ones(x), R::leading(x, true));
  EXPECT_EQ(f.trailing_zeros(x), R::trailing(x, false));
  EXPECT_EQ(f.trailing_ones(x), R::trailing(x, true));
  EXPECT_EQ(f.first_leading_zero(x), R::first_leading(x, false));
  EXPECT_EQ(f.first_leading_one(x), R::first_leading(x, true));
  EXPECT_EQ(f.first_trailing_zero(x), R::first_trailing(x, false));
  EXPECT_EQ(f.first_trailing_one(x), R::first_trailing(x, true));
  EXPECT_EQ(f.count_ones(x), R::ones(x));
  EXPECT_EQ(f.count_zeros(x), kBits<T> - R::ones(x));
  EXPECT_EQ(f.has_single_bit(x), R::ones(x) == 1);
  EXPECT_EQ(f.bit_width(x), R::width(x));
  EXPECT_TRUE(f.bit_floor(x) == R::floor(x));
  EXPECT_TRUE(f.bit_ceil(x) == R::ceil(x));
  if (gpulibc_context.failures != failures)
    printf("  ... for %zu-bit value 0x%llx\n", sizeof(T) * 8, (unsigned long long)x);
}

// Zero, all ones, each power of two and its neighbours, and random values.
template <typename T>
static void check_width(gpulibc_test::Context &gpulibc_context, const Functions<T> &f) {
  check<T>(gpulibc_context, f, T(0));
  check<T>(gpulibc_context, f, static_cast<T>(~T(0)));
  for (unsigned i = 0; i < kBits<T>; ++i) {
    const T p = static_cast<T>(T(1) << i);
    check<T>(gpulibc_context, f, p);
    check<T>(gpulibc_context, f, static_cast<T>(p - 1));
    check<T>(gpulibc_context, f, static_cast<T>(p + 1));
    check<T>(gpulibc_context, f, static_cast<T>(~p));
  }
  uint64_t s = 0x2545f4914f6cdd1dull;
  for (int i = 0; i < 300; ++i) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    check<T>(gpulibc_context, f, static_cast<T>(s >> (i % 64)));
  }
}

TEST(Stdbit, UnsignedCharExhaustive) {
  const auto f = FUNCTIONS(unsigned char, uc);
  for (unsigned x = 0; x < 256; ++x)
    check<unsigned char>(gpulibc_context, f, static_cast<unsigned char>(x));
}

TEST(Stdbit, UnsignedShort) {
  const auto f = FUNCTIONS(unsigned short, us);
  for (unsigned x = 0; x < 65536; x += 97)
    check<unsigned short>(gpulibc_context, f, static_cast<unsigned short>(x));
  check_width<unsigned short>(gpulibc_context, f);
}

TEST(Stdbit, UnsignedInt) { check_width<unsigned>(gpulibc_context, FUNCTIONS(unsigned, ui)); }
TEST(Stdbit, UnsignedLong) {
  check_width<unsigned long>(gpulibc_context, FUNCTIONS(unsigned long, ul));
}
TEST(Stdbit, UnsignedLongLong) {
  check_width<unsigned long long>(gpulibc_context, FUNCTIONS(unsigned long long, ull));
}

TEST(Stdbit, CeilingOverflowIsZero) {
  EXPECT_EQ(stdc_bit_ceil_uc(128), 128);
  EXPECT_EQ(stdc_bit_ceil_uc(129), 0);
  EXPECT_EQ(stdc_bit_ceil_us(0x8001), 0);
  EXPECT_EQ(stdc_bit_ceil_ui(0x80000001u), 0u);
  EXPECT_EQ(stdc_bit_ceil_ull(0x8000000000000001ull), 0ull);
  EXPECT_EQ(stdc_bit_ceil_ui(0), 1u);
  EXPECT_EQ(stdc_bit_ceil_ui(1), 1u);
  EXPECT_EQ(stdc_bit_floor_ull(0), 0ull);
}

template <typename A, typename B> struct Same { static constexpr bool value = false; };
template <typename A> struct Same<A, A> { static constexpr bool value = true; };

TEST(Stdbit, TypeGenericFormsPickTheWidth) {
  const uint8_t byte = 1;
  const uint16_t half = 1;
  const uint64_t wide = 1;
  EXPECT_EQ(stdc_leading_zeros(byte), 7u);
  EXPECT_EQ(stdc_leading_zeros(half), 15u);
  EXPECT_EQ(stdc_leading_zeros(1u), 31u);
  EXPECT_EQ(stdc_leading_zeros(1ul), 63u);
  EXPECT_EQ(stdc_leading_zeros(wide), 63u);
  EXPECT_EQ(stdc_first_leading_one(byte), 8u);
  EXPECT_EQ(stdc_count_zeros(half), 15u);
  EXPECT_TRUE(stdc_has_single_bit(wide));
  EXPECT_EQ(stdc_bit_ceil(uint8_t(3)), 4);
  static_assert(Same<decltype(stdc_bit_floor(byte)), unsigned char>::value, "");
  static_assert(Same<decltype(stdc_bit_ceil(half)), unsigned short>::value, "");
  static_assert(Same<decltype(stdc_bit_ceil(1ull)), unsigned long long>::value, "");
  static_assert(Same<decltype(stdc_count_ones(wide)), unsigned int>::value, "");
  static_assert(Same<decltype(stdc_has_single_bit(byte)), bool>::value, "");
  // The argument is evaluated once.
  unsigned x = 8, calls = 0;
  EXPECT_EQ(stdc_trailing_zeros((++calls, x)), 3u);
  EXPECT_EQ(calls, 1u);
}

TEST(Stdbit, Endianness) {
  static_assert(__STDC_VERSION_STDBIT_H__ >= 202311L, "");
  static_assert(__STDC_ENDIAN_LITTLE__ != __STDC_ENDIAN_BIG__, "");
  const uint32_t word = 0x01020304;
  unsigned char bytes[4];
  memcpy(bytes, &word, 4);
  EXPECT_EQ(__STDC_ENDIAN_NATIVE__ == __STDC_ENDIAN_LITTLE__, bytes[0] == 4);
  EXPECT_EQ(__STDC_ENDIAN_NATIVE__ == __STDC_ENDIAN_BIG__, bytes[0] == 1);
}
