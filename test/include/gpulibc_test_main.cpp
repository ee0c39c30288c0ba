// main() for unit-test programs; see gpulibc_test.h.
#include "gpulibc_test.h"

namespace gpulibc_test {

// Constructors run on one thread before main, so plain stores suffice.
static TestCase *first_test = nullptr;
static TestCase **last_link = &first_test;

void add_test(TestCase *test) {
  *last_link = test;
  last_link = &test->next;
}

bool is_first_thread() {
  return __gpu_block_id_x() == 0 && __gpu_block_id_y() == 0 && __gpu_block_id_z() == 0 &&
         __gpu_thread_id_x() == 0 && __gpu_thread_id_y() == 0 && __gpu_thread_id_z() == 0;
}

void report_failure(const Context &context, const char *file, int line, const char *expression,
                    const char *detail) {
  printf("%s:%d: FAILED %s.%s in block %u thread %u: %s (%s)\n", file, line,
         context.test->suite, context.test->name, __gpu_block_id_x(), __gpu_thread_id_x(),
         expression, detail);
}

} // namespace gpulibc_test

int main() {
  using namespace gpulibc_test;
  int total_failures = 0;
  int tests = 0, failed_tests = 0;
  for (const TestCase *t = first_test; t; t = t->next) {
    if (t->one_thread && !is_first_thread())
      continue;
    Context context = {t, 0};
    t->run(context);
    ++tests;
    if (context.failures)
      ++failed_tests;
    total_failures += context.failures;
  }
  if (is_first_thread())
    printf("%d tests ran, %d failed (thread 0 of block 0)\n", tests, failed_tests);
  return total_failures ? 1 : 0;
}
