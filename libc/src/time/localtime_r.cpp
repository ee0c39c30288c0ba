#include <errno.h>
#include <time.h>

#include "src/__support/common.h"
#include "src/__support/time/host_time.h"

LIBC_ENTRY(struct tm *, localtime_r,
           (const time_t *__restrict seconds, struct tm *__restrict out)) {
  int error = gpulibc::internal::host_localtime(*seconds, out);
  if (error) {
    errno = error;
    return nullptr;
  }
  return out;
}
