#include <stdlib.h>
#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

TEST(Strdup, CopiesIntoNewMemory) {
  const char text[] = "duplicate me";
  char *copy = strdup(text);
  ASSERT_NE(copy, kNull);
  EXPECT_NE(copy, text);
  EXPECT_STREQ(copy, text);
  copy[0] = 'D';
  EXPECT_EQ(text[0], 'd');
  free(copy);
  char *empty = strdup("");
  ASSERT_NE(empty, kNull);
  EXPECT_EQ(empty[0], '\0');
  free(empty);
}

TEST(Strndup, CopiesAtMostNAndTerminates) {
  char *copy = strndup("abcdef", 3);
  ASSERT_NE(copy, kNull);
  EXPECT_STREQ(copy, "abc");
  free(copy);
  copy = strndup("abc", 100);
  ASSERT_NE(copy, kNull);
  EXPECT_STREQ(copy, "abc");
  free(copy);
  copy = strndup("abc", 0);
  ASSERT_NE(copy, kNull);
  EXPECT_STREQ(copy, "");
  free(copy);
}

TEST(Strndup, SourceNeedNotBeTerminated) {
  const char letters[4] = {'w', 'x', 'y', 'z'};
  char *copy = strndup(letters, 4);
  ASSERT_NE(copy, kNull);
  EXPECT_STREQ(copy, "wxyz");
  free(copy);
}

TEST(Strdup, LongString) {
  char text[600];
  for (size_t i = 0; i < sizeof(text) - 1; ++i)
    text[i] = static_cast<char>('a' + i % 26);
  text[sizeof(text) - 1] = '\0';
  char *copy = strdup(text + 1);
  ASSERT_NE(copy, kNull);
  EXPECT_STREQ(copy, text + 1);
  free(copy);
}
