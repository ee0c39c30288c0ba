#include <time.h>

#include "src/__support/common.h"
#include "src/__support/time/host_time.h"

// The host's mktime normalises the fields in its time zone; the device then
// rebuilds every field from the time and offset it returned.
LIBC_ENTRY(time_t, mktime, (struct tm *t)) { return gpulibc::internal::host_mktime(t); }
