#ifndef _TIME_H
#define _TIME_H

#include <__gpulibc_common.h>
#define __need_size_t
#define __need_NULL
#include <stddef.h>

/* clock() counts microseconds of the program's elapsed time: see clock.cpp. */
#define CLOCKS_PER_SEC ((clock_t)1000000)
#define TIME_UTC 1

/* As Linux numbers them. Only these two are served. */
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1

typedef long clock_t;
typedef long time_t;
typedef int clockid_t;

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};

/* glibc's layout, including its tm_gmtoff and tm_zone. */
struct tm {
  int tm_sec;
  int tm_min;
  int tm_hour;
  int tm_mday;
  int tm_mon;
  int tm_year;
  int tm_wday;
  int tm_yday;
  int tm_isdst;
  long tm_gmtoff;
  const char *tm_zone;
};

__GPULIBC_BEGIN_DECLS

clock_t clock(void) __GPULIBC_NOEXCEPT;
double difftime(time_t, time_t) __GPULIBC_NOEXCEPT __attribute__((__const__));
time_t mktime(struct tm *) __GPULIBC_NOEXCEPT;
time_t time(time_t *) __GPULIBC_NOEXCEPT;
int timespec_get(struct timespec *, int) __GPULIBC_NOEXCEPT;
int clock_gettime(clockid_t, struct timespec *) __GPULIBC_NOEXCEPT;
int nanosleep(const struct timespec *, struct timespec *) __GPULIBC_NOEXCEPT;

/* Local time is the host's: gpurun's TZ decides it, and setenv("TZ") on the
 * device does not change it. */
char *asctime(const struct tm *) __GPULIBC_NOEXCEPT;
char *ctime(const time_t *) __GPULIBC_NOEXCEPT;
struct tm *gmtime(const time_t *) __GPULIBC_NOEXCEPT;
struct tm *localtime(const time_t *) __GPULIBC_NOEXCEPT;
char *asctime_r(const struct tm *__GPULIBC_RESTRICT, char *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
char *ctime_r(const time_t *__GPULIBC_RESTRICT, char *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
struct tm *gmtime_r(const time_t *__GPULIBC_RESTRICT, struct tm *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
struct tm *localtime_r(const time_t *__GPULIBC_RESTRICT,
                       struct tm *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
size_t strftime(char *__GPULIBC_RESTRICT, size_t, const char *__GPULIBC_RESTRICT,
                const struct tm *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;

__GPULIBC_END_DECLS

#endif
