#include <string.h>

#include "gpulibc_test.h"

namespace {
constexpr unsigned char kGuard = 0xee;
unsigned char pattern(size_t i) { return static_cast<unsigned char>(i * 37 + 11); }
} // namespace

TEST(Memcpy, EveryAlignmentAndLength) {
  // Word copies take different paths for equal and unequal alignments and
  // for each tail length; guard bytes catch any write outside the range.
  unsigned char src[128], dst[128];
  for (size_t i = 0; i < sizeof(src); ++i)
    src[i] = pattern(i);
  for (size_t from = 0; from < 8; ++from)
    for (size_t to = 0; to < 8; ++to)
      for (size_t n = 0; n <= 100; ++n) {
        for (size_t i = 0; i < sizeof(dst); ++i)
          dst[i] = kGuard;
        ASSERT_EQ(memcpy(dst + to, src + from, n), static_cast<void *>(dst + to));
        size_t bad = 0;
        for (size_t i = 0; i < sizeof(dst); ++i) {
          bool inside = i >= to && i < to + n;
          bad += dst[i] != (inside ? src[from + i - to] : kGuard);
        }
        ASSERT_EQ(bad, 0u);
      }
}

TEST(Memcpy, LongUnevenCopy) {
  unsigned char src[1031], dst[1040];
  for (size_t i = 0; i < sizeof(src); ++i)
    src[i] = pattern(i);
  memcpy(dst + 5, src + 2, 1029);
  EXPECT_MEMEQ(dst + 5, src + 2, 1029);
}

TEST(Memcpy, ZeroLengthWritesNothing) {
  unsigned char dst[4] = {1, 2, 3, 4};
  const unsigned char src[4] = {9, 9, 9, 9};
  EXPECT_EQ(memcpy(dst, src, 0), static_cast<void *>(dst));
  EXPECT_EQ(dst[0], 1);
  EXPECT_EQ(dst[3], 4);
}

TEST(Mempcpy, ReturnsEndOfCopy) {
  char dst[16];
  char *end = static_cast<char *>(mempcpy(dst, "hello", 5));
  EXPECT_EQ(end, dst + 5);
  end = static_cast<char *>(mempcpy(end, " you", 5));
  EXPECT_EQ(end, dst + 10);
  EXPECT_STREQ(dst, "hello you");
  EXPECT_EQ(static_cast<char *>(mempcpy(dst, "x", 0)), dst);
}
