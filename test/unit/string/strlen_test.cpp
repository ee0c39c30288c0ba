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

TEST(Strlen, HighBitBytesAreNotTerminators) {
  const char text[] = "\x80\xff\x7f\x01 tail";
  EXPECT_EQ(strlen(text), sizeof(text) - 1);
}
