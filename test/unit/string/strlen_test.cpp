#include <string.h>

#include "gpulibc_test.h"

TEST(Strlen, EmptyString) { EXPECT_EQ(strlen(""), 0u); }

TEST(Strlen, EveryAlignmentAndLength) {
  // Word-at-a-time scanning must not depend on where the string starts or
  // where its terminator falls within a word.
  char buffer[80];
  for (size_t start = 0; start < 8; ++start)
    for (size_t length = 0; length < 64; ++length) {
      for (size_t i = 0; i < sizeof(buffer); ++i)
        buffer[i] = 'x';
      buffer[start + length] = '\0';
      EXPECT_EQ(strlen(buffer + start), length);
    }
}

TEST(Strlen, ZerosBeforeTheStartAreIgnored) {
  char buffer[16] = {0};
  buffer[5] = 'a';
  buffer[6] = 'b';
  EXPECT_EQ(strlen(buffer + 5), 2u);
}

TEST(Strlen, HighBitBytesAreNotTerminators) {
  const char text[] = "\x80\xff\x7f\x01 tail";
  EXPECT_EQ(strlen(text), sizeof(text) - 1);
}

TEST(Strnlen, StopsAtTheLimit) {
  EXPECT_EQ(strnlen("hello", 0), 0u);
  EXPECT_EQ(strnlen("hello", 3), 3u);
  EXPECT_EQ(strnlen("hello", 5), 5u);
  EXPECT_EQ(strnlen("hello", 6), 5u);
  EXPECT_EQ(strnlen("hello", (size_t)-1), 5u);
  EXPECT_EQ(strnlen("", 4), 0u);
  // The array need not be terminated within the limit.
  const char unterminated[3] = {'a', 'b', 'c'};
  EXPECT_EQ(strnlen(unterminated, 3), 3u);
}

TEST(Strnlen, EveryAlignmentAndLength) {
  char buffer[80];
  for (size_t start = 0; start < 8; ++start)
    for (size_t length = 0; length < 64; ++length) {
      for (size_t i = 0; i < sizeof(buffer); ++i)
        buffer[i] = 'x';
      buffer[start + length] = '\0';
      for (size_t limit = 0; limit < 70; limit += 3)
        ASSERT_EQ(strnlen(buffer + start, limit), length < limit ? length : limit);
    }
}
