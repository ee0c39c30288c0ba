#include <limits.h>
#include <locale.h>
#include <string.h>

#include "gpulibc_test.h"

TEST(Setlocale, OnlyTheCLocale) {
  EXPECT_STREQ(setlocale(LC_ALL, nullptr), "C");
  EXPECT_STREQ(setlocale(LC_ALL, "C"), "C");
  EXPECT_STREQ(setlocale(LC_NUMERIC, "POSIX"), "C");
  EXPECT_STREQ(setlocale(LC_TIME, ""), "C");
  EXPECT_TRUE(setlocale(LC_ALL, "en_US.UTF-8") == nullptr);
  EXPECT_TRUE(setlocale(LC_ALL, "Cx") == nullptr);
  EXPECT_TRUE(setlocale(99, "C") == nullptr);
  EXPECT_TRUE(setlocale(-1, "C") == nullptr);
}

TEST(Localeconv, CValues) {
  struct lconv *c = localeconv();
  ASSERT_TRUE(c != nullptr);
  EXPECT_STREQ(c->decimal_point, ".");
  EXPECT_STREQ(c->thousands_sep, "");
  EXPECT_STREQ(c->grouping, "");
  EXPECT_STREQ(c->currency_symbol, "");
  EXPECT_EQ(c->frac_digits, (char)CHAR_MAX);
  EXPECT_EQ(c->int_n_sign_posn, (char)CHAR_MAX);
}
