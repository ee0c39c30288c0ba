#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

TEST(Strchr, FindsFirst) {
  const char text[] = "hello world";
  EXPECT_EQ(strchr(text, 'o'), text + 4);
  EXPECT_EQ(strchr(text, 'h'), text);
  EXPECT_EQ(strchr(text, 'z'), kNull);
  EXPECT_EQ(strchr("", 'a'), kNull);
}

TEST(Strchr, TerminatorIsPartOfTheString) {
  const char text[] = "abc";
  EXPECT_EQ(strchr(text, '\0'), text + 3);
  EXPECT_EQ(strrchr(text, '\0'), text + 3);
  EXPECT_EQ(strchrnul(text, '\0'), text + 3);
}

TEST(Strchr, CharacterIsConvertedToChar) {
  const char text[] = "a\xe9z";
  EXPECT_EQ(strchr(text, 0xe9), text + 1);
  EXPECT_EQ(strchr(text, 0x100 + 'z'), text + 2);
  EXPECT_EQ(strrchr(text, 0xe9), text + 1);
  EXPECT_EQ(strchr(text, 0x100), text + 3); // (char)0x100 is the terminator
}

TEST(Strrchr, FindsLast) {
  const char text[] = "hello world";
  EXPECT_EQ(strrchr(text, 'o'), text + 7);
  EXPECT_EQ(strrchr(text, 'h'), text);
  EXPECT_EQ(strrchr(text, 'z'), kNull);
  EXPECT_EQ(strrchr("", 'a'), kNull);
}

TEST(Strchrnul, ReturnsTerminatorWhenAbsent) {
  const char text[] = "hello";
  EXPECT_EQ(strchrnul(text, 'l'), text + 2);
  EXPECT_EQ(strchrnul(text, 'z'), text + 5);
  const char empty[] = "";
  EXPECT_EQ(strchrnul(empty, 'a'), empty);
}

TEST(Strchr, EveryAlignmentLengthAndPosition) {
  char buffer[88];
  for (size_t start = 0; start < 8; ++start)
    for (size_t length = 0; length < 70; ++length) {
      for (size_t i = 0; i < sizeof(buffer); ++i)
        buffer[i] = '*';
      buffer[start + length] = '\0';
      // Matches before the start or after the terminator must be ignored.
      if (start)
        buffer[start - 1] = 'q';
      buffer[start + length + 1] = 'q';
      char *s = buffer + start;
      ASSERT_EQ(strchr(s, 'q'), kNull);
      ASSERT_EQ(strrchr(s, 'q'), kNull);
      ASSERT_EQ(strchrnul(s, 'q'), s + length);
      for (size_t at = 0; at < length; ++at) {
        s[at] = 'q';
        ASSERT_EQ(strchr(s, 'q'), s + at);
        ASSERT_EQ(strrchr(s, 'q'), s + at);
        ASSERT_EQ(strchrnul(s, 'q'), s + at);
        if (at > 0) {
          s[0] = 'q';
          ASSERT_EQ(strchr(s, 'q'), s);
          ASSERT_EQ(strrchr(s, 'q'), s + at);
          s[0] = '*';
        }
        s[at] = '*';
      }
    }
}
