#include <string.h>

#include "gpulibc_test.h"

TEST(Strlcpy, ReturnsSourceLength) {
  char dst[8];
  EXPECT_EQ(strlcpy(dst, "abc", sizeof(dst)), 3u);
  EXPECT_STREQ(dst, "abc");
  EXPECT_EQ(strlcpy(dst, "", sizeof(dst)), 0u);
  EXPECT_STREQ(dst, "");
}

TEST(Strlcpy, TruncatesAndTerminates) {
  char dst[8];
  memset(dst, '#', sizeof(dst));
  EXPECT_EQ(strlcpy(dst, "abcdefghijk", sizeof(dst)), 11u);
  EXPECT_STREQ(dst, "abcdefg");
  EXPECT_EQ(strlcpy(dst, "abcdefgh", 8), 8u); // exactly one too long
  EXPECT_STREQ(dst, "abcdefg");
  EXPECT_EQ(strlcpy(dst, "abcdefg", 8), 7u); // exactly fits
  EXPECT_STREQ(dst, "abcdefg");
  EXPECT_EQ(strlcpy(dst, "xyz", 1), 3u);
  EXPECT_STREQ(dst, "");
}

TEST(Strlcpy, ZeroSizeWritesNothing) {
  char dst[2] = {'#', '#'};
  EXPECT_EQ(strlcpy(dst, "hello", 0), 5u);
  EXPECT_EQ(dst[0], '#');
}

TEST(Strlcat, AppendsAndReturnsTotalLength) {
  char dst[10] = "abc";
  EXPECT_EQ(strlcat(dst, "def", sizeof(dst)), 6u);
  EXPECT_STREQ(dst, "abcdef");
  EXPECT_EQ(strlcat(dst, "ghijkl", sizeof(dst)), 12u);
  EXPECT_STREQ(dst, "abcdefghi");
  EXPECT_EQ(strlcat(dst, "", sizeof(dst)), 9u);
  EXPECT_EQ(strlcat(dst, "x", sizeof(dst)), 10u);
  EXPECT_STREQ(dst, "abcdefghi");
}

TEST(Strlcat, UnterminatedDestinationIsLeftAlone) {
  // No terminator within `size` bytes: the result is size + strlen(src).
  char dst[8] = "abcdefg";
  EXPECT_EQ(strlcat(dst, "xyz", 4), 7u);
  EXPECT_STREQ(dst, "abcdefg");
  EXPECT_EQ(strlcat(dst, "xyz", 0), 3u);
  EXPECT_EQ(strlcat(dst, "xyz", 7), 10u);
  EXPECT_STREQ(dst, "abcdefg");
}
