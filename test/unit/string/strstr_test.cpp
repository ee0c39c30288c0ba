#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

namespace {
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

const char *naive_search(const char *haystack, const char *needle, bool fold) {
  for (const char *h = haystack;; ++h) {
    size_t k = 0;
    while (needle[k] && h[k] &&
           (fold ? lower(h[k]) == lower(needle[k]) : h[k] == needle[k]))
      ++k;
    if (!needle[k])
      return h;
    if (!*h)
      return nullptr;
  }
}

// A tiny deterministic generator; each thread makes the same sequence.
struct Random {
  uint32_t state;
  uint32_t next() { return state = state * 1664525u + 1013904223u; }
};
} // namespace

TEST(Strstr, EmptyNeedleMatchesAtStart) {
  const char text[] = "abc";
  EXPECT_EQ(strstr(text, ""), text);
  const char empty[] = "";
  EXPECT_EQ(strstr(empty, ""), empty);
  EXPECT_EQ(strcasestr(text, ""), text);
}

TEST(Strstr, NeedleLongerThanHaystack) {
  EXPECT_EQ(strstr("abc", "abcd"), kNull);
  EXPECT_EQ(strstr("", "a"), kNull);
  EXPECT_EQ(strcasestr("ABC", "abcd"), kNull);
}

TEST(Strstr, FindsFirstOccurrence) {
  const char text[] = "the cat sat on the mat";
  EXPECT_EQ(strstr(text, "the"), text);
  EXPECT_EQ(strstr(text, "at"), text + 5);
  EXPECT_EQ(strstr(text, "mat"), text + 19);
  EXPECT_EQ(strstr(text, "t"), text);
  EXPECT_EQ(strstr(text, "dog"), kNull);
  EXPECT_EQ(strstr(text, "mat!"), kNull);
  const char repeated[] = "abcabd";
  EXPECT_EQ(strstr(repeated, "abd"), repeated + 3);
}

TEST(Strstr, HighBytes) {
  const char text[] = "a\xe9\xe9t\xc3\xa9";
  EXPECT_EQ(strstr(text, "\xe9t"), text + 2);
  EXPECT_EQ(strstr(text, "\xc3\xa9"), text + 4);
  EXPECT_EQ(strcasestr(text, "\xe9T"), text + 2);
}

TEST(Strstr, PeriodicNeedleIsLinear) {
  // Naive search would take about 2000 * 1000 steps here.
  char text[2001], needle[1001];
  memset(text, 'a', 2000);
  text[2000] = '\0';
  memset(needle, 'a', 1000);
  needle[999] = 'b';
  needle[1000] = '\0';
  EXPECT_EQ(strstr(text, needle), kNull);
  text[1500] = 'b';
  EXPECT_EQ(strstr(text, needle), text + 501);
}

TEST(Strstr, MatchesNaiveSearchOnRandomText) {
  Random random{12345};
  char text[64], needle[8];
  for (int round = 0; round < 3000; ++round) {
    size_t length = random.next() % 60, needle_length = 1 + random.next() % 6;
    uint32_t letters = 1 + random.next() % 3;
    for (size_t i = 0; i < length; ++i)
      text[i] = static_cast<char>('a' + random.next() % letters);
    text[length] = '\0';
    for (size_t i = 0; i < needle_length; ++i)
      needle[i] = static_cast<char>('a' + random.next() % letters);
    needle[needle_length] = '\0';
    ASSERT_EQ(strstr(text, needle), naive_search(text, needle, false));
    needle[0] = static_cast<char>(needle[0] - 32); // upper case
    ASSERT_EQ(strcasestr(text, needle), naive_search(text, needle, true));
  }
}

TEST(Strcasestr, IgnoresAsciiCase) {
  const char text[] = "Hello, World";
  EXPECT_EQ(strcasestr(text, "WORLD"), text + 7);
  EXPECT_EQ(strcasestr(text, "hello"), text);
  EXPECT_EQ(strcasestr(text, "o, w"), text + 4);
  EXPECT_EQ(strcasestr(text, "worlds"), kNull);
  EXPECT_EQ(strstr(text, "world"), kNull);
  // Only ASCII letters fold: '@' and '`' are not a case pair.
  EXPECT_EQ(strcasestr("a@b", "a`b"), kNull);
}
