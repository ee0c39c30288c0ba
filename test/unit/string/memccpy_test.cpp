#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

TEST(Memccpy, StopsAfterTheCharacter) {
  char dst[16];
  memset(dst, '.', sizeof(dst));
  char *end = static_cast<char *>(memccpy(dst, "key=value", '=', 9));
  EXPECT_EQ(end, dst + 4);
  EXPECT_EQ(memcmp(dst, "key=.", 5), 0);
}

TEST(Memccpy, CopiesAllAndReturnsNullWhenAbsent) {
  char dst[16];
  memset(dst, '.', sizeof(dst));
  EXPECT_EQ(memccpy(dst, "abcdef", 'z', 6), kNull);
  EXPECT_EQ(memcmp(dst, "abcdef.", 7), 0);
  // The character just past n is not looked at.
  EXPECT_EQ(memccpy(dst, "abcdef", 'f', 5), kNull);
  EXPECT_EQ(memccpy(dst, "abc", 'a', 0), kNull);
}

TEST(Memccpy, CharacterIsConvertedToUnsignedChar) {
  char dst[8];
  EXPECT_EQ(static_cast<char *>(memccpy(dst, "a\xf0z", 0x1f0, 3)), dst + 2);
  EXPECT_EQ(static_cast<char *>(memccpy(dst, "ab\0cd", 0, 5)), dst + 3);
}

TEST(Memccpy, EveryPosition) {
  char src[70], dst[70];
  for (size_t at = 0; at < 64; ++at) {
    for (size_t i = 0; i < 64; ++i)
      src[i] = static_cast<char>('a' + i % 20);
    src[at] = '#';
    memset(dst, 0, sizeof(dst));
    ASSERT_EQ(static_cast<char *>(memccpy(dst, src, '#', 64)), dst + at + 1);
    EXPECT_EQ(memcmp(dst, src, at + 1), 0);
    EXPECT_EQ(dst[at + 1], 0);
  }
}
