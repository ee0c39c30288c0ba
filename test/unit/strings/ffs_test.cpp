#include <limits.h>
#include <strings.h>

#include "gpulibc_test.h"

TEST(Ffs, ZeroHasNoSetBit) {
  EXPECT_EQ(ffs(0), 0);
  EXPECT_EQ(ffsl(0), 0);
  EXPECT_EQ(ffsll(0), 0);
}

TEST(Ffs, PositionOfLowestSetBit) {
  EXPECT_EQ(ffs(1), 1);
  EXPECT_EQ(ffs(2), 2);
  EXPECT_EQ(ffs(0x50), 5);
  EXPECT_EQ(ffs(-1), 1);
  EXPECT_EQ(ffs(INT_MIN), 32);
  for (int bit = 0; bit < 31; ++bit)
    EXPECT_EQ(ffs(1 << bit), bit + 1);
}

TEST(Ffs, LongAndLongLong) {
  EXPECT_EQ(ffsl(1L << 40), 41);
  EXPECT_EQ(ffsl(LONG_MIN), 64);
  EXPECT_EQ(ffsll(1LL << 62), 63);
  EXPECT_EQ(ffsll(LLONG_MIN), 64);
  EXPECT_EQ(ffsll(0x100000003LL), 1);
}
