// Lanes have no forward-progress guarantee, so a lane waiting for another
// lane of its own warp must spin with the sleep hint; then it completes.
// RUN: %cc %s -o %t
// RUN: %gpurun --threads 32 %t | FileCheck %s
#include <gpuintrin.h>
#include <stdio.h>

static volatile int flag;

int main(void) {
  if (__gpu_thread_id_x() == 0) {
    while (!flag)
      __gpu_thread_suspend();
    puts("lane 0 saw the flag");
  } else if (__gpu_thread_id_x() == __gpu_num_threads_x() - 1) {
    flag = 1;
  }
  return 0;
}
// CHECK: lane 0 saw the flag
