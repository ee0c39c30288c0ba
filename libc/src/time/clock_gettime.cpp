#include <errno.h>
#include <time.h>

#include "src/__support/common.h"
#include "src/__support/time/host_time.h"

LIBC_ENTRY(int, clock_gettime, (clockid_t clock, struct timespec *out)) {
  gpulibc_clock host_clock;
  if (clock == CLOCK_REALTIME)
    host_clock = GPULIBC_CLOCK_REALTIME;
  else if (clock == CLOCK_MONOTONIC)
    host_clock = GPULIBC_CLOCK_MONOTONIC;
  else {
    errno = EINVAL;
    return -1;
  }
  int error = gpulibc::internal::host_clock(host_clock, out);
  if (error) {
    errno = error;
    return -1;
  }
  return 0;
}
