// The cpu device runs under gdb: with utils/gdb/gpurun.gdb a breakpoint in
// device code is hit and the backtrace reaches main and the start-up code.
// REQUIRES: gdb
// RUN: %cc -g -O0 %s -o %t
// RUN: gdb -batch -nx -x %gdb_script -ex "break deep" -ex run -ex bt -ex continue --args %gpurun %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int deep(int x) { return x * 2; }

int main(void) {
  printf("answer %d\n", deep(21));
  return 0;
}
// CHECK: hit Breakpoint {{.*}}, deep (x=21) at {{.*}}gdb.c:9
// CHECK: #1 {{.*}} in main () at {{.*}}gdb.c:12
// CHECK: _start
// CHECK: answer 42
