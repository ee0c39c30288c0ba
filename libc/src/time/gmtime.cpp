#include <time.h>

#include "src/__support/common.h"

// Shared by every thread, as C allows; threads should use gmtime_r.
static struct tm result;

LIBC_ENTRY(struct tm *, gmtime, (const time_t *seconds)) { return gmtime_r(seconds, &result); }
