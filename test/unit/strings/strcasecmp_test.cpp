#include <strings.h>

#include "gpulibc_test.h"

namespace {
int sign(int x) { return (x > 0) - (x < 0); }
} // namespace

TEST(Strcasecmp, IgnoresAsciiCase) {
  EXPECT_EQ(strcasecmp("Hello", "hELLO"), 0);
  EXPECT_EQ(strcasecmp("", ""), 0);
  EXPECT_LT(strcasecmp("apple", "BANANA"), 0);
  EXPECT_GT(strcasecmp("Zebra", "apple"), 0);
  EXPECT_LT(strcasecmp("ab", "ABC"), 0);
  EXPECT_GT(strcasecmp("ABC", "ab"), 0);
}

TEST(Strcasecmp, ComparesLowerCaseValues) {
  // As in glibc: 'A' folds to 'a' (0x61), which is above '_' (0x5f).
  EXPECT_GT(strcasecmp("A", "_"), 0);
  EXPECT_EQ(sign(strcasecmp("[", "a")), -1);
  // Bytes >= 0x80 have no case in the "C" locale and compare unsigned.
  EXPECT_NE(strcasecmp("\xc9", "\xe9"), 0);
  EXPECT_GT(strcasecmp("\x80", "a"), 0);
}

TEST(Strncasecmp, StopsAtN) {
  EXPECT_EQ(strncasecmp("HELLO world", "hello WORLDS", 11), 0);
  EXPECT_LT(strncasecmp("HELLO world", "hello WORLDS", 12), 0);
  EXPECT_EQ(strncasecmp("abc", "xyz", 0), 0);
  EXPECT_EQ(strncasecmp("abc", "ABC", 100), 0);
  EXPECT_GT(strncasecmp("abd", "ABC", 3), 0);
}
