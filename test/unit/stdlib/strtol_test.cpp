#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "gpulibc_test.h"

// The parser itself is checked against glibc by test/host/strto_diff_test;
// these tests check what the entry points add: errno, *end, whitespace, and
// each function's type.

template <typename T> struct Case {
  const char *text;
  int base;
  T value;
  long consumed; // where *end must point
  int error;     // errno afterwards (it is set to 0 before the call)
};

template <typename T>
static void check(gpulibc_test::Context &gpulibc_context, const Case<T> &c,
                  T (*convert)(const char *, char **, int)) {
  const int failures = gpulibc_context.failures;
  char *end = nullptr;
  errno = 0;
  const T value = convert(c.text, &end, c.base);
  const int error = errno;
  EXPECT_EQ(value, c.value);
  EXPECT_EQ(end - c.text, c.consumed);
  EXPECT_EQ(error, c.error);
  if (gpulibc_context.failures != failures)
    printf("  ... for \"%s\" in base %d\n", c.text, c.base);
}

TEST(Strtol, DecimalAndWhitespace) {
  const Case<long> cases[] = {
      {"0", 10, 0, 1, 0},
      {"42", 10, 42, 2, 0},
      {"  \t\n\v\f\r-42xyz", 10, -42, 10, 0},
      {"+17", 10, 17, 3, 0},
      {"000000000000000000000000000001", 10, 1, 30, 0},
      {"12 34", 10, 12, 2, 0},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c, strtol);
}

TEST(Strtol, NoDigitsLeavesEndAtStart) {
  const Case<long> cases[] = {
      {"", 10, 0, 0, 0},  {"   ", 10, 0, 0, 0}, {"-", 10, 0, 0, 0},   {"+ 1", 10, 0, 0, 0},
      {"x1", 0, 0, 0, 0}, {"z", 35, 0, 0, 0},   {" -x", 16, 0, 0, 0},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c, strtol);
}

TEST(Strtol, PrefixesAndBaseZero) {
  const Case<long> cases[] = {
      {"0x1A", 0, 26, 4, 0},
      {"0X1a", 16, 26, 4, 0},
      {"-0x10", 0, -16, 5, 0},
      {"0x1A", 16, 26, 4, 0},
      {"0777", 0, 511, 4, 0},
      {"0778", 0, 63, 3, 0},
      {"08", 0, 0, 1, 0},
      {"0", 0, 0, 1, 0},
      {"0777", 10, 777, 4, 0},
      {"0x1", 10, 0, 1, 0},
      {"0b1", 0, 0, 1, 0},
      {"-077", 0, -63, 4, 0},
      // "0x" without a hex digit after it: the number is the "0" alone.
      {"0x", 0, 0, 1, 0},
      {"0x", 16, 0, 1, 0},
      {"0xg", 16, 0, 1, 0},
      {" -0x", 0, 0, 3, 0},
      {"0x", 8, 0, 1, 0},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c, strtol);
}

TEST(Strtol, EveryBase) {
  const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  for (int base = 2; base <= 36; ++base) {
    // "10" is the base itself; the digit one past the largest ends the number.
    Case<long> ten = {"10", base, base, 2, 0};
    check(gpulibc_context, ten, strtol);
    char text[4] = {'1', digits[base - 1], base < 36 ? digits[base] : '!', '\0'};
    Case<long> largest = {text, base, long(base) + (base - 1), 2, 0};
    check(gpulibc_context, largest, strtol);
    // Upper-case letters are the same digits.
    char upper[3] = {'1', digits[base - 1], '\0'};
    if (upper[1] >= 'a')
      upper[1] = static_cast<char>(upper[1] - 'a' + 'A');
    Case<long> upper_case = {upper, base, long(base) + (base - 1), 2, 0};
    check(gpulibc_context, upper_case, strtol);
  }
  check(gpulibc_context, Case<long>{"1010", 2, 10, 4, 0}, strtol);
  check(gpulibc_context, Case<long>{"102", 2, 2, 2, 0}, strtol);
  check(gpulibc_context, Case<long>{"zZ", 36, 1295, 2, 0}, strtol);
  check(gpulibc_context, Case<long>{"-zik0zj", 36, -2147483647L, 7, 0}, strtol);
}

TEST(Strtol, RangeErrorsClampAndConsumeAllDigits) {
  const Case<long> cases[] = {
      {"9223372036854775807", 10, LONG_MAX, 19, 0},
      {"9223372036854775808", 10, LONG_MAX, 19, ERANGE},
      {"-9223372036854775808", 10, LONG_MIN, 20, 0},
      {"-9223372036854775809", 10, LONG_MIN, 20, ERANGE},
      {"99999999999999999999999999999x", 10, LONG_MAX, 29, ERANGE},
      {"0x7fffffffffffffff", 16, LONG_MAX, 18, 0},
      {"0x8000000000000000", 0, LONG_MAX, 18, ERANGE},
      {"-0x8000000000000000", 0, LONG_MIN, 19, 0},
      {"1111111111111111111111111111111111111111111111111111111111111111", 2, LONG_MAX, 64, ERANGE},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c, strtol);
}

TEST(Strtol, InvalidBaseIsEinval) {
  const Case<long> cases[] = {
      {"1", 1, 0, 0, EINVAL},
      {"1", 37, 0, 0, EINVAL},
      {"1", -1, 0, 0, EINVAL},
      {"  12", 100, 0, 0, EINVAL},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c, strtol);
}

TEST(Strtoll, SameAsStrtolOnLp64) {
  const Case<long long> cases[] = {
      {" -123", 10, -123, 5, 0},
      {"0x7fffffffffffffff", 0, LLONG_MAX, 18, 0},
      {"9223372036854775808", 10, LLONG_MAX, 19, ERANGE},
      {"-9223372036854775809", 10, LLONG_MIN, 20, ERANGE},
      {"0x", 0, 0, 1, 0},
      {"7", 1, 0, 0, EINVAL},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c, strtoll);
}

TEST(Strtoul, NegationAndRange) {
  const Case<unsigned long> cases[] = {
      {"18446744073709551615", 10, ULONG_MAX, 20, 0},
      {"18446744073709551616", 10, ULONG_MAX, 20, ERANGE},
      // A minus sign negates in unsigned arithmetic, without error...
      {"-1", 10, ULONG_MAX, 2, 0},
      {"-18446744073709551615", 10, 1, 21, 0},
      // ...unless the magnitude itself is out of range.
      {"-18446744073709551616", 10, ULONG_MAX, 21, ERANGE},
      {"0xffffffffffffffff", 0, ULONG_MAX, 18, 0},
      {"  +0x10", 0, 16, 7, 0},
      {"", 0, 0, 0, 0},
      {"1", 37, 0, 0, EINVAL},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c, strtoul);
}

TEST(Strtoull, NegationAndRange) {
  const Case<unsigned long long> cases[] = {
      {"18446744073709551615", 10, ULLONG_MAX, 20, 0},
      {"18446744073709551616", 10, ULLONG_MAX, 20, ERANGE},
      {"-2", 10, ULLONG_MAX - 1, 2, 0},
      {"0777", 0, 511, 4, 0},
      {"0x", 16, 0, 1, 0},
      {"1", 1, 0, 0, EINVAL},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c, strtoull);
}

TEST(Strtol, NullEndAndErrnoUntouchedOnSuccess) {
  errno = EDOM;
  EXPECT_EQ(strtol("12", nullptr, 10), 12L);
  EXPECT_EQ(strtoul("-12", nullptr, 10), 0ul - 12);
  EXPECT_EQ(strtoll("", nullptr, 10), 0LL);
  EXPECT_EQ(strtoull("0x", nullptr, 0), 0ull);
  EXPECT_EQ(errno, EDOM);
  EXPECT_EQ(strtol("99999999999999999999", nullptr, 10), LONG_MAX);
  EXPECT_EQ(errno, ERANGE);
}

TEST(Ato, ValuesOfStrtolBase10) {
  EXPECT_EQ(atoi("  -123abc"), -123);
  EXPECT_EQ(atoi("0x10"), 0);
  EXPECT_EQ(atoi("010"), 10);
  EXPECT_EQ(atoi(""), 0);
  EXPECT_EQ(atol("\t9223372036854775807"), LONG_MAX);
  EXPECT_EQ(atoll("-9223372036854775808"), LLONG_MIN);
  // Out of range: glibc's values, (int)strtol(...) for atoi.
  EXPECT_EQ(atoi("2147483648"), INT_MIN);
  EXPECT_EQ(atol("9223372036854775808"), LONG_MAX);
  EXPECT_EQ(atoll("-99999999999999999999"), LLONG_MIN);
}

// Compilers treat the ato* functions as only reading memory, so they must
// not set errno; the calls go through pointers so that they happen at all.
TEST(Ato, LeaveErrnoAlone) {
  long (*volatile to_long)(const char *) = atol;
  int (*volatile to_int)(const char *) = atoi;
  long long (*volatile to_long_long)(const char *) = atoll;
  errno = EDOM;
  EXPECT_EQ(to_long("99999999999999999999"), LONG_MAX);
  EXPECT_EQ(to_int("-99999999999999999999"), 0);
  EXPECT_EQ(to_long_long("99999999999999999999"), LLONG_MAX);
  EXPECT_EQ(errno, EDOM);
}
