// Constructors run once before main, then atexit handlers in reverse order,
// then destructors, each once however many threads ran main.
// RUN: %cc %s -o %t
// RUN: %gpurun --blocks 2 --threads 33 %t | FileCheck %s
#include <gpuintrin.h>
#include <stdio.h>
#include <stdlib.h>

static int initialized;

__attribute__((constructor(101))) static void first(void) { initialized = 1; puts("ctor 101"); }
__attribute__((constructor(102))) static void second(void) {
  puts(initialized == 1 ? "ctor 102 after 101" : "ctor 102 out of order");
  initialized = 2;
}
__attribute__((destructor)) static void dtor(void) { puts("dtor"); }
static void handler_one(void) { puts("atexit one"); }
static void handler_two(void) { puts("atexit two"); }

int main(void) {
  if (__gpu_block_id_x() == 0 && __gpu_thread_id_x() == 0) {
    atexit(handler_one);
    atexit(handler_two);
    puts(initialized == 2 ? "main sees constructors" : "main before constructors");
  }
  return 0;
}
// CHECK: ctor 101
// CHECK-NEXT: ctor 102 after 101
// CHECK-NEXT: main sees constructors
// CHECK-NEXT: atexit two
// CHECK-NEXT: atexit one
// CHECK-NEXT: dtor
// CHECK-NOT: {{.}}
