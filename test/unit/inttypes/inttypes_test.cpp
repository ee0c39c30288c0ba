#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "gpulibc_test.h"

//===----------------------------------------------------------------------===//
// Format macros: checked at compile time against the types themselves, on
// every target the test is built for (int64_t is long on x86-64 and long
// long on the GPUs), then by printing through them.
//===----------------------------------------------------------------------===//

template <typename T> struct Length;
template <> struct Length<signed char> { static constexpr const char *value = "hh"; };
template <> struct Length<unsigned char> { static constexpr const char *value = "hh"; };
template <> struct Length<short> { static constexpr const char *value = "h"; };
template <> struct Length<unsigned short> { static constexpr const char *value = "h"; };
template <> struct Length<int> { static constexpr const char *value = ""; };
template <> struct Length<unsigned> { static constexpr const char *value = ""; };
template <> struct Length<long> { static constexpr const char *value = "l"; };
template <> struct Length<unsigned long> { static constexpr const char *value = "l"; };
template <> struct Length<long long> { static constexpr const char *value = "ll"; };
template <> struct Length<unsigned long long> { static constexpr const char *value = "ll"; };

constexpr bool format_is(const char *format, const char *length, char conversion) {
  while (*length)
    if (*format++ != *length++)
      return false;
  return format[0] == conversion && format[1] == '\0';
}

#define CHECK_FORMATS(suffix, S, U)                                                                \
  static_assert(format_is(PRId##suffix, Length<S>::value, 'd'), "PRId" #suffix);                   \
  static_assert(format_is(PRIi##suffix, Length<S>::value, 'i'), "PRIi" #suffix);                   \
  static_assert(format_is(PRIo##suffix, Length<U>::value, 'o'), "PRIo" #suffix);                   \
  static_assert(format_is(PRIu##suffix, Length<U>::value, 'u'), "PRIu" #suffix);                   \
  static_assert(format_is(PRIx##suffix, Length<U>::value, 'x'), "PRIx" #suffix);                   \
  static_assert(format_is(PRIX##suffix, Length<U>::value, 'X'), "PRIX" #suffix);                   \
  static_assert(format_is(SCNd##suffix, Length<S>::value, 'd'), "SCNd" #suffix);                   \
  static_assert(format_is(SCNi##suffix, Length<S>::value, 'i'), "SCNi" #suffix);                   \
  static_assert(format_is(SCNo##suffix, Length<U>::value, 'o'), "SCNo" #suffix);                   \
  static_assert(format_is(SCNu##suffix, Length<U>::value, 'u'), "SCNu" #suffix);                   \
  static_assert(format_is(SCNx##suffix, Length<U>::value, 'x'), "SCNx" #suffix);

CHECK_FORMATS(8, int8_t, uint8_t)
CHECK_FORMATS(16, int16_t, uint16_t)
CHECK_FORMATS(32, int32_t, uint32_t)
CHECK_FORMATS(64, int64_t, uint64_t)
CHECK_FORMATS(LEAST8, int_least8_t, uint_least8_t)
CHECK_FORMATS(LEAST16, int_least16_t, uint_least16_t)
CHECK_FORMATS(LEAST32, int_least32_t, uint_least32_t)
CHECK_FORMATS(LEAST64, int_least64_t, uint_least64_t)
CHECK_FORMATS(FAST8, int_fast8_t, uint_fast8_t)
CHECK_FORMATS(FAST16, int_fast16_t, uint_fast16_t)
CHECK_FORMATS(FAST32, int_fast32_t, uint_fast32_t)
CHECK_FORMATS(FAST64, int_fast64_t, uint_fast64_t)
CHECK_FORMATS(MAX, intmax_t, uintmax_t)
CHECK_FORMATS(PTR, intptr_t, uintptr_t)

TEST(Inttypes, PrintThroughFormatMacros) {
  char buffer[64];
  snprintf(buffer, sizeof(buffer), "%" PRId64, INT64_MIN);
  EXPECT_STREQ(buffer, "-9223372036854775808");
  snprintf(buffer, sizeof(buffer), "%" PRIu64 " %" PRIX64, UINT64_MAX, UINT64_MAX);
  EXPECT_STREQ(buffer, "18446744073709551615 FFFFFFFFFFFFFFFF");
  snprintf(buffer, sizeof(buffer), "%" PRIu8 " %" PRIx16 " %" PRIo32, uint8_t(255),
           uint16_t(0xbeef), uint32_t(8));
  EXPECT_STREQ(buffer, "255 beef 10");
  snprintf(buffer, sizeof(buffer), "%" PRIdFAST16 " %" PRIiLEAST32 " %" PRIdMAX,
           int_fast16_t(-32768), int_least32_t(-5), INTMAX_MIN);
  EXPECT_STREQ(buffer, "-32768 -5 -9223372036854775808");
  snprintf(buffer, sizeof(buffer), "%" PRIxPTR " %" PRIuMAX, uintptr_t(0xabc), UINTMAX_MAX);
  EXPECT_STREQ(buffer, "abc 18446744073709551615");
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

TEST(Imaxabs, ValuesAndMinimum) {
  EXPECT_TRUE(imaxabs(-5) == 5);
  EXPECT_TRUE(imaxabs(INTMAX_MAX) == INTMAX_MAX);
  EXPECT_TRUE(imaxabs(-INTMAX_MAX) == INTMAX_MAX);
  // Undefined in C; glibc returns the argument. Called through a pointer so
  // that the compiler's builtin imaxabs cannot fold it.
  intmax_t (*volatile absolute)(intmax_t) = imaxabs;
  EXPECT_TRUE(absolute(INTMAX_MIN) == INTMAX_MIN);
}

TEST(Imaxdiv, TruncatesTowardZero) {
  imaxdiv_t d = imaxdiv(-7, 2);
  EXPECT_TRUE(d.quot == -3 && d.rem == -1);
  d = imaxdiv(INTMAX_MIN, 7);
  EXPECT_TRUE(d.quot == INTMAX_MIN / 7 && d.rem == INTMAX_MIN % 7);
  d = imaxdiv(INTMAX_MAX, -1);
  EXPECT_TRUE(d.quot == -INTMAX_MAX && d.rem == 0);
}

TEST(Strtoimax, EndErrnoAndRange) {
  char *end = nullptr;
  const char text[] = "  -0x7fffffffffffffffz";
  errno = 0;
  EXPECT_TRUE(strtoimax(text, &end, 0) == -INTMAX_MAX);
  EXPECT_EQ(end - text, 21L);
  EXPECT_EQ(errno, 0);
  EXPECT_TRUE(strtoimax("9223372036854775808", &end, 10) == INTMAX_MAX);
  EXPECT_EQ(errno, ERANGE);
  errno = 0;
  EXPECT_TRUE(strtoimax("-9223372036854775809", &end, 10) == INTMAX_MIN);
  EXPECT_EQ(errno, ERANGE);
  errno = 0;
  const char junk[] = "  z";
  EXPECT_TRUE(strtoimax(junk, &end, 10) == 0);
  EXPECT_EQ(end, junk);
  EXPECT_EQ(errno, 0);
  EXPECT_TRUE(strtoimax(junk, &end, 1) == 0);
  EXPECT_EQ(errno, EINVAL);
}

TEST(Strtoumax, EndErrnoAndRange) {
  char *end = nullptr;
  errno = 0;
  const char text[] = "0777 ";
  EXPECT_TRUE(strtoumax(text, &end, 0) == 511);
  EXPECT_EQ(end - text, 4L);
  EXPECT_TRUE(strtoumax("-1", &end, 10) == UINTMAX_MAX);
  EXPECT_EQ(errno, 0);
  EXPECT_TRUE(strtoumax("18446744073709551616", &end, 10) == UINTMAX_MAX);
  EXPECT_EQ(errno, ERANGE);
  errno = 0;
  const char hex[] = "0x";
  EXPECT_TRUE(strtoumax(hex, &end, 16) == 0);
  EXPECT_EQ(end - hex, 1L);
  EXPECT_TRUE(strtoumax("10", nullptr, 37) == 0);
  EXPECT_EQ(errno, EINVAL);
}
