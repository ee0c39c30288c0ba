#include <stdlib.h>

#include "gpulibc_test.h"

// rand's state is one per program, and all of test/unit/stdlib is one
// program, so every test that calls rand runs on one thread and no other
// test in the area may call rand (a concurrent caller would change the
// sequences checked here). StartsAsIfSeededWithOne also needs to make the
// program's first call.

TEST_ONE_THREAD(Rand, StartsAsIfSeededWithOne) {
  // Must run first: no rand() call may precede it in this program.
  int first[8];
  for (int &x : first)
    x = rand();
  srand(1);
  for (int x : first)
    EXPECT_EQ(rand(), x);
}

TEST_ONE_THREAD(Rand, SameSeedSameSequence) {
  int a[16];
  srand(12345);
  for (int &x : a)
    x = rand();
  srand(54321);
  int different = 0;
  for (int x : a)
    different += rand() != x;
  EXPECT_GT(different, 12);
  srand(12345);
  for (int x : a)
    EXPECT_EQ(rand(), x);
}

TEST_ONE_THREAD(Rand, ValuesSpreadOverTheRange) {
  srand(7);
  const int n = 20000;
  long long sum = 0;
  int odd = 0, high = 0, buckets[16] = {};
  for (int i = 0; i < n; ++i) {
    const int x = rand();
    ASSERT_TRUE(x >= 0 && x <= RAND_MAX);
    sum += x;
    odd += x & 1;
    high += x >= (1 << 30);
    ++buckets[x >> 27];
  }
  // Loose bounds, about 6 standard deviations: a broken generator fails
  // them, a working one essentially never does.
  const long long mean = sum / n;
  EXPECT_GT(mean, RAND_MAX / 2 - RAND_MAX / 40);
  EXPECT_LT(mean, RAND_MAX / 2 + RAND_MAX / 40);
  EXPECT_GT(odd, n / 2 - 450);
  EXPECT_LT(odd, n / 2 + 450);
  EXPECT_GT(high, n / 2 - 450);
  EXPECT_LT(high, n / 2 + 450);
  for (int b : buckets) {
    EXPECT_GT(b, n / 16 - 250);
    EXPECT_LT(b, n / 16 + 250);
  }
}

TEST_ONE_THREAD(Rand, ZeroAndLargeSeedsWork) {
  const unsigned seeds[] = {0u, 0xffffffffu, 0x80000000u};
  for (unsigned seed : seeds) {
    srand(seed);
    const int a = rand(), b = rand(), c = rand();
    EXPECT_FALSE(a == b && b == c);
    srand(seed);
    EXPECT_EQ(rand(), a);
  }
}
