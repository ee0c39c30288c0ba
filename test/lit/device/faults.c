// Faults in device code end the run with 134 and a message that names the
// fault and the thread; output written before the fault is kept.
// RUN: %cc %s -o %t
// RUN: %gpurun %t trap > %t.out 2> %t.err; test $? -eq 134
// RUN: FileCheck --check-prefix=OUT %s < %t.out
// RUN: FileCheck --check-prefix=TRAP %s < %t.err
// RUN: %gpurun --blocks 2 --threads 8 %t null 2> %t.null; test $? -eq 134
// RUN: FileCheck --check-prefix=NULL %s < %t.null
// RUN: %gpurun %t recurse 2> %t.stack; test $? -eq 134
// RUN: FileCheck --check-prefix=STACK %s < %t.stack
// RUN: %gpurun %t divide 2> %t.div; test $? -eq 134
// RUN: FileCheck --check-prefix=DIV %s < %t.div
#include <gpuintrin.h>
#include <stdio.h>
#include <string.h>

static volatile int zero;

__attribute__((noinline)) static int recurse(volatile char *p) {
  volatile char frame[4096];
  frame[0] = p ? p[0] : 0;
  return recurse(frame) + frame[1];
}

int main(int argc, char **argv) {
  puts("before the fault");
  if (strcmp(argv[1], "trap") == 0)
    __builtin_trap();
  if (strcmp(argv[1], "null") == 0 && __gpu_block_id_x() == 1 && __gpu_thread_id_x() == 5)
    *(volatile int *)16 = 1;
  if (strcmp(argv[1], "recurse") == 0)
    return recurse(0);
  if (strcmp(argv[1], "divide") == 0)
    return 10 / zero;
  return 0;
}
// OUT: before the fault
// TRAP: gpurun: device fault: trap (illegal instruction) at 0x{{[0-9a-f]+}} in block (0,0,0) thread (0,0,0)
// NULL: gpurun: device fault: invalid memory access at address 0x10 in block (1,0,0) thread (5,0,0)
// STACK: gpurun: device fault: stack overflow
// DIV: gpurun: device fault: arithmetic exception
