#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gpulibc_test.h"

// Elements of W bytes compare as big-endian numbers (memcmp), so elements
// that compare equal are identical and the sorted array is unique: qsort's
// result must equal a reference insertion sort byte for byte.
template <size_t W> static int compare_bytes(const void *a, const void *b) {
  return memcmp(a, b, W);
}

using Compare = int (*)(const void *, const void *);

struct Width {
  size_t size;
  Compare compare;
};
static const Width kWidths[] = {
    {1, compare_bytes<1>},   {2, compare_bytes<2>},     {3, compare_bytes<3>},
    {4, compare_bytes<4>},   {7, compare_bytes<7>},     {8, compare_bytes<8>},
    {12, compare_bytes<12>}, {13, compare_bytes<13>},   {16, compare_bytes<16>},
    {24, compare_bytes<24>}, {100, compare_bytes<100>},
};

static const size_t kCounts[] = {0,  1,  2,  3,  4,  5,  7,   8,   15,  16,  17,  20, 21,
                                 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 257};

struct Random {
  uint64_t state;
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};

enum Pattern { kRandom, kSorted, kReversed, kAllEqual, kFewValues, kOrganPipe, kPatterns };

static void fill(unsigned char *a, size_t n, size_t size, Pattern pattern, Random &random) {
  for (size_t i = 0; i < n; ++i) {
    uint64_t v = 0;
    switch (pattern) {
    case kRandom:
      v = random.next();
      break;
    case kSorted:
      v = i;
      break;
    case kReversed:
      v = n - i;
      break;
    case kAllEqual:
      v = 42;
      break;
    case kFewValues:
      v = random.next() % 4;
      break;
    default:
      v = i < n / 2 ? i : n - i;
      break;
    }
    // The value's low bytes, big-endian, then bytes derived from it, so equal
    // values make equal elements.
    unsigned char *e = a + i * size;
    const size_t head = size < 8 ? size : 8;
    for (size_t k = 0; k < head; ++k)
      e[k] = static_cast<unsigned char>(v >> (8 * (head - 1 - k)));
    for (size_t k = head; k < size; ++k)
      e[k] = static_cast<unsigned char>(v * 31 + k);
  }
}

static void reference_sort(unsigned char *a, size_t n, size_t size) {
  unsigned char t[128];
  for (size_t i = 1; i < n; ++i) {
    memcpy(t, a + i * size, size);
    size_t j = i;
    for (; j > 0 && memcmp(a + (j - 1) * size, t, size) > 0; --j)
      memcpy(a + j * size, a + (j - 1) * size, size);
    memcpy(a + j * size, t, size);
  }
}

// An order-independent digest of the elements: equal digests before and
// after mean (with overwhelming probability) the same multiset.
static uint64_t digest(const unsigned char *a, size_t n, size_t size) {
  uint64_t sum = 0;
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t k = 0; k < size; ++k)
      h = (h ^ a[i * size + k]) * 0x100000001b3ull;
    sum += h ^ (h >> 29);
  }
  return sum;
}

constexpr size_t kGuard = 32;
constexpr unsigned char kCanary = 0xa5;

// A buffer with canaries on both sides of [data, data + bytes).
struct Guarded {
  unsigned char *block;
  unsigned char *data;
  size_t bytes;
  Guarded(size_t capacity, size_t offset) {
    block = static_cast<unsigned char *>(malloc(capacity + 2 * kGuard + 16));
    data = block + kGuard + offset;
    bytes = 0;
  }
  ~Guarded() { free(block); }
  void arm(size_t n) {
    bytes = n;
    memset(data - kGuard, kCanary, kGuard);
    memset(data + bytes, kCanary, kGuard);
  }
  bool intact() const {
    for (size_t i = 0; i < kGuard; ++i)
      if (data[-1 - static_cast<long>(i)] != kCanary || data[bytes + i] != kCanary)
        return false;
    return true;
  }
};

// Every width (or those no larger than max_width), count and pattern, at a
// given misalignment of the array.
static void sort_matrix(gpulibc_test::Context &gpulibc_context, size_t offset,
                        size_t max_width) {
  Guarded array(257 * 100, offset);
  unsigned char *expected = static_cast<unsigned char *>(malloc(257 * 100));
  ASSERT_TRUE(array.block && expected);
  Random random = {0x9e3779b97f4a7c15ull + offset};
  for (const Width &w : kWidths)
    for (size_t n : kCounts)
      for (int p = 0; p < kPatterns && w.size <= max_width; ++p) {
        array.arm(n * w.size);
        fill(array.data, n, w.size, static_cast<Pattern>(p), random);
        memcpy(expected, array.data, n * w.size);
        reference_sort(expected, n, w.size);
        qsort(array.data, n, w.size, w.compare);
        const int failures = gpulibc_context.failures;
        EXPECT_TRUE(array.intact());
        EXPECT_MEMEQ(array.data, expected, n * w.size);
        if (gpulibc_context.failures != failures) {
          printf("  ... width %zu, count %zu, pattern %d, offset %zu\n", w.size, n, p, offset);
          free(expected);
          return;
        }
      }
  free(expected);
}

TEST(Qsort, MatchesReferenceAligned) { sort_matrix(gpulibc_context, 0, 100); }

// Misaligned arrays take the word-by-word and byte-by-byte element movers
// even for the sizes with fixed-size movers.
TEST(Qsort, MatchesReferenceMisaligned) {
  sort_matrix(gpulibc_context, 1, 24);
  sort_matrix(gpulibc_context, 4, 24);
}

static int compare_int(const void *a, const void *b) {
  const int x = *static_cast<const int *>(a), y = *static_cast<const int *>(b);
  return (x > y) - (x < y);
}

// Large enough for every pivot strategy (median of 3, of 9, of a sample).
TEST(Qsort, LargeArraysSortedAndPermuted) {
  const size_t counts[] = {1000, 1025, 5000, 20000};
  int *a = static_cast<int *>(malloc(20000 * sizeof(int)));
  ASSERT_TRUE(a != nullptr);
  Random random = {12345};
  for (size_t n : counts)
    for (int p = 0; p < kPatterns; ++p) {
      for (size_t i = 0; i < n; ++i) {
        const int v = p == kRandom      ? static_cast<int>(random.next())
                      : p == kSorted    ? static_cast<int>(i)
                      : p == kReversed  ? -static_cast<int>(i)
                      : p == kAllEqual  ? 7
                      : p == kFewValues ? static_cast<int>(random.next() % 3) - 1
                                        : static_cast<int>(i < n / 2 ? i : n - i);
        a[i] = v;
      }
      const uint64_t before = digest(reinterpret_cast<unsigned char *>(a), n, sizeof(int));
      qsort(a, n, sizeof(int), compare_int);
      bool sorted = true;
      for (size_t i = 1; i < n; ++i)
        sorted &= a[i - 1] <= a[i];
      EXPECT_TRUE(sorted);
      EXPECT_EQ(digest(reinterpret_cast<unsigned char *>(a), n, sizeof(int)), before);
    }
  free(a);
}

struct Record {
  uint32_t key;
  uint32_t serial;
  uint64_t payload;
};

static int compare_record_key(const void *a, const void *b) {
  const uint32_t x = static_cast<const Record *>(a)->key;
  const uint32_t y = static_cast<const Record *>(b)->key;
  return (x > y) - (x < y);
}

TEST(Qsort, RecordsByKeyKeepTheirPayloads) {
  const size_t n = 3000;
  Record *r = static_cast<Record *>(malloc(n * sizeof(Record)));
  ASSERT_TRUE(r != nullptr);
  Random random = {99};
  for (size_t i = 0; i < n; ++i) {
    const uint32_t key = static_cast<uint32_t>(random.next() % 500);
    r[i] = {key, static_cast<uint32_t>(i), key * 1000003ull + 17};
  }
  const uint64_t before = digest(reinterpret_cast<unsigned char *>(r), n, sizeof(Record));
  qsort(r, n, sizeof(Record), compare_record_key);
  bool ok = true;
  for (size_t i = 0; i < n; ++i) {
    ok &= r[i].payload == r[i].key * 1000003ull + 17;
    if (i)
      ok &= r[i - 1].key <= r[i].key;
  }
  EXPECT_TRUE(ok);
  EXPECT_EQ(digest(reinterpret_cast<unsigned char *>(r), n, sizeof(Record)), before);
  free(r);
}

TEST(Qsort, DegenerateArguments) {
  int never = 0;
  // No elements, or elements of no size: nothing to do, nothing to read.
  qsort(nullptr, 0, sizeof(int), compare_int);
  qsort(&never, 1, sizeof(int), compare_int);
  qsort(&never, 5, 0, compare_int);
  EXPECT_EQ(never, 0);
  int two[2] = {2, 1};
  qsort(two, 2, sizeof(int), compare_int);
  EXPECT_EQ(two[0], 1);
  EXPECT_EQ(two[1], 2);
}

// Inconsistent comparators: the order is unspecified, but every element
// must survive and nothing outside the array may be touched.
static int chaotic(const void *a, const void *b) {
  uint64_t x = reinterpret_cast<uintptr_t>(a) * 0x9e3779b97f4a7c15ull ^
               reinterpret_cast<uintptr_t>(b) * 0xc2b2ae3d27d4eb4full;
  x ^= x >> 31;
  return static_cast<int>(x % 3) - 1;
}
static int always_less(const void *, const void *) { return -1; }
static int always_greater(const void *, const void *) { return 1; }

TEST(Qsort, InconsistentComparatorsStayInBounds) {
  const Compare comparators[] = {chaotic, always_less, always_greater};
  const size_t counts[] = {2, 3, 17, 100, 129, 1000, 2000, 20000};
  const size_t sizes[] = {4, 8, 16, 3, 24};
  Guarded array(20000 * 24, 0);
  ASSERT_TRUE(array.block != nullptr);
  Random random = {7};
  for (Compare compare : comparators)
    for (size_t size : sizes)
      for (size_t n : counts) {
        if (n * size > 20000 * 24 || (n > 2000 && size != 4))
          continue;
        array.arm(n * size);
        fill(array.data, n, size, kRandom, random);
        const uint64_t before = digest(array.data, n, size);
        qsort(array.data, n, size, compare);
        EXPECT_TRUE(array.intact());
        EXPECT_EQ(digest(array.data, n, size), before);
      }
}

// qsort_r: glibc's argument order, compare(a, b, arg).
struct Order {
  int sign;
  unsigned long calls;
};

static int compare_int_ordered(const void *a, const void *b, void *arg) {
  Order *order = static_cast<Order *>(arg);
  ++order->calls;
  return order->sign * compare_int(a, b);
}

TEST(QsortR, PassesArgumentThrough) {
  int a[300];
  Random random = {3};
  for (int &x : a)
    x = static_cast<int>(random.next() % 1000);
  Order descending = {-1, 0};
  qsort_r(a, 300, sizeof(int), compare_int_ordered, &descending);
  bool ok = true;
  for (int i = 1; i < 300; ++i)
    ok &= a[i - 1] >= a[i];
  EXPECT_TRUE(ok);
  EXPECT_GT(descending.calls, 0ul);

  Order ascending = {1, 0};
  qsort_r(a, 300, sizeof(int), compare_int_ordered, &ascending);
  ok = true;
  for (int i = 1; i < 300; ++i)
    ok &= a[i - 1] <= a[i];
  EXPECT_TRUE(ok);
}

static int compare_by_field(const void *a, const void *b, void *arg) {
  const size_t offset = *static_cast<const size_t *>(arg);
  uint32_t x, y;
  memcpy(&x, static_cast<const char *>(a) + offset, sizeof(x));
  memcpy(&y, static_cast<const char *>(b) + offset, sizeof(y));
  return (x > y) - (x < y);
}

TEST(QsortR, ArgumentSelectsTheKey) {
  Record r[50];
  for (uint32_t i = 0; i < 50; ++i)
    r[i] = {(i * 7) % 50, 49 - i, 0};
  size_t offset = offsetof(Record, serial);
  qsort_r(r, 50, sizeof(Record), compare_by_field, &offset);
  bool ok = true;
  for (uint32_t i = 0; i < 50; ++i)
    ok &= r[i].serial == i && r[i].key == ((49 - i) * 7) % 50;
  EXPECT_TRUE(ok);
  offset = offsetof(Record, key);
  qsort_r(r, 50, sizeof(Record), compare_by_field, &offset);
  ok = true;
  for (uint32_t i = 0; i < 50; ++i)
    ok &= r[i].key == i;
  EXPECT_TRUE(ok);
}

TEST(QsortR, FewComparisonsOnPresortedInput) {
  // Users notice this: sorted, reversed and constant arrays are linear.
  const size_t n = 10000;
  int *a = static_cast<int *>(malloc(n * sizeof(int)));
  ASSERT_TRUE(a != nullptr);
  for (int shape = 0; shape < 3; ++shape) {
    for (size_t i = 0; i < n; ++i)
      a[i] = shape == 0 ? static_cast<int>(i) : shape == 1 ? static_cast<int>(n - i) : 5;
    Order order = {1, 0};
    qsort_r(a, n, sizeof(int), compare_int_ordered, &order);
    EXPECT_LT(order.calls, 4 * n);
  }
  // And random input stays within a small factor of n log2 n.
  Random random = {5};
  for (size_t i = 0; i < n; ++i)
    a[i] = static_cast<int>(random.next());
  Order order = {1, 0};
  qsort_r(a, n, sizeof(int), compare_int_ordered, &order);
  EXPECT_LT(order.calls, 14 * n * 12 / 10);
  Order none = {1, 0};
  qsort_r(a, 1, sizeof(int), compare_int_ordered, &none);
  qsort_r(nullptr, 0, sizeof(int), compare_int_ordered, &none);
  EXPECT_EQ(none.calls, 0ul);
  free(a);
}
