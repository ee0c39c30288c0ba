// Differential and robustness test of gpulibc's sort (qsort, qsort_r)
// against the host glibc's qsort.
//
// Build and run (from the repository root):
// clang-format off
//   clang++-22 -std=c++17 -O2 -I libc test/host/qsort_diff_test.cpp -o /tmp/qdt && /tmp/qdt
// clang-format on
//
//  * Orders in which equal elements are identical (memcmp) have exactly one
//    sorted result, so ours must equal glibc's byte for byte, for element
//    sizes 1 to 1000, aligned or not, counts 0 to 20000, seven input shapes.
//  * Every array sits against an inaccessible page, once ending at it and
//    once starting after it, and the comparator checks that it only ever
//    gets pointers to elements of the array: an access outside the array
//    faults or fails. This includes comparators that are inconsistent
//    (random, always "less", always "greater"), for which the order is
//    unspecified but the elements must survive.
//  * Presorted, reversed and constant inputs take O(n) comparisons, and
//    McIlroy's adversary ("A Killer Adversary for Quicksort", 1999), which
//    drives any plain quicksort quadratic, gets O(n log n) comparisons.
//
// Prints failures and a final "N passed, M failed"; exits non-zero on any.

#include "src/__support/sort.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

static uint64_t g_passed = 0, g_failed = 0;
static std::mt19937_64 g_rng(20240601);

static void expect(bool ok, const char *what, size_t size, size_t n, int shape) {
  if (ok) {
    ++g_passed;
    return;
  }
  if (++g_failed <= 20)
    printf("FAILED %s: size %zu, count %zu, shape %d\n", what, size, n, shape);
}

//===----------------------------------------------------------------------===//
// Arrays next to a guard page
//===----------------------------------------------------------------------===//

// `bytes` of accessible memory directly after (or directly before) an
// inaccessible page.
class Fenced {
public:
  Fenced(size_t bytes, bool guard_after) {
    const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    const size_t body = (bytes + page - 1) / page * page;
    length_ = body + 2 * page;
    char *map =
        static_cast<char *>(mmap(nullptr, length_, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (map == MAP_FAILED) {
      perror("mmap");
      exit(2);
    }
    map_ = map;
    mprotect(map + page, body, PROT_READ | PROT_WRITE);
    data_ = guard_after ? map + page + body - bytes : map + page;
  }
  ~Fenced() { munmap(map_, length_); }
  unsigned char *data() const { return reinterpret_cast<unsigned char *>(data_); }

private:
  char *map_;
  char *data_;
  size_t length_;
};

//===----------------------------------------------------------------------===//
// Comparators
//===----------------------------------------------------------------------===//

// Where the array under test is; the comparators check their arguments.
static const unsigned char *g_base;
static size_t g_count, g_size;
static bool g_bad_pointer;
static uint64_t g_calls;

static void check_pointer(const void *p) {
  const unsigned char *c = static_cast<const unsigned char *>(p);
  if (c < g_base || c >= g_base + g_count * g_size || static_cast<size_t>(c - g_base) % g_size != 0)
    g_bad_pointer = true;
}

static int compare_bytes(const void *a, const void *b) {
  ++g_calls;
  check_pointer(a);
  check_pointer(b);
  return memcmp(a, b, g_size);
}

static int compare_bytes_r(const void *a, const void *b, void *arg) {
  if (arg != &g_size)
    g_bad_pointer = true;
  return compare_bytes(a, b);
}

static int glibc_compare_bytes(const void *a, const void *b) { return memcmp(a, b, g_size); }

static int chaotic(const void *a, const void *b) {
  check_pointer(a);
  check_pointer(b);
  return static_cast<int>(g_rng() % 3) - 1;
}
static int always_less(const void *a, const void *b) {
  check_pointer(a);
  check_pointer(b);
  return -1;
}
static int always_greater(const void *a, const void *b) {
  check_pointer(a);
  check_pointer(b);
  return 1;
}

//===----------------------------------------------------------------------===//
// Inputs
//===----------------------------------------------------------------------===//

enum Shape { kRandom, kSorted, kReversed, kEqual, kFewValues, kOrganPipe, kSawtooth, kShapes };

static void fill(unsigned char *a, size_t n, size_t size, int shape) {
  for (size_t i = 0; i < n; ++i) {
    uint64_t v;
    switch (shape) {
    case kRandom:
      v = g_rng();
      break;
    case kSorted:
      v = i;
      break;
    case kReversed:
      v = n - i;
      break;
    case kEqual:
      v = 1;
      break;
    case kFewValues:
      v = g_rng() % 5;
      break;
    case kOrganPipe:
      v = i < n / 2 ? i : n - i;
      break;
    default:
      v = i % 37;
      break;
    }
    unsigned char *e = a + i * size;
    const size_t head = size < 8 ? size : 8;
    for (size_t k = 0; k < head; ++k)
      e[k] = static_cast<unsigned char>(v >> (8 * (head - 1 - k)));
    for (size_t k = head; k < size; ++k)
      e[k] = static_cast<unsigned char>(v * 131 + k);
  }
}

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

//===----------------------------------------------------------------------===//
// Tests
//===----------------------------------------------------------------------===//

static void differential(size_t size, size_t n, int shape, bool guard_after, size_t offset,
                         bool with_arg) {
  const size_t bytes = n * size;
  Fenced fenced(bytes + offset, guard_after);
  unsigned char *a = fenced.data() + (guard_after ? 0 : offset);
  fill(a, n, size, shape);
  std::vector<unsigned char> expected(a, a + bytes);
  g_size = size;
  if (n)
    qsort(expected.data(), n, size, glibc_compare_bytes);

  g_base = a;
  g_count = n;
  g_bad_pointer = false;
  if (with_arg)
    gpulibc::internal::sort(a, n, size, compare_bytes_r, &g_size);
  else
    gpulibc::internal::sort(a, n, size, compare_bytes);
  expect(bytes == 0 || memcmp(a, expected.data(), bytes) == 0, "result differs from glibc", size, n,
         shape);
  expect(!g_bad_pointer, "comparator got a pointer outside the array", size, n, shape);
}

static void inconsistent(size_t size, size_t n, bool guard_after,
                         int (*compare)(const void *, const void *)) {
  Fenced fenced(n * size, guard_after);
  unsigned char *a = fenced.data();
  fill(a, n, size, kRandom);
  const uint64_t before = digest(a, n, size);
  g_base = a;
  g_count = n;
  g_size = size;
  g_bad_pointer = false;
  gpulibc::internal::sort(a, n, size, compare);
  expect(digest(a, n, size) == before, "inconsistent comparator lost elements", size, n, -1);
  expect(!g_bad_pointer, "inconsistent comparator got a pointer outside the array", size, n, -1);
}

static void comparison_counts() {
  const size_t n = 100000;
  std::vector<unsigned char> storage(n * 4);
  for (int shape : {kSorted, kReversed, kEqual}) {
    fill(storage.data(), n, 4, shape);
    g_base = storage.data();
    g_count = n;
    g_size = 4;
    g_calls = 0;
    gpulibc::internal::sort(storage.data(), n, 4, compare_bytes);
    expect(g_calls < 4 * n, "presorted input is not linear", 4, n, shape);
  }
}

// McIlroy's adversary: elements are indices whose values are decided lazily,
// as late as possible and always against the pivot candidate, while staying
// consistent with every answer already given.
static std::vector<int> g_value;
static int g_gas, g_solid, g_candidate;

static int adversary(const void *px, const void *py) {
  ++g_calls;
  const int x = *static_cast<const int *>(px), y = *static_cast<const int *>(py);
  if (g_value[x] == g_gas && g_value[y] == g_gas)
    g_value[x == g_candidate ? x : y] = g_solid++;
  if (g_value[x] == g_gas)
    g_candidate = x;
  else if (g_value[y] == g_gas)
    g_candidate = y;
  return (g_value[x] > g_value[y]) - (g_value[x] < g_value[y]);
}

static void killer_adversary() {
  for (int n : {1000, 30000, 200000}) {
    std::vector<int> a(n);
    g_value.assign(n, n - 1);
    g_gas = n - 1;
    g_solid = 0;
    g_candidate = 0;
    for (int i = 0; i < n; ++i)
      a[i] = i;
    g_calls = 0;
    gpulibc::internal::sort(a.data(), n, sizeof(int), adversary);
    bool sorted = true;
    for (int i = 1; i < n; ++i)
      sorted &= g_value[a[i - 1]] <= g_value[a[i]];
    expect(sorted, "adversary input not sorted", 4, n, -2);
    double log2n = 0;
    for (int m = n; m > 1; m /= 2)
      ++log2n;
    expect(g_calls < 4 * n * log2n, "adversary drove the sort quadratic", 4, n, -2);
  }
}

int main() {
  const size_t sizes[] = {1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 16, 24, 32, 100, 1000};
  std::vector<size_t> counts;
  for (size_t n = 0; n <= 40; ++n)
    counts.push_back(n);
  for (size_t n : {63, 64, 65, 127, 128, 129, 130, 200, 255, 256, 257, 1000, 1024, 1025, 1026, 3000,
                   16385, 20000})
    counts.push_back(n);
  for (int i = 0; i < 20; ++i)
    counts.push_back(41 + g_rng() % 3000);

  for (size_t size : sizes)
    for (size_t n : counts) {
      if (n * size > 4000000)
        continue;
      for (int shape = 0; shape < kShapes; ++shape) {
        const bool guard_after = (n + shape) % 2 == 0;
        differential(size, n, shape, guard_after, 0, shape % 3 == 0);
        // Misaligned arrays take the generic element movers.
        if ((size == 4 || size == 8 || size == 16) && n <= 3000)
          differential(size, n, shape, !guard_after, 1 + shape % 3, false);
      }
    }

  int (*const bad[])(const void *, const void *) = {chaotic, always_less, always_greater};
  for (auto compare : bad)
    for (size_t size : {1, 3, 4, 8, 16, 24, 100})
      for (size_t n : {2, 3, 17, 24, 100, 129, 1000, 1025, 5000, 20000}) {
        if (n * size > 2000000)
          continue;
        inconsistent(size, n, true, compare);
        inconsistent(size, n, false, compare);
      }

  comparison_counts();
  killer_adversary();

  printf("%llu passed, %llu failed\n", static_cast<unsigned long long>(g_passed),
         static_cast<unsigned long long>(g_failed));
  return g_failed ? 1 : 0;
}
