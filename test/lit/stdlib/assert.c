// A failed assert prints file, line, function and expression once, then
// aborts: gpurun exits 134.
// RUN: %cc %s -o %t
// RUN: %gpurun %t 2> %t.err; test $? -eq 134
// RUN: FileCheck %s -DFILE=%s < %t.err
// RUN: %cc -DNDEBUG %s -o %t.ndebug
// RUN: %gpurun %t.ndebug
#include <assert.h>

int main(void) {
  int two = 2;
  assert(two + 2 == 4);
  assert(two + two == 5);
  return 0;
}
// CHECK: [[FILE]]:13: main: Assertion `two + two == 5' failed.
// CHECK-NEXT: gpurun: the program called abort() on the device
