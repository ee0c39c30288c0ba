#include <string.h>

#include "gpulibc_test.h"

TEST(Strncpy, PadsWithZerosUpToN) {
  char dst[12];
  memset(dst, '#', sizeof(dst));
  EXPECT_EQ(strncpy(dst, "abc", 10), dst);
  EXPECT_MEMEQ(dst, "abc\0\0\0\0\0\0\0##", 12);
}

TEST(Strncpy, LeavesLongSourceUnterminated) {
  char dst[8];
  memset(dst, '#', sizeof(dst));
  strncpy(dst, "abcdefgh", 5);
  EXPECT_MEMEQ(dst, "abcde###", 8);
  strncpy(dst, "xyz", 3);
  EXPECT_MEMEQ(dst, "xyzde###", 8);
}

TEST(Strncpy, ZeroLengthWritesNothing) {
  char dst[2] = {'#', '#'};
  EXPECT_EQ(strncpy(dst, "abc", 0), dst);
  EXPECT_EQ(dst[0], '#');
}

TEST(Strncpy, EveryAlignmentLengthAndLimit) {
  char src[48], dst[56];
  for (size_t from = 0; from < 8; ++from)
    for (size_t to = 0; to < 8; ++to)
      for (size_t length = 0; length < 30; length += 3)
        for (size_t n = 0; n < 40; ++n) {
          for (size_t i = 0; i < length; ++i)
            src[from + i] = static_cast<char>('A' + i);
          src[from + length] = '\0';
          memset(dst, '#', sizeof(dst));
          strncpy(dst + to, src + from, n);
          size_t bad = 0;
          for (size_t i = 0; i < sizeof(dst); ++i) {
            char expected = '#';
            if (i >= to && i < to + n)
              expected = i - to < length ? static_cast<char>('A' + (i - to)) : '\0';
            bad += dst[i] != expected;
          }
          ASSERT_EQ(bad, 0u);
        }
}

TEST(Stpncpy, ReturnsFirstZeroOrEnd) {
  char dst[10];
  memset(dst, '#', sizeof(dst));
  EXPECT_EQ(stpncpy(dst, "ab", 6), dst + 2);
  EXPECT_MEMEQ(dst, "ab\0\0\0\0####", 10);
  EXPECT_EQ(stpncpy(dst, "abcdef", 4), dst + 4);
  EXPECT_MEMEQ(dst, "abcd\0\0####", 10);
  EXPECT_EQ(stpncpy(dst, "abcd", 4), dst + 4);
  EXPECT_EQ(stpncpy(dst, "", 0), dst);
}
