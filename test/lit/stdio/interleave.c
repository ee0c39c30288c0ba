// Lines from many threads to stdout and stderr arrive whole: each printf is
// one message, however long.
// RUN: %cc %s -o %t
// RUN: %gpurun --blocks 8 --threads 64 %t > %t.out 2> %t.err
// RUN: test $(wc -l < %t.out) -eq 512
// RUN: test $(wc -l < %t.err) -eq 512
// RUN: test $(grep -cE '^out [0-7] ([0-9]|[1-5][0-9]|6[0-3]) x{300} end$' %t.out) -eq 512
// RUN: test $(grep -cE '^err [0-7] ([0-9]|[1-5][0-9]|6[0-3]) y{700} end$' %t.err) -eq 512
#include <gpuintrin.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  char xs[301], ys[701];
  memset(xs, 'x', 300);
  xs[300] = 0;
  memset(ys, 'y', 700);
  ys[700] = 0;
  printf("out %u %u %s end\n", __gpu_block_id_x(), __gpu_thread_id_x(), xs);
  fprintf(stderr, "err %u %u %s end\n", __gpu_block_id_x(), __gpu_thread_id_x(), ys);
  return 0;
}
