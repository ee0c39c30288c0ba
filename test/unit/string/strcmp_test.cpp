#include <string.h>

#include "gpulibc_test.h"

namespace {
int sign(int x) { return (x > 0) - (x < 0); }
} // namespace

TEST(Strcmp, Basics) {
  EXPECT_EQ(strcmp("", ""), 0);
  EXPECT_EQ(strcmp("abc", "abc"), 0);
  EXPECT_LT(strcmp("abc", "abd"), 0);
  EXPECT_GT(strcmp("abd", "abc"), 0);
  EXPECT_LT(strcmp("ab", "abc"), 0);
  EXPECT_GT(strcmp("abc", "ab"), 0);
  EXPECT_LT(strcmp("", "a"), 0);
}

TEST(Strcmp, BytesCompareAsUnsignedChar) {
  EXPECT_GT(strcmp("\x80", "\x7f"), 0);
  EXPECT_GT(strcmp("a\xff", "a\x01"), 0);
  EXPECT_GT(strncmp("\xe9", "e", 1), 0);
  EXPECT_GT(strcoll("\x80", "a"), 0);
}

TEST(Strcmp, EveryAlignmentAndDifferencePosition) {
  // Unequal alignments make one side's words straddle; the difference and
  // the terminators must be found in every byte position of a word.
  char a[64], b[64];
  for (size_t left = 0; left < 8; ++left)
    for (size_t right = 0; right < 8; ++right)
      for (size_t length = 0; length < 40; length += 3) {
        for (size_t i = 0; i < length; ++i)
          a[left + i] = b[right + i] = static_cast<char>('a' + (i * 7) % 26);
        a[left + length] = b[right + length] = '\0';
        ASSERT_EQ(strcmp(a + left, b + right), 0);
        ASSERT_EQ(strncmp(a + left, b + right, length + 5), 0);
        for (size_t at = 0; at < length; ++at) {
          b[right + at] = '\xf0';
          EXPECT_LT(strcmp(a + left, b + right), 0);
          EXPECT_GT(strcmp(b + right, a + left), 0);
          EXPECT_LT(strncmp(a + left, b + right, at + 1), 0);
          EXPECT_EQ(strncmp(a + left, b + right, at), 0);
          b[right + at] = a[left + at];
        }
        // A strict prefix compares less.
        if (length) {
          b[right + length - 1] = '\0';
          EXPECT_GT(strcmp(a + left, b + right), 0);
          b[right + length - 1] = a[left + length - 1];
        }
      }
}

TEST(Strncmp, StopsAtN) {
  EXPECT_EQ(strncmp("abc", "abd", 0), 0);
  EXPECT_EQ(strncmp("abc", "abd", 2), 0);
  EXPECT_LT(strncmp("abc", "abd", 3), 0);
  EXPECT_EQ(strncmp("abc", "abc", 100), 0);
  EXPECT_EQ(sign(strncmp("abc", "abcd", 4)), -1);
  // Equal up to each terminator: bytes after it are not compared.
  EXPECT_EQ(strncmp("ab\0x", "ab\0y", 4), 0);
}

TEST(Strncmp, ArraysNeedNotBeTerminated) {
  const char a[3] = {'x', 'y', 'z'};
  const char b[3] = {'x', 'y', 'z'};
  EXPECT_EQ(strncmp(a, b, 3), 0);
}

TEST(Strcoll, IsByteOrderInTheCLocale) {
  EXPECT_EQ(strcoll("abc", "abc"), 0);
  EXPECT_LT(strcoll("B", "a"), 0);
  EXPECT_GT(strcoll("abc", "ab"), 0);
}
