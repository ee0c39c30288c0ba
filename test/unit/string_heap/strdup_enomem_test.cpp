// Runs out of heap on purpose, so it is an area (a program) of its own and
// one thread's test: no other test may need the heap afterwards, or at the
// same time on another thread.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

namespace {
// Takes every block malloc will still give, largest first. The volatile
// store keeps the compiler from proving the blocks unused and removing the
// calls.
void exhaust_heap() {
  void *volatile keep;
  for (size_t size = size_t(1) << 40; size >= 1;) {
    void *block = malloc(size);
    if (block)
      keep = block;
    else
      size /= 2;
  }
}
} // namespace

TEST_ONE_THREAD(Strdup, ReportsEnomemWhenTheHeapIsFull) {
  // Formatted once while memory remains; later calls reuse it.
  const char *early = strerror(4242);
  EXPECT_STREQ(early, "Unknown error 4242");
  exhaust_heap();

  // Called through pointers: clang (22, glibc hosts too) takes the
  // allocating library functions to leave errno alone and would keep
  // errno's 0 across a direct call.
  char *(*volatile duplicate)(const char *) = strdup;
  char *(*volatile duplicate_n)(const char *, size_t) = strndup;
  errno = 0;
  EXPECT_EQ(duplicate("no room for this"), kNull);
  EXPECT_EQ(errno, ENOMEM);
  errno = 0;
  EXPECT_EQ(duplicate_n("no room for this", 8), kNull);
  EXPECT_EQ(errno, ENOMEM);

  // strerror still answers, and leaves errno alone when it cannot format.
  errno = 0;
  EXPECT_STREQ(strerror(ENOMEM), "Cannot allocate memory");
  EXPECT_STREQ(strerror(4242), "Unknown error 4242");
  EXPECT_STREQ(strerror(4243), "Unknown error");
  EXPECT_STREQ(strsignal(99), "Unknown signal");
  EXPECT_EQ(errno, 0);
}
