//===-- A small unit-test framework that runs inside device programs --------===//
//
//   TEST(Suite, Name) { EXPECT_EQ(strlen("abc"), 3u); }
//   TEST_ONE_THREAD(Suite, Name) { ... }  // only thread 0 of block 0 runs it
//
// Tests register themselves from global constructors (so the startup code's
// constructor support is exercised by every test program). main, provided
// by gpulibc_test_main.cpp, runs every test on every thread the program was
// launched with, so the same test checks concurrency when gpurun is given
// more threads. Failures print the thread that saw them; main returns
// non-zero, and gpurun exits non-zero, if any EXPECT or ASSERT failed.
//
//===----------------------------------------------------------------------===//
#ifndef GPULIBC_TEST_H
#define GPULIBC_TEST_H

#include <gpuintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

namespace gpulibc_test {

struct TestCase;
// Per-thread state of the running test.
struct Context {
  const TestCase *test;
  int failures;
};

struct TestCase {
  const char *suite;
  const char *name;
  void (*run)(Context &context);
  bool one_thread;
  TestCase *next;
};

void add_test(TestCase *test);
void report_failure(const Context &context, const char *file, int line, const char *expression,
                    const char *detail);
bool is_first_thread();

struct Registrar {
  explicit Registrar(TestCase *test) { add_test(test); }
};

// Printable renderings of the compared values, for the failure message.
inline void describe(char *out, size_t n, long long v) { snprintf(out, n, "%lld", v); }
inline void describe(char *out, size_t n, unsigned long long v) { snprintf(out, n, "%llu", v); }
inline void describe(char *out, size_t n, long v) { snprintf(out, n, "%ld", v); }
inline void describe(char *out, size_t n, unsigned long v) { snprintf(out, n, "%lu", v); }
inline void describe(char *out, size_t n, int v) { snprintf(out, n, "%d", v); }
inline void describe(char *out, size_t n, unsigned v) { snprintf(out, n, "%u", v); }
inline void describe(char *out, size_t n, bool v) { snprintf(out, n, "%s", v ? "true" : "false"); }
inline void describe(char *out, size_t n, char v) { snprintf(out, n, "'%c' (%d)", v, v); }
inline void describe(char *out, size_t n, const void *v) { snprintf(out, n, "%p", v); }
inline void describe(char *out, size_t n, const char *v) {
  if (v)
    snprintf(out, n, "\"%.60s\"", v);
  else
    snprintf(out, n, "(null)");
}
inline void describe(char *out, size_t n, char *v) { describe(out, n, (const char *)v); }
template <typename T> inline void describe(char *out, size_t n, T *v) {
  describe(out, n, (const void *)v);
}

template <typename A, typename B>
bool check_compare(Context &context, bool ok, const A &a, const B &b, const char *file,
                   int line, const char *text) {
  if (ok)
    return true;
  char left[96], right[96], detail[224];
  describe(left, sizeof(left), a);
  describe(right, sizeof(right), b);
  snprintf(detail, sizeof(detail), "left: %s, right: %s", left, right);
  report_failure(context, file, line, text, detail);
  ++context.failures;
  return false;
}

} // namespace gpulibc_test

#define GPULIBC_TEST_DEFINE(suite, name, single)                                \
  static void suite##_##name##_body(gpulibc_test::Context &gpulibc_context);   \
  static gpulibc_test::TestCase suite##_##name##_case = {                       \
      #suite, #name, suite##_##name##_body, single, nullptr};                   \
  static gpulibc_test::Registrar suite##_##name##_registrar(&suite##_##name##_case); \
  static void suite##_##name##_body(gpulibc_test::Context &gpulibc_context)

#define TEST(suite, name) GPULIBC_TEST_DEFINE(suite, name, false)
#define TEST_ONE_THREAD(suite, name) GPULIBC_TEST_DEFINE(suite, name, true)

#define GPULIBC_COMPARE(a, b, op, on_fail)                                      \
  do {                                                                         \
    auto &&gpulibc_a = (a);                                                    \
    auto &&gpulibc_b = (b);                                                    \
    if (!gpulibc_test::check_compare(gpulibc_context, gpulibc_a op gpulibc_b,   \
                                     gpulibc_a, gpulibc_b, __FILE__, __LINE__, \
                                     #a " " #op " " #b)) {                     \
      on_fail;                                                                 \
    }                                                                          \
  } while (0)

#define EXPECT_EQ(a, b) GPULIBC_COMPARE(a, b, ==, (void)0)
#define EXPECT_NE(a, b) GPULIBC_COMPARE(a, b, !=, (void)0)
#define EXPECT_LT(a, b) GPULIBC_COMPARE(a, b, <, (void)0)
#define EXPECT_LE(a, b) GPULIBC_COMPARE(a, b, <=, (void)0)
#define EXPECT_GT(a, b) GPULIBC_COMPARE(a, b, >, (void)0)
#define EXPECT_GE(a, b) GPULIBC_COMPARE(a, b, >=, (void)0)
#define ASSERT_EQ(a, b) GPULIBC_COMPARE(a, b, ==, return)
#define ASSERT_NE(a, b) GPULIBC_COMPARE(a, b, !=, return)
#define EXPECT_TRUE(x) GPULIBC_COMPARE(!!(x), true, ==, (void)0)
#define EXPECT_FALSE(x) GPULIBC_COMPARE(!!(x), false, ==, (void)0)
#define ASSERT_TRUE(x) GPULIBC_COMPARE(!!(x), true, ==, return)
#define EXPECT_STREQ(a, b)                                                     \
  GPULIBC_COMPARE(strcmp((a), (b)) == 0, true, ==, (void)0)
#define EXPECT_MEMEQ(a, b, n) GPULIBC_COMPARE(memcmp((a), (b), (n)), 0, ==, (void)0)

#endif
