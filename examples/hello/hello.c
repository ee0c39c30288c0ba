// Every GPU thread says hello; each line reaches the host in one piece.
#include <gpuintrin.h>
#include <stdio.h>

int main(int argc, char **argv) {
  printf("Hello from block %u thread %u of %u x %u (%s)\n", __gpu_block_id_x(),
         __gpu_thread_id_x(), __gpu_num_blocks_x(), __gpu_num_threads_x(),
         argc > 1 ? argv[1] : "no arguments");
  return 0;
}
