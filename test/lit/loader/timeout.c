// A program that never ends is stopped at --timeout with exit 124, and its
// earlier output is kept.
// RUN: %cc %s -o %t
// RUN: %gpurun_bare --lanes %lanes --timeout 1 %t > %t.out 2> %t.err; test $? -eq 124
// RUN: FileCheck --check-prefix=OUT %s < %t.out
// RUN: FileCheck --check-prefix=ERR %s < %t.err
#include <gpuintrin.h>
#include <stdio.h>

int main(void) {
  puts("started");
  for (;;)
    __gpu_thread_suspend();
}
// OUT: started
// ERR: gpurun: timeout: the program ran longer than 1 s
