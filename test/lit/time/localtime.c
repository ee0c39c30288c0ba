// Local time follows gpurun's TZ (a POSIX rule, so no tzdata is needed).
// RUN: %cc %s -o %t
// RUN: env TZ=CET-1CEST,M3.5.0,M10.5.0/3 %gpurun %t | FileCheck --check-prefix=CET %s
// RUN: env TZ=UTC0 %gpurun %t | FileCheck --check-prefix=UTC %s
#include <stdio.h>
#include <time.h>

static void show(time_t when) {
  char text[64];
  strftime(text, sizeof(text), "%F %T %z %Z", localtime(&when));
  printf("%s isdst %d\n", text, localtime(&when)->tm_isdst);
}

int main(void) {
  show(1709211909); // 2024-02-29 13:05:09 UTC
  show(1719792000); // 2024-07-01 00:00:00 UTC
  time_t epoch = 0;
  fputs(ctime(&epoch), stdout);
  // 2024-03-31 01:90 is 02:30 CET, which does not exist: it becomes 03:30 CEST.
  struct tm t = {0};
  t.tm_year = 124, t.tm_mon = 2, t.tm_mday = 31, t.tm_hour = 1, t.tm_min = 90, t.tm_isdst = -1;
  time_t made = mktime(&t);
  printf("mktime %ld %02d:%02d isdst %d wday %d yday %d\n", (long)made, t.tm_hour, t.tm_min,
         t.tm_isdst, t.tm_wday, t.tm_yday);
  return 0;
}
// CET: 2024-02-29 14:05:09 +0100 CET isdst 0
// CET-NEXT: 2024-07-01 02:00:00 +0200 CEST isdst 1
// CET-NEXT: Thu Jan  1 01:00:00 1970
// CET-NEXT: mktime 1711848600 03:30 isdst 1 wday 0 yday 90
// UTC: 2024-02-29 13:05:09 +0000 UTC isdst 0
// UTC-NEXT: 2024-07-01 00:00:00 +0000 UTC isdst 0
// UTC-NEXT: Thu Jan  1 00:00:00 1970
// UTC-NEXT: mktime 1711852200 02:30 isdst 0 wday 0 yday 90
