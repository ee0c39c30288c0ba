// malloc, calloc and free: usable, distinct, zeroed where promised; out of
// memory is NULL with ENOMEM, never a crash or hang.
// RUN: %cc -fno-builtin %s -o %t
// RUN: %gpurun --heap-size 1M --blocks 2 --threads 40 %t | FileCheck %s
#include <errno.h>
#include <gpuintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;
#define EXPECT(x)                                                              \
  do {                                                                         \
    if (!(x)) {                                                                \
      printf("FAIL line %d: %s\n", __LINE__, #x);                              \
      __atomic_fetch_add(&failures, 1, __ATOMIC_RELAXED);                       \
    }                                                                          \
  } while (0)

int main(void) {
  unsigned id = __gpu_block_id_x() * __gpu_num_threads_x() + __gpu_thread_id_x();
  unsigned char *a = malloc(100), *b = malloc(100);
  EXPECT(a && b && a != b);
  EXPECT((uintptr_t)a % 16 == 0);
  memset(a, (int)id, 100);
  memset(b, (int)~id, 100);
  for (int i = 0; i < 100; ++i)
    EXPECT(a[i] == (unsigned char)id && b[i] == (unsigned char)~id);
  free(a);
  free(b);
  free(NULL);

  int *zeros = calloc(50, sizeof(int));
  EXPECT(zeros != NULL);
  for (int i = 0; zeros && i < 50; ++i)
    EXPECT(zeros[i] == 0);

  // Through a volatile pointer, so the compiler cannot fold away a failed
  // allocation whose result is otherwise unused.
  void *volatile result;
  errno = 0;
  result = calloc(SIZE_MAX / 2, 4);
  EXPECT(result == NULL && errno == ENOMEM);
  if (id == 0) {
    errno = 0;
    result = malloc(2 << 20);
    EXPECT(result == NULL);
    EXPECT(errno == ENOMEM);
    errno = 0;
    result = malloc(SIZE_MAX);
    EXPECT(result == NULL && errno == ENOMEM);
    puts(failures ? "malloc failed" : "malloc ok");
  }
  return failures != 0;
}
// CHECK-NOT: FAIL
// CHECK: malloc ok
