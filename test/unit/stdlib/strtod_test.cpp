#include <errno.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>

#include "gpulibc_test.h"

// Correct rounding is checked against glibc by test/host/strto_diff_test;
// these tests check the entry points: errno, *end, and each type's range.

static unsigned long long bits(double x) {
  unsigned long long b;
  memcpy(&b, &x, sizeof(b));
  return b;
}
static unsigned bits(float x) {
  unsigned b;
  memcpy(&b, &x, sizeof(b));
  return b;
}

struct DoubleCase {
  const char *text;
  double value;
  long consumed;
  int error;
};

static void check(gpulibc_test::Context &gpulibc_context, const DoubleCase &c) {
  const int failures = gpulibc_context.failures;
  char *end = nullptr;
  errno = 0;
  const double value = strtod(c.text, &end);
  const int error = errno;
  EXPECT_EQ(bits(value), bits(c.value));
  EXPECT_EQ(end - c.text, c.consumed);
  EXPECT_EQ(error, c.error);
  if (gpulibc_context.failures != failures)
    printf("  ... for \"%s\"\n", c.text);
}

TEST(Strtod, DecimalForms) {
  const DoubleCase cases[] = {
      {"0", 0.0, 1, 0},
      {"-0", -0.0, 2, 0},
      {"1.5", 1.5, 3, 0},
      {" \t\n\v\f\r+2.5e3x", 2500.0, 12, 0},
      {".5", 0.5, 2, 0},
      {"5.", 5.0, 2, 0},
      {"0.1", 0.1, 3, 0},
      {"1e", 1.0, 1, 0},
      {"1e+", 1.0, 1, 0},
      {"1e-2", 0.01, 4, 0},
      {"1E2", 100.0, 3, 0},
      {"123456789012345678901234567890", 123456789012345678901234567890.0, 30, 0},
      {"1.7976931348623157e308", DBL_MAX, 22, 0},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c);
}

TEST(Strtod, NoConversionLeavesEndAtStart) {
  const DoubleCase cases[] = {
      {"", 0.0, 0, 0},     {"  ", 0.0, 0, 0}, {".", 0.0, 0, 0},  {"-", 0.0, 0, 0},
      {"+.e1", 0.0, 0, 0}, {"e5", 0.0, 0, 0}, {"in", 0.0, 0, 0}, {"na", 0.0, 0, 0},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c);
}

TEST(Strtod, Hexadecimal) {
  const DoubleCase cases[] = {
      {"0x1p0", 1.0, 5, 0},
      {"0x1.8p1", 3.0, 7, 0},
      {"-0X.8P-1", -0.25, 8, 0},
      {"0xAbC", 2748.0, 5, 0},
      {"0x1p", 1.0, 3, 0},
      {"0x1.fffffffffffffp1023", DBL_MAX, 22, 0},
      // No hex digit: the number is the "0" alone.
      {"0x", 0.0, 1, 0},
      {"0x.p1", 0.0, 1, 0},
      {"-0xz", -0.0, 2, 0},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c);
}

TEST(Strtod, InfinityAndNan) {
  const DoubleCase cases[] = {
      {"inf", __builtin_inf(), 3, 0},       {"-INF", -__builtin_inf(), 4, 0},
      {"Infinity", __builtin_inf(), 8, 0},  {"infinit", __builtin_inf(), 3, 0},
      {"infinityx", __builtin_inf(), 8, 0},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c);

  const char *nans[][2] = {{"nan", ""},      {"NaN", ""},          {"nan()", ""},
                           {"nan(123)", ""}, {"nan(abc_1)x", "x"}, {"nan(", "("},
                           {"-nan", ""},     {"nan(1 2)", "(1 2)"}};
  for (const auto &n : nans) {
    char *end = nullptr;
    errno = 0;
    const double value = strtod(n[0], &end);
    EXPECT_TRUE(__builtin_isnan(value));
    EXPECT_STREQ(end, n[1]);
    EXPECT_EQ(__builtin_signbit(value) != 0, n[0][0] == '-');
    EXPECT_EQ(errno, 0);
  }
}

TEST(Strtod, RangeErrors) {
  const DoubleCase cases[] = {
      {"1e309", __builtin_inf(), 5, ERANGE},
      {"-1e309", -__builtin_inf(), 6, ERANGE},
      {"0x1p1024", __builtin_inf(), 8, ERANGE},
      {"1e-400", 0.0, 6, ERANGE},
      {"-1e-400", -0.0, 7, ERANGE},
      // Subnormal results are range errors when inexact (glibc agrees)...
      {"4.9406564584124654e-324", 0x1p-1074, 23, ERANGE},
      {"1e-310", 1e-310, 6, ERANGE},
      // ...but not when exact, nor for the smallest normal.
      {"0x1p-1074", 0x1p-1074, 9, 0},
      {"0x1.8p-1070", 0x1.8p-1070, 11, 0},
      {"2.2250738585072014e-308", DBL_MIN, 23, 0},
      {"0e-999999", 0.0, 9, 0},
      {"0x0p99999", 0.0, 9, 0},
  };
  for (const auto &c : cases)
    check(gpulibc_context, c);
}

TEST(Strtod, ErrnoUntouchedOnSuccessAndNullEnd) {
  errno = EDOM;
  EXPECT_EQ(bits(strtod("2.5", nullptr)), bits(2.5));
  EXPECT_EQ(bits(strtod("junk", nullptr)), bits(0.0));
  EXPECT_EQ(errno, EDOM);
}

TEST(Strtof, FloatRange) {
  char *end = nullptr;
  errno = 0;
  EXPECT_EQ(bits(strtof("0.1", &end)), bits(0.1f));
  EXPECT_EQ(*end, '\0');
  EXPECT_EQ(bits(strtof("3.40282347e38", &end)), bits(FLT_MAX));
  EXPECT_EQ(errno, 0);
  EXPECT_EQ(bits(strtof("3.5e38", &end)), bits(__builtin_inff()));
  EXPECT_EQ(errno, ERANGE);
  errno = 0;
  // Fine as a double, a range error as a float.
  EXPECT_EQ(bits(strtof("1e-46", &end)), bits(0.0f));
  EXPECT_EQ(errno, ERANGE);
  errno = 0;
  EXPECT_EQ(bits(strtof("1e-45", &end)), bits(0x1p-149f));
  EXPECT_EQ(errno, ERANGE);
  errno = 0;
  EXPECT_EQ(bits(strtof("0x1p-149", &end)), bits(0x1p-149f));
  EXPECT_EQ(errno, 0);
  EXPECT_EQ(bits(strtof(" -0x1.fffffep127 ", &end)), bits(-FLT_MAX));
  EXPECT_EQ(*end, ' ');
  // Just above halfway between 1 and the next float: rounded once from the
  // decimal it goes up; going through double first would round it to the
  // halfway point and then, ties to even, down to 1.
  EXPECT_EQ(bits(strtof("1.000000059604644775390625000000000001", &end)), bits(0x1.000002p0f));
  EXPECT_EQ(bits(strtof("1.0000000596046447753906249", &end)), bits(1.0f));
}

TEST(Strtold, TargetLongDouble) {
  char *end = nullptr;
  errno = 0;
  long double v = strtold("0.5", &end);
  EXPECT_TRUE(v == 0.5L);
  EXPECT_EQ(*end, '\0');
  v = strtold("1e308", &end);
  EXPECT_TRUE(v == 1e308L);
  EXPECT_EQ(errno, 0);
#if LDBL_MANT_DIG == 64
  // x86-64's 80-bit format: far more range, and more precision than double.
  v = strtold("1e4000", &end);
  EXPECT_TRUE(v > 1e308L && !__builtin_isinf(v));
  EXPECT_EQ(errno, 0);
  v = strtold("0x1.0000000000000002p0", &end);
  EXPECT_TRUE(v == 1.0L + 0x1p-63L);
  v = strtold("1e5000", &end);
  EXPECT_TRUE(__builtin_isinf(v));
  EXPECT_EQ(errno, ERANGE);
#else
  // AMDGPU and NVPTX: long double is double.
  v = strtold("1e4000", &end);
  EXPECT_TRUE(__builtin_isinf(v));
  EXPECT_EQ(errno, ERANGE);
#endif
  errno = 0;
  const char minus_inf[] = "-inf";
  v = strtold(minus_inf, &end);
  EXPECT_TRUE(__builtin_isinf(v) && v < 0);
  EXPECT_EQ(end - minus_inf, 4L);
}

TEST(Atof, ValueOfStrtodErrnoUntouched) {
  double (*volatile to_double)(const char *) = atof;
  errno = EDOM;
  EXPECT_EQ(bits(atof("  -1.25e2xyz")), bits(-125.0));
  EXPECT_EQ(bits(atof("x")), bits(0.0));
  EXPECT_EQ(bits(to_double("1e999")), bits(__builtin_inf()));
  EXPECT_EQ(bits(to_double("1e-999")), bits(0.0));
  EXPECT_EQ(errno, EDOM);
}
