#include <time.h>

#include "src/__support/common.h"

LIBC_ENTRY(char *, ctime_r, (const time_t *__restrict seconds, char *__restrict buffer)) {
  struct tm t;
  return localtime_r(seconds, &t) ? asctime_r(&t, buffer) : nullptr;
}
