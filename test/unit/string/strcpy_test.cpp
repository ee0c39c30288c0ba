#include <string.h>

#include "gpulibc_test.h"

namespace {
constexpr char kGuard = '#';
char letter(size_t i) { return static_cast<char>(i % 2 ? 'a' + i % 26 : 0x80 + i % 100); }
} // namespace

TEST(Strcpy, EveryAlignmentAndLength) {
  char src[120], dst[120];
  for (size_t from = 0; from < 8; ++from)
    for (size_t to = 0; to < 8; ++to)
      for (size_t length = 0; length <= 100; ++length) {
        for (size_t i = 0; i < length; ++i)
          src[from + i] = letter(i);
        src[from + length] = '\0';
        for (size_t i = 0; i < sizeof(dst); ++i)
          dst[i] = kGuard;
        ASSERT_EQ(strcpy(dst + to, src + from), dst + to);
        size_t bad = 0;
        for (size_t i = 0; i < sizeof(dst); ++i) {
          char expected = kGuard;
          if (i >= to && i <= to + length)
            expected = src[from + i - to];
          bad += dst[i] != expected;
        }
        ASSERT_EQ(bad, 0u);
      }
}

TEST(Stpcpy, ReturnsTheCopysTerminator) {
  char src[120], dst[120];
  for (size_t from = 0; from < 8; ++from)
    for (size_t to = 0; to < 8; ++to)
      for (size_t length = 0; length <= 100; length += 3) {
        for (size_t i = 0; i < length; ++i)
          src[from + i] = letter(i);
        src[from + length] = '\0';
        char *end = stpcpy(dst + to, src + from);
        ASSERT_EQ(end, dst + to + length);
        EXPECT_EQ(*end, '\0');
        EXPECT_MEMEQ(dst + to, src + from, length);
      }
}

TEST(Stpcpy, Chains) {
  char buffer[32];
  char *p = stpcpy(buffer, "one");
  p = stpcpy(p, "");
  p = stpcpy(p, ", two");
  EXPECT_EQ(p, buffer + 8);
  EXPECT_STREQ(buffer, "one, two");
}
