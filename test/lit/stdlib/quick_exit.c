// quick_exit runs the at_quick_exit handlers, last first, and no atexit
// handler; _Exit runs neither. Output written before survives both.
// RUN: %cc %s -o %t
// RUN: %gpurun %t > %t.out; test $? -eq 5
// RUN: FileCheck --check-prefix=QUICK %s < %t.out
// RUN: %cc -DUSE_EXIT_UNDERSCORE %s -o %t.underscore
// RUN: %gpurun %t.underscore > %t.underscore.out; test $? -eq 9
// RUN: FileCheck --check-prefix=UNDERSCORE %s < %t.underscore.out
#include <stdio.h>
#include <stdlib.h>

static void at_exit_handler(void) { puts("atexit handler ran"); }
static void first(void) { puts("quick handler registered first"); }
static void second(void) { puts("quick handler registered second"); }

int main(void) {
  atexit(at_exit_handler);
  // C requires room for at least 32 handlers.
  for (int i = 0; i < 30; ++i)
    if (at_quick_exit(first) != 0)
      puts("registration failed");
  at_quick_exit(second);
  fputs("written before", stdout);
#ifdef USE_EXIT_UNDERSCORE
  _Exit(9);
#else
  quick_exit(5);
#endif
}
// QUICK: written beforequick handler registered second
// QUICK-COUNT-30: quick handler registered first
// QUICK-NOT: atexit handler ran
// QUICK-NOT: registration failed
// UNDERSCORE: written before
// UNDERSCORE-NOT: handler
