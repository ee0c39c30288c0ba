// 4 blocks of 64 threads each print a line; all 256 arrive intact and once.
// RUN: %cc %s -o %t
// RUN: %gpurun --blocks 4 --threads 64 %t > %t.out
// RUN: test $(grep -cE '^Hello from block [0-3] thread ([0-9]|[1-5][0-9]|6[0-3]) of 4 x 64, and this line is long enough to need several RPC packets to carry it$' %t.out) -eq 256
// RUN: test $(sort -u %t.out | wc -l) -eq 256
// RUN: test $(wc -l < %t.out) -eq 256
#include <gpuintrin.h>
#include <stdio.h>

int main(void) {
  printf("Hello from block %u thread %u of %u x %u, and this line is long enough to need "
         "several RPC packets to carry it\n",
         __gpu_block_id_x(), __gpu_thread_id_x(), __gpu_num_blocks_x(), __gpu_num_threads_x());
  return 0;
}
