#include <string.h>

#include "gpulibc_test.h"

TEST(Strcat, Appends) {
  char buffer[32] = "foo";
  EXPECT_EQ(strcat(buffer, "bar"), buffer);
  EXPECT_STREQ(buffer, "foobar");
  strcat(buffer, "");
  EXPECT_STREQ(buffer, "foobar");
  buffer[0] = '\0';
  strcat(buffer, "x");
  EXPECT_STREQ(buffer, "x");
}

TEST(Strcat, EveryAlignmentAndLength) {
  char buffer[96], expected[96];
  for (size_t first = 0; first < 20; ++first)
    for (size_t second = 0; second < 40; ++second) {
      for (size_t i = 0; i < first; ++i)
        buffer[i] = expected[i] = static_cast<char>('a' + i);
      buffer[first] = '\0';
      char tail[48];
      for (size_t i = 0; i < second; ++i)
        tail[i] = expected[first + i] = static_cast<char>('A' + i % 26);
      tail[second] = expected[first + second] = '\0';
      strcat(buffer, tail);
      ASSERT_EQ(strcmp(buffer, expected), 0);
    }
}

TEST(Strncat, AppendsAtMostNAndTerminates) {
  char buffer[16];
  memset(buffer, '#', sizeof(buffer));
  strcpy(buffer, "ab");
  EXPECT_EQ(strncat(buffer, "cdefg", 3), buffer);
  EXPECT_MEMEQ(buffer, "abcde\0##", 8);
  strncat(buffer, "xy", 10);
  EXPECT_MEMEQ(buffer, "abcdexy\0#", 9);
  strncat(buffer, "zzz", 0);
  EXPECT_STREQ(buffer, "abcdexy");
}

TEST(Strncat, SourceNeedNotBeTerminated) {
  char buffer[8] = "a";
  const char source[2] = {'b', 'c'};
  strncat(buffer, source, 2);
  EXPECT_STREQ(buffer, "abc");
}
