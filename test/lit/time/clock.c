// The monotonic clock only goes forward, and nanosleep really waits.
// RUN: %cc %s -o %t
// RUN: %gpurun %t | FileCheck %s
#include <stdio.h>
#include <time.h>

static long long now_ns(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return t.tv_sec * 1000000000ll + t.tv_nsec;
}

int main(void) {
  int backwards = 0;
  long long previous = now_ns(CLOCK_MONOTONIC);
  for (int i = 0; i < 1000; ++i) {
    long long t = now_ns(CLOCK_MONOTONIC);
    backwards += t < previous;
    previous = t;
  }
  printf("went backwards %d times\n", backwards);
  long long start = now_ns(CLOCK_MONOTONIC), wall = now_ns(CLOCK_REALTIME);
  clock_t ticks = clock();
  struct timespec request = {0, 150000000};
  nanosleep(&request, NULL);
  long long slept = now_ns(CLOCK_MONOTONIC) - start;
  long long wall_slept = now_ns(CLOCK_REALTIME) - wall;
  printf("slept enough: %s\n", slept >= 150000000 ? "yes" : "no");
  printf("not far too long: %s\n", slept < 5000000000ll ? "yes" : "no");
  printf("wall clock agrees: %s\n", wall_slept >= 140000000 ? "yes" : "no");
  printf("clock advanced: %s\n", clock() - ticks >= CLOCKS_PER_SEC / 10 ? "yes" : "no");
  return 0;
}
// CHECK: went backwards 0 times
// CHECK-NEXT: slept enough: yes
// CHECK-NEXT: not far too long: yes
// CHECK-NEXT: wall clock agrees: yes
// CHECK-NEXT: clock advanced: yes
