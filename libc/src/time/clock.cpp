#include <time.h>

#include "src/__support/common.h"
#include "src/__support/time/host_time.h"

// C's clock() is the processor time used by the program. A GPU keeps no
// such count for a program, and its cycle counters run at rates we cannot
// learn portably, so gpulibc counts what a GPU program does occupy: its
// device, from the moment gpurun started serving it. That is the elapsed
// time on the host's monotonic clock; on the cpu device it is the wall time
// of the run, not the sum of its threads' CPU times.
LIBC_ENTRY(clock_t, clock, (void)) {
  struct timespec elapsed;
  if (gpulibc::internal::host_clock(GPULIBC_CLOCK_ELAPSED, &elapsed) != 0)
    return static_cast<clock_t>(-1);
  return static_cast<clock_t>(elapsed.tv_sec) * CLOCKS_PER_SEC +
         elapsed.tv_nsec / (1000000000 / CLOCKS_PER_SEC);
}
