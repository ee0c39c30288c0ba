// __gpu_sync_threads() is a barrier for the whole block, across warps.
// RUN: %cc %s -o %t
// RUN: %gpurun --blocks 3 --threads 100 %t | FileCheck %s
#include <gpuintrin.h>
#include <stdio.h>

static unsigned slots[3][100];
static int failures;

int main(void) {
  unsigned block = __gpu_block_id_x(), thread = __gpu_thread_id_x();
  unsigned n = __gpu_num_threads_x();
  for (unsigned round = 1; round <= 3; ++round) {
    slots[block][thread] = round * 1000 + thread;
    __gpu_sync_threads();
    unsigned other = (thread + 37) % n;
    if (slots[block][other] != round * 1000 + other)
      __atomic_fetch_add(&failures, 1, __ATOMIC_RELAXED);
    __gpu_sync_threads();
  }
  if (block == 0 && thread == 0)
    puts("barrier rounds done");
  return failures != 0;
}
// CHECK: barrier rounds done
