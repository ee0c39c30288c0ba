#include <string.h>

#include "gpulibc_test.h"

TEST(Strxfrm, CopiesWhenItFits) {
  char dst[8];
  EXPECT_EQ(strxfrm(dst, "abc", sizeof(dst)), 3u);
  EXPECT_STREQ(dst, "abc");
  EXPECT_EQ(strxfrm(dst, "abcdefg", 8), 7u);
  EXPECT_STREQ(dst, "abcdefg");
}

TEST(Strxfrm, ReportsTheNeededLengthWhenTooSmall) {
  char dst[4] = {'#', '#', '#', '#'};
  EXPECT_EQ(strxfrm(dst, "abcdef", 3), 6u);
  EXPECT_EQ(dst[3], '#');
  EXPECT_EQ(strxfrm(nullptr, "abcdef", 0), 6u);
}

TEST(Strxfrm, KeysCompareLikeStrcoll) {
  char x[16], y[16];
  strxfrm(x, "apple", sizeof(x));
  strxfrm(y, "apricot", sizeof(y));
  EXPECT_EQ(strcmp(x, y) < 0, strcoll("apple", "apricot") < 0);
}
