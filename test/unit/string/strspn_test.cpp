#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

TEST(Strspn, CountsLeadingMembers) {
  EXPECT_EQ(strspn("abcde", "abc"), 3u);
  EXPECT_EQ(strspn("abcde", "cba"), 3u);
  EXPECT_EQ(strspn("aaab", "a"), 3u);
  EXPECT_EQ(strspn("abc", "abc"), 3u);
  EXPECT_EQ(strspn("abc", ""), 0u);
  EXPECT_EQ(strspn("", "abc"), 0u);
  EXPECT_EQ(strspn("\xff\x80x", "\x80\xff"), 2u);
}

TEST(Strcspn, CountsLeadingNonMembers) {
  EXPECT_EQ(strcspn("abcde", "dx"), 3u);
  EXPECT_EQ(strcspn("abcde", "d"), 3u);
  EXPECT_EQ(strcspn("abcde", "xyz"), 5u);
  EXPECT_EQ(strcspn("abcde", ""), 5u);
  EXPECT_EQ(strcspn("", "a"), 0u);
  EXPECT_EQ(strcspn("ab\xe9", "\xe9"), 2u);
}

TEST(Strpbrk, FindsFirstMember) {
  const char text[] = "key = value; other";
  EXPECT_EQ(strpbrk(text, "=;"), text + 4);
  EXPECT_EQ(strpbrk(text, ";"), text + 11);
  EXPECT_EQ(strpbrk(text, "#"), kNull);
  EXPECT_EQ(strpbrk(text, ""), kNull);
  EXPECT_EQ(strpbrk("", "a"), kNull);
}
