#include <strings.h>

#include "gpulibc_test.h"

TEST(Bcmp, ZeroOnlyWhenEqual) {
  EXPECT_EQ(bcmp("abc", "abc", 3), 0);
  EXPECT_NE(bcmp("abc", "abd", 3), 0);
  EXPECT_EQ(bcmp("abc", "abd", 2), 0);
  EXPECT_EQ(bcmp("a", "b", 0), 0);
}

TEST(Bcmp, EveryPosition) {
  unsigned char a[70], b[70];
  for (size_t i = 0; i < sizeof(a); ++i)
    a[i] = b[i] = static_cast<unsigned char>(i * 5);
  for (size_t at = 0; at < 64; ++at) {
    b[at + 3] ^= 0x80;
    EXPECT_NE(bcmp(a + 3, b + 3, 64), 0);
    EXPECT_EQ(bcmp(a + 3, b + 3, at), 0);
    b[at + 3] ^= 0x80;
  }
}
