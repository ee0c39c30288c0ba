#include <time.h>

#include "src/__support/common.h"

LIBC_ENTRY(char *, ctime, (const time_t *seconds)) {
  struct tm *t = localtime(seconds);
  return t ? asctime(t) : nullptr;
}
