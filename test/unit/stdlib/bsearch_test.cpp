#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gpulibc_test.h"

static int compare_int(const void *key, const void *element) {
  const int x = *static_cast<const int *>(key), y = *static_cast<const int *>(element);
  return (x > y) - (x < y);
}

TEST(Bsearch, FindsEveryElementAndNothingElse) {
  int a[64];
  for (int n = 0; n <= 64; ++n) {
    for (int i = 0; i < n; ++i)
      a[i] = 2 * i + 1; // odd numbers: every even key is a miss
    for (int key = -1; key <= 2 * n + 1; ++key) {
      const int *found = static_cast<const int *>(bsearch(&key, a, n, sizeof(int), compare_int));
      if (key % 2 != 0 && key > 0 && key < 2 * n) {
        EXPECT_EQ(found, &a[(key - 1) / 2]);
      } else {
        EXPECT_EQ(found, static_cast<const int *>(nullptr));
      }
    }
  }
}

static int must_not_be_called(const void *, const void *) {
  __builtin_trap();
  return 0;
}

TEST(Bsearch, EmptyArrayCallsNoComparator) {
  const int key = 3;
  EXPECT_EQ(bsearch(&key, nullptr, 0, sizeof(int), must_not_be_called),
            static_cast<void *>(nullptr));
}

TEST(Bsearch, DuplicatesFindOneOfThem) {
  const int a[] = {1, 3, 3, 3, 3, 3, 9};
  const int key = 3;
  const int *found = static_cast<const int *>(bsearch(&key, a, 7, sizeof(int), compare_int));
  ASSERT_TRUE(found != nullptr);
  EXPECT_EQ(*found, 3);
  EXPECT_TRUE(found >= &a[1] && found <= &a[5]);
}

struct Entry {
  char name[9];
  char grade;
};

static int compare_entry_name(const void *key, const void *element) {
  return strcmp(static_cast<const char *>(key), static_cast<const Entry *>(element)->name);
}

TEST(Bsearch, KeyOfAnotherTypeAndOddSize) {
  // The key is passed first, so it need not have the element's type.
  static const Entry table[] = {{"alpha", 1}, {"bravo", 2},   {"charlie", 3}, {"delta", 4},
                                {"echo", 5},  {"foxtrot", 6}, {"golf", 7}};
  static_assert(sizeof(Entry) == 10, "an element size that is no multiple of 4");
  const char *names[] = {"alpha", "charlie", "golf", "echo"};
  for (const char *name : names) {
    const Entry *e =
        static_cast<const Entry *>(bsearch(name, table, 7, sizeof(Entry), compare_entry_name));
    ASSERT_TRUE(e != nullptr);
    EXPECT_STREQ(e->name, name);
  }
  EXPECT_EQ(bsearch("aardvark", table, 7, sizeof(Entry), compare_entry_name),
            static_cast<void *>(nullptr));
  EXPECT_EQ(bsearch("zulu", table, 7, sizeof(Entry), compare_entry_name),
            static_cast<void *>(nullptr));
  EXPECT_EQ(bsearch("dog", table, 7, sizeof(Entry), compare_entry_name),
            static_cast<void *>(nullptr));
}

TEST(Bsearch, AgreesWithQsort) {
  int a[500];
  uint32_t s = 1;
  for (int &x : a) {
    s = s * 1103515245u + 12345u;
    x = static_cast<int>(s >> 8) % 10000;
  }
  qsort(a, 500, sizeof(int), compare_int);
  for (int i = 0; i < 500; ++i) {
    const int *found = static_cast<const int *>(bsearch(&a[i], a, 500, sizeof(int), compare_int));
    ASSERT_TRUE(found != nullptr);
    EXPECT_EQ(*found, a[i]);
  }
}
