#include <limits.h>
#include <stdlib.h>

#include "gpulibc_test.h"

TEST(Abs, SmallValues) {
  EXPECT_EQ(abs(0), 0);
  EXPECT_EQ(abs(7), 7);
  EXPECT_EQ(abs(-7), 7);
  EXPECT_EQ(labs(-123456789012L), 123456789012L);
  EXPECT_EQ(llabs(-123456789012345LL), 123456789012345LL);
}

TEST(Abs, ExtremesAsGlibc) {
  EXPECT_EQ(abs(INT_MAX), INT_MAX);
  EXPECT_EQ(abs(-INT_MAX), INT_MAX);
  EXPECT_EQ(labs(-LONG_MAX), LONG_MAX);
  EXPECT_EQ(llabs(-LLONG_MAX), LLONG_MAX);
  // Undefined in C; glibc returns the argument, and so does the library. The
  // calls go through pointers: the compiler's builtin abs may fold it to
  // anything.
  int (*volatile int_abs)(int) = abs;
  long (*volatile long_abs)(long) = labs;
  long long (*volatile long_long_abs)(long long) = llabs;
  EXPECT_EQ(int_abs(INT_MIN), INT_MIN);
  EXPECT_EQ(long_abs(LONG_MIN), LONG_MIN);
  EXPECT_EQ(long_long_abs(LLONG_MIN), LLONG_MIN);
}

TEST(Div, TruncatesTowardZero) {
  // C99 and later: the quotient truncates, the remainder has the sign of
  // the numerator, and quot * denom + rem == numer.
  const int cases[][4] = {{7, 2, 3, 1},    {-7, 2, -3, -1}, {7, -2, -3, 1},
                          {-7, -2, 3, -1}, {0, 5, 0, 0},    {6, 3, 2, 0}};
  for (const auto &c : cases) {
    div_t d = div(c[0], c[1]);
    EXPECT_EQ(d.quot, c[2]);
    EXPECT_EQ(d.rem, c[3]);
    ldiv_t l = ldiv(c[0] * 1000000000L, c[1] * 1000000000L);
    EXPECT_EQ(l.quot, static_cast<long>(c[2]));
    EXPECT_EQ(l.rem, c[3] * 1000000000L);
    lldiv_t ll = lldiv(c[0] * 3000000000LL, c[1] * 1LL);
    EXPECT_EQ(ll.quot, c[0] * 3000000000LL / c[1]);
    EXPECT_EQ(ll.rem, c[0] * 3000000000LL % c[1]);
  }
}

TEST(Div, Extremes) {
  div_t d = div(INT_MIN, 1);
  EXPECT_EQ(d.quot, INT_MIN);
  EXPECT_EQ(d.rem, 0);
  d = div(INT_MIN, INT_MAX);
  EXPECT_EQ(d.quot, -1);
  EXPECT_EQ(d.rem, -1);
  ldiv_t l = ldiv(LONG_MAX, -1);
  EXPECT_EQ(l.quot, -LONG_MAX);
  EXPECT_EQ(l.rem, 0L);
  lldiv_t ll = lldiv(LLONG_MIN, 10);
  EXPECT_EQ(ll.quot, LLONG_MIN / 10);
  EXPECT_EQ(ll.rem, -8LL);
}

TEST(Stdlib, Macros) {
  EXPECT_EQ(RAND_MAX, 2147483647);
  EXPECT_EQ(MB_CUR_MAX, static_cast<size_t>(1));
  EXPECT_EQ(EXIT_SUCCESS, 0);
  EXPECT_EQ(EXIT_FAILURE, 1);
  // The members are named as C requires; their order is glibc's.
  div_t d = {1, 2};
  EXPECT_EQ(d.quot, 1);
  EXPECT_EQ(d.rem, 2);
}
