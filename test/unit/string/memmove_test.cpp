#include <string.h>

#include "gpulibc_test.h"

namespace {
unsigned char pattern(size_t i) { return static_cast<unsigned char>(i * 29 + 3); }

// memmove must act as if the source were copied to a temporary first.
void expect_move(gpulibc_test::Context &gpulibc_context, size_t to, size_t from, size_t n) {
  unsigned char buffer[160], expected[160], temporary[160];
  for (size_t i = 0; i < sizeof(buffer); ++i)
    buffer[i] = expected[i] = pattern(i);
  for (size_t i = 0; i < n; ++i)
    temporary[i] = expected[from + i];
  for (size_t i = 0; i < n; ++i)
    expected[to + i] = temporary[i];
  EXPECT_EQ(memmove(buffer + to, buffer + from, n), static_cast<void *>(buffer + to));
  size_t bad = 0;
  for (size_t i = 0; i < sizeof(buffer); ++i)
    bad += buffer[i] != expected[i];
  EXPECT_EQ(bad, 0u);
}
} // namespace

TEST(Memmove, OverlapDestinationAfterSource) {
  for (size_t from = 0; from < 8; ++from)
    for (size_t shift = 1; shift <= 17; ++shift)
      for (size_t n = 0; n <= 100; n += (n < 40 ? 1 : 7))
        expect_move(gpulibc_context, from + shift, from, n);
}

TEST(Memmove, OverlapDestinationBeforeSource) {
  for (size_t to = 0; to < 8; ++to)
    for (size_t shift = 1; shift <= 17; ++shift)
      for (size_t n = 0; n <= 100; n += (n < 40 ? 1 : 7))
        expect_move(gpulibc_context, to, to + shift, n);
}

TEST(Memmove, DisjointAndIdentical) {
  for (size_t n = 0; n <= 50; ++n) {
    expect_move(gpulibc_context, 100, 3, n);
    expect_move(gpulibc_context, 5, 90, n);
    expect_move(gpulibc_context, 7, 7, n);
  }
}
