#include <errno.h>
#include <time.h>

#include "gpu_target.h"
#include "src/__support/common.h"
#include "src/__support/time/host_time.h"

// The device waits with the target's sleep hint until the host's monotonic
// clock passes the deadline; the host is never asked to block, since one
// sleeping thread would stall every other thread's RPC. Nothing interrupts
// the wait, so *remaining is always zero.
LIBC_ENTRY(int, nanosleep, (const struct timespec *request, struct timespec *remaining)) {
  if (request->tv_sec < 0 || request->tv_nsec < 0 || request->tv_nsec >= 1000000000) {
    errno = EINVAL;
    return -1;
  }
  struct timespec now;
  int error = gpulibc::internal::host_clock(GPULIBC_CLOCK_MONOTONIC, &now);
  if (error) {
    errno = error;
    return -1;
  }
  struct timespec deadline = {now.tv_sec, now.tv_nsec + request->tv_nsec};
  if (deadline.tv_nsec >= 1000000000) {
    deadline.tv_nsec -= 1000000000;
    deadline.tv_sec += 1;
  }
  if (__builtin_add_overflow(deadline.tv_sec, request->tv_sec, &deadline.tv_sec))
    deadline.tv_sec = static_cast<time_t>(~0ull >> 1);
  for (;;) {
    if (now.tv_sec > deadline.tv_sec ||
        (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec))
      break;
    // Ask the host only now and then: each question costs it a round trip.
    for (int i = 0; i < 64; ++i)
      gpulibc::gpu::sleep_briefly();
    error = gpulibc::internal::host_clock(GPULIBC_CLOCK_MONOTONIC, &now);
    if (error) {
      errno = error;
      return -1;
    }
  }
  if (remaining)
    *remaining = {0, 0};
  return 0;
}
