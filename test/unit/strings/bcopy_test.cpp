#include <string.h>
#include <strings.h>

#include "gpulibc_test.h"

TEST(Bcopy, SourceComesFirst) {
  char dst[8] = "xxxxxxx";
  bcopy("abc", dst, 3);
  EXPECT_STREQ(dst, "abcxxxx");
}

TEST(Bcopy, HandlesOverlapBothWays) {
  char buffer[] = "0123456789abcdef0123";
  bcopy(buffer, buffer + 2, 16);
  EXPECT_STREQ(buffer, "010123456789abcdef23");
  char other[] = "0123456789abcdef0123";
  bcopy(other + 2, other, 16);
  EXPECT_STREQ(other, "23456789abcdef010123");
}
