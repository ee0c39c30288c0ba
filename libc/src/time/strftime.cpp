#include <time.h>

#include "src/__support/common.h"
#include "src/__support/time/strftime.h"

LIBC_ENTRY(size_t, strftime, (char *__restrict buffer, size_t capacity,
                              const char *__restrict format, const struct tm *__restrict t)) {
  return gpulibc::internal::format_time(buffer, capacity, format, t);
}
