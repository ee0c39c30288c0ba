// exit(n) ends the run with n, and everything written before it appears.
// RUN: %cc %s -o %t
// RUN: %gpurun %t > %t.out; test $? -eq 7
// RUN: FileCheck %s < %t.out
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  for (int i = 0; i < 3; ++i)
    fputs("line before exit\n", stdout);
  fputs("last line", stdout);
  exit(7);
  puts("never printed");
}
// CHECK-COUNT-3: line before exit
// CHECK-NEXT: last line
// CHECK-NOT: never printed
