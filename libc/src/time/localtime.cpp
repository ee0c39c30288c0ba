#include <time.h>

#include "src/__support/common.h"

// Shared by every thread, as C allows; threads should use localtime_r.
static struct tm result;

LIBC_ENTRY(struct tm *, localtime, (const time_t *seconds)) {
  return localtime_r(seconds, &result);
}
