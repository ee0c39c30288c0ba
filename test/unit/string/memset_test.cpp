#include <string.h>

#include "gpulibc_test.h"

TEST(Memset, EveryAlignmentAndLength) {
  unsigned char buffer[128];
  for (size_t start = 0; start < 8; ++start)
    for (size_t n = 0; n <= 100; ++n) {
      for (size_t i = 0; i < sizeof(buffer); ++i)
        buffer[i] = 0x11;
      ASSERT_EQ(memset(buffer + start, 0xa5, n), static_cast<void *>(buffer + start));
      size_t bad = 0;
      for (size_t i = 0; i < sizeof(buffer); ++i)
        bad += buffer[i] != (i >= start && i < start + n ? 0xa5 : 0x11);
      ASSERT_EQ(bad, 0u);
    }
}

TEST(Memset, ValueIsConvertedToUnsignedChar) {
  unsigned char buffer[20];
  memset(buffer, 0x1ff, sizeof(buffer));
  EXPECT_EQ(buffer[0], 0xff);
  EXPECT_EQ(buffer[19], 0xff);
  memset(buffer, -2, sizeof(buffer));
  EXPECT_EQ(buffer[7], 0xfe);
}

TEST(Memset, LongFill) {
  unsigned char buffer[1000];
  memset(buffer, 0, sizeof(buffer));
  memset(buffer + 3, 'z', 990);
  EXPECT_EQ(buffer[2], 0);
  EXPECT_EQ(buffer[3], 'z');
  EXPECT_EQ(buffer[992], 'z');
  EXPECT_EQ(buffer[993], 0);
}
