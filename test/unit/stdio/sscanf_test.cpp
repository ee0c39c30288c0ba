#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gpulibc_test.h"

// Some formats here are deliberately not literals.
#pragma clang diagnostic ignored "-Wformat-security"

// Every conversion is checked against glibc by test/host/scanf_diff_test;
// these tests check the entry points' wiring on the device: arguments,
// return values, stores, %n and errno.

static unsigned long long bits(double x) {
  unsigned long long b;
  memcpy(&b, &x, sizeof(b));
  return b;
}

TEST(Sscanf, ReturnsTheNumberOfAssignments) {
  int a = 0, b = 0;
  char word[8] = "";
  EXPECT_EQ(sscanf("12 abc 34", "%d %s %d", &a, word, &b), 3);
  EXPECT_EQ(a, 12);
  EXPECT_STREQ(word, "abc");
  EXPECT_EQ(b, 34);
  // Suppressed conversions are not counted; a mismatch stops the scan.
  EXPECT_EQ(sscanf("12 abc 34", "%*d %*s %d", &a), 1);
  EXPECT_EQ(a, 34);
  EXPECT_EQ(sscanf("12 abc", "%d %d", &a, &b), 1);
  EXPECT_EQ(sscanf("x", "%d", &a), 0);
  EXPECT_EQ(sscanf("12", "%d,%d", &a, &b), 1);
}

TEST(Sscanf, EofOnlyWhenInputEndsBeforeTheFirstAssignment) {
  int a = 0, n = -1;
  char c = 0;
  EXPECT_EQ(sscanf("", "%d", &a), EOF);
  EXPECT_EQ(sscanf("   ", "%d", &a), EOF);
  EXPECT_EQ(sscanf("", "%c", &c), EOF);
  EXPECT_EQ(sscanf("abc", "abc%d", &a), EOF);
  EXPECT_EQ(sscanf("5", "%d%d", &a, &a), 1);
  const char *empty = "";
  EXPECT_EQ(sscanf("", empty, &a), 0);
  EXPECT_EQ(sscanf("", "%n", &n), 0);
  EXPECT_EQ(n, 0);
}

TEST(Sscanf, Integers) {
  int i = 0;
  unsigned u = 0, u2 = 0;
  signed char hh = 0;
  short h = 0;
  long l = 0;
  long long ll = 0;
  size_t z = 0;
  void *p = nullptr;
  EXPECT_EQ(sscanf("-42 0x1f 017 4294967295", "%d %li %lli %u", &i, &l, &ll, &u), 4);
  EXPECT_EQ(i, -42);
  EXPECT_EQ(l, 31);
  EXPECT_EQ(ll, 15);
  EXPECT_EQ(u, 4294967295u);
  EXPECT_EQ(sscanf("777 ff FF", "%o %x %lX", &u, &u2, &l), 3);
  EXPECT_EQ(u, 0777u);
  EXPECT_EQ(u2, 0xffu);
  EXPECT_EQ(l, 0xff);
  EXPECT_EQ(sscanf("-129 70000 -9223372036854775808 18446744073709551615",
                   "%hhd %hd %lld %zu", &hh, &h, &ll, &z),
            4);
  EXPECT_EQ((int)hh, 127); // Truncated, as in glibc.
  EXPECT_EQ((int)h, 70000 - 65536);
  EXPECT_EQ(ll, -9223372036854775807LL - 1);
  EXPECT_EQ(z, ~size_t(0));
  EXPECT_EQ(sscanf("0x1234 (nil)", "%p", &p), 1);
  EXPECT_EQ((unsigned long)p, 0x1234ul);
  EXPECT_EQ(sscanf("(nil)", "%p", &p), 1);
  EXPECT_TRUE(p == nullptr);
}

TEST(Sscanf, FieldWidthsSplitNumbers) {
  int a = 0, b = 0, n = 0;
  EXPECT_EQ(sscanf("12345", "%3d%d%n", &a, &b, &n), 2);
  EXPECT_EQ(a, 123);
  EXPECT_EQ(b, 45);
  EXPECT_EQ(n, 5);
  double d = 0;
  EXPECT_EQ(sscanf("1.2345", "%4lf%n", &d, &n), 1);
  EXPECT_EQ(bits(d), bits(1.23));
  EXPECT_EQ(n, 4);
}

TEST(Sscanf, Floats) {
  float f = 0;
  double d = 0;
  long double ld = 0;
  int n = 0;
  EXPECT_EQ(sscanf("1.5 -2.5e3 0x1.8p1", "%f %le %La", &f, &d, &ld), 3);
  EXPECT_TRUE(f == 1.5f);
  EXPECT_TRUE(d == -2500.0);
  EXPECT_TRUE(ld == 3.0L);
  EXPECT_EQ(sscanf("0.1", "%lg", &d), 1);
  EXPECT_EQ(bits(d), bits(0.1));
  EXPECT_EQ(sscanf("-infinity nan", "%lf %lf", &d, &d), 2);
  EXPECT_TRUE(d != d);
  EXPECT_EQ(sscanf("-inf", "%lf", &d), 1);
  EXPECT_TRUE(d < -1.0e308);
  // glibc takes the longest prefix that could start a number.
  EXPECT_EQ(sscanf("1e+x", "%lf%n", &d, &n), 1);
  EXPECT_TRUE(d == 1.0);
  EXPECT_EQ(n, 3);
}

TEST(Sscanf, CharactersStringsAndScansets) {
  char c[4] = "";
  char s[16] = "";
  char t[16] = "";
  int n = 0;
  EXPECT_EQ(sscanf(" ab", "%c%2c%n", &c[0], &c[1], &n), 2);
  EXPECT_EQ(c[0], ' ');
  EXPECT_EQ(c[1], 'a');
  EXPECT_EQ(c[2], 'b');
  EXPECT_EQ(n, 3);
  EXPECT_EQ(sscanf("  hello world", "%s%n", s, &n), 1);
  EXPECT_STREQ(s, "hello");
  EXPECT_EQ(n, 7);
  EXPECT_EQ(sscanf("abcdef", "%3s%s", s, t), 2);
  EXPECT_STREQ(s, "abc");
  EXPECT_STREQ(t, "def");
  EXPECT_EQ(sscanf("key=value;rest", "%[a-z]=%[^;]", s, t), 2);
  EXPECT_STREQ(s, "key");
  EXPECT_STREQ(t, "value");
  EXPECT_EQ(sscanf("]]-x", "%[]-]%n", s, &n), 1);
  EXPECT_STREQ(s, "]]-");
  EXPECT_EQ(n, 3);
  // An empty match is a matching failure.
  EXPECT_EQ(sscanf("xyz", "%[a-c]", s), 0);
}

TEST(Sscanf, CountConversionIsNotAnAssignment) {
  int a = 0, n1 = -1, n2 = -1;
  signed char hh = -1;
  long l = -1;
  EXPECT_EQ(sscanf("123", "%d%n%n%d", &a, &n1, &n2, &a), 1);
  EXPECT_EQ(n1, 3);
  EXPECT_EQ(n2, 3);
  EXPECT_EQ(sscanf("  x  y", " x%hhn y%ln", &hh, &l), 0);
  EXPECT_EQ((int)hh, 3);
  EXPECT_EQ(l, 6);
}

TEST(Sscanf, WideConversions) {
  wchar_t c[2] = {0, 0};
  wchar_t s[8] = {0};
  wchar_t set[8] = {0};
  EXPECT_EQ(sscanf("ab cd e;", "%lc%*c%ls%l[^;]", &c[0], s, set), 3);
  EXPECT_TRUE(c[0] == L'a');
  EXPECT_TRUE(s[0] == L'c' && s[1] == L'd' && s[2] == 0);
  EXPECT_TRUE(set[0] == L' ' && set[1] == L'e' && set[2] == 0);
  errno = 0;
  EXPECT_EQ(sscanf("a\x80", "%ls", s), 0);
  EXPECT_EQ(errno, EILSEQ);
}

TEST(Sscanf, PositionalArguments) {
  int a = 0, b = 0;
  EXPECT_EQ(sscanf("5 6", "%2$d %1$d", &a, &b), 2);
  EXPECT_EQ(a, 6);
  EXPECT_EQ(b, 5);
}

TEST(Sscanf, Errno) {
  double d = 0;
  int a = 0;
  errno = 0;
  EXPECT_EQ(sscanf("1e999", "%lf", &d), 1);
  EXPECT_EQ(errno, ERANGE);
  errno = 0;
  EXPECT_EQ(sscanf("99999999999999999999", "%d", &a), 1);
  EXPECT_EQ(errno, ERANGE);
  EXPECT_EQ(a, -1); // (int)LONG_MAX, as in glibc.
  // glibc clears errno when the input ends while skipping white space.
  errno = EDOM;
  EXPECT_EQ(sscanf("  ", "%d", &a), EOF);
  EXPECT_EQ(errno, 0);
  errno = EDOM;
  EXPECT_EQ(sscanf("1 2", "%d %d", &a, &a), 2);
  EXPECT_EQ(errno, EDOM);
  const char *volatile no_format = nullptr;
  errno = 0;
  EXPECT_EQ(sscanf("1", no_format), EOF);
  EXPECT_EQ(errno, EINVAL);
}

static int scan_list(const char *input, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int result = vsscanf(input, format, args);
  va_end(args);
  return result;
}

TEST(Vsscanf, TakesTheArgumentList) {
  int a = 0, n = 0;
  char s[8] = "";
  EXPECT_EQ(scan_list("7 seven", "%d %s%n", &a, s, &n), 2);
  EXPECT_EQ(a, 7);
  EXPECT_STREQ(s, "seven");
  EXPECT_EQ(n, 7);
  EXPECT_EQ(scan_list("", "%d", &a), EOF);
  EXPECT_EQ(scan_list("2 1", "%2$d %1$d", &n, &a), 2);
  EXPECT_EQ(a, 2);
  EXPECT_EQ(n, 1);
}
