#include <time.h>

#include "src/__support/common.h"

LIBC_ENTRY(time_t, time, (time_t *out)) {
  struct timespec now;
  if (clock_gettime(CLOCK_REALTIME, &now) != 0)
    return -1;
  if (out)
    *out = now.tv_sec;
  return now.tv_sec;
}
