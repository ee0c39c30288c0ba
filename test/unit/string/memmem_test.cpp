#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

TEST(Memmem, EmptyNeedleMatchesAtStart) {
  const char text[] = "abc";
  EXPECT_EQ(memmem(text, 3, "", 0), static_cast<const void *>(text));
  EXPECT_EQ(memmem(text, 0, "", 0), static_cast<const void *>(text));
}

TEST(Memmem, NeedleLongerThanHaystack) {
  EXPECT_EQ(memmem("abc", 3, "abcd", 4), kNull);
  EXPECT_EQ(memmem("abc", 0, "a", 1), kNull);
}

TEST(Memmem, SearchesEmbeddedZerosAndBounds) {
  const char text[] = "ab\0cd\0cd\0x";
  EXPECT_EQ(static_cast<const char *>(memmem(text, 10, "\0cd", 3)), text + 2);
  EXPECT_EQ(static_cast<const char *>(memmem(text, 10, "d\0x", 3)), text + 7);
  // A match that would end past the haystack's length does not count.
  EXPECT_EQ(memmem(text, 9, "d\0x", 3), kNull);
  EXPECT_EQ(static_cast<const char *>(memmem(text, 10, "x", 1)), text + 9);
}

TEST(Memmem, BytesAreUnsigned) {
  const unsigned char text[] = {0x10, 0xff, 0x80, 0xff, 0x80, 0x7f};
  const unsigned char needle[] = {0xff, 0x80, 0x7f};
  EXPECT_EQ(memmem(text, 6, needle, 3), static_cast<const void *>(text + 3));
}

TEST(Memmem, PeriodicNeedle) {
  char text[300];
  memset(text, 'a', sizeof(text));
  char needle[20];
  memset(needle, 'a', 19);
  needle[19] = 'b';
  EXPECT_EQ(memmem(text, sizeof(text), needle, 20), kNull);
  text[250] = 'b';
  EXPECT_EQ(static_cast<char *>(memmem(text, sizeof(text), needle, 20)), text + 231);
}
