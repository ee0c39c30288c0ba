#include <strings.h>

#include "gpulibc_test.h"

TEST(Bzero, ZeroesExactlyTheRange) {
  unsigned char buffer[64];
  for (size_t start = 0; start < 8; ++start)
    for (size_t n = 0; n <= 50; ++n) {
      for (size_t i = 0; i < sizeof(buffer); ++i)
        buffer[i] = 0x5a;
      bzero(buffer + start, n);
      size_t bad = 0;
      for (size_t i = 0; i < sizeof(buffer); ++i)
        bad += buffer[i] != (i >= start && i < start + n ? 0 : 0x5a);
      ASSERT_EQ(bad, 0u);
    }
}
