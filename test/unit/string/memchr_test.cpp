#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

TEST(Memchr, EveryAlignmentLengthAndPosition) {
  unsigned char buffer[112];
  for (size_t start = 0; start < 8; ++start)
    for (size_t n = 0; n <= 100; ++n) {
      for (size_t i = 0; i < sizeof(buffer); ++i)
        buffer[i] = 'x';
      // Matches just outside the range must not be found.
      if (start)
        buffer[start - 1] = 0xc3;
      buffer[start + n] = 0xc3;
      ASSERT_EQ(memchr(buffer + start, 0xc3, n), kNull);
      ASSERT_EQ(memrchr(buffer + start, 0xc3, n), kNull);
      for (size_t at = 0; at < n; at += (at < 16 ? 1 : 5)) {
        buffer[start + at] = 0xc3;
        ASSERT_EQ(memchr(buffer + start, 0xc3, n), static_cast<void *>(buffer + start + at));
        ASSERT_EQ(memrchr(buffer + start, 0xc3, n), static_cast<void *>(buffer + start + at));
        buffer[start + at] = 'x';
      }
    }
}

TEST(Memchr, FirstAndLastOfSeveral) {
  const char text[] = "abcabcabc";
  EXPECT_EQ(static_cast<const char *>(memchr(text, 'b', 9)), text + 1);
  EXPECT_EQ(static_cast<const char *>(memrchr(text, 'b', 9)), text + 7);
  EXPECT_EQ(static_cast<const char *>(memrchr(text, 'b', 7)), text + 4);
}

TEST(Memchr, ZeroLengthFindsNothing) {
  EXPECT_EQ(memchr("a", 'a', 0), kNull);
  EXPECT_EQ(memrchr("a", 'a', 0), kNull);
}

TEST(Memchr, CharacterIsConvertedToUnsignedChar) {
  const char text[] = "ab\xe1z";
  EXPECT_EQ(static_cast<const char *>(memchr(text, 0x100 + 'b', 4)), text + 1);
  EXPECT_EQ(static_cast<const char *>(memchr(text, -31, 4)), text + 2); // (char)0xe1
  EXPECT_EQ(static_cast<const char *>(memrchr(text, 0xe1, 4)), text + 2);
}

TEST(Memchr, FindsTerminatorsLikeAnyByte) {
  const char text[] = "a\0b\0c";
  EXPECT_EQ(static_cast<const char *>(memchr(text, 0, 5)), text + 1);
  EXPECT_EQ(static_cast<const char *>(memrchr(text, 0, 5)), text + 3);
  EXPECT_EQ(static_cast<const char *>(memchr(text, 'c', 5)), text + 4);
}
