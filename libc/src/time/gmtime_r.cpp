#include <errno.h>
#include <time.h>

#include "src/__support/common.h"
#include "src/__support/time/calendar.h"

LIBC_ENTRY(struct tm *, gmtime_r, (const time_t *__restrict seconds, struct tm *__restrict out)) {
  struct tm result = {};
  if (!gpulibc::internal::seconds_to_tm(*seconds, &result)) {
    errno = EOVERFLOW;
    return nullptr;
  }
  result.tm_isdst = 0;
  result.tm_gmtoff = 0;
  result.tm_zone = "GMT";
  *out = result;
  return out;
}
