#include <string.h>

#include "gpulibc_test.h"

namespace {
int sign(int x) { return (x > 0) - (x < 0); }
unsigned char pattern(size_t i) { return static_cast<unsigned char>(i * 13 + 1); }
} // namespace

TEST(Memcmp, ZeroLengthIsEqual) { EXPECT_EQ(memcmp("a", "b", 0), 0); }

TEST(Memcmp, BytesCompareAsUnsigned) {
  EXPECT_GT(memcmp("\x80", "\x01", 1), 0);
  EXPECT_LT(memcmp("\x7f", "\xff", 1), 0);
  const unsigned char a[20] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x90};
  const unsigned char b[20] = {0};
  EXPECT_GT(memcmp(a, b, 20), 0);
  EXPECT_LT(memcmp(b, a, 20), 0);
}

TEST(Memcmp, FirstDifferenceDecidesAtEveryAlignment) {
  unsigned char a[112], b[112];
  for (size_t left = 0; left < 8; ++left)
    for (size_t right = 0; right < 8; ++right)
      for (size_t n = 1; n <= 100; n += 3) {
        for (size_t i = 0; i < n; ++i)
          a[left + i] = b[right + i] = pattern(i);
        ASSERT_EQ(memcmp(a + left, b + right, n), 0);
        for (size_t at = 0; at < n; at += (at < 20 ? 1 : 9)) {
          // A later, opposite difference must not matter.
          b[right + at] = static_cast<unsigned char>(a[left + at] + 1);
          if (at + 1 < n)
            b[right + n - 1] = static_cast<unsigned char>(a[left + n - 1] - 1);
          ASSERT_EQ(sign(memcmp(a + left, b + right, n)), a[left + at] == 0xff ? 1 : -1);
          ASSERT_EQ(sign(memcmp(b + right, a + left, n)), a[left + at] == 0xff ? -1 : 1);
          EXPECT_EQ(memcmp(a + left, b + right, at), 0);
          b[right + at] = a[left + at];
          b[right + n - 1] = a[left + n - 1];
        }
      }
}
