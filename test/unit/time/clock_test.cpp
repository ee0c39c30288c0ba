#include <errno.h>
#include <time.h>

#include "gpulibc_test.h"

static long long nanoseconds(const struct timespec &t) {
  return t.tv_sec * 1000000000ll + t.tv_nsec;
}

TEST(ClockGettime, MonotonicNeverGoesBack) {
  struct timespec previous;
  ASSERT_EQ(clock_gettime(CLOCK_MONOTONIC, &previous), 0);
  for (int i = 0; i < 20; ++i) {
    struct timespec now;
    ASSERT_EQ(clock_gettime(CLOCK_MONOTONIC, &now), 0);
    EXPECT_TRUE(now.tv_nsec >= 0 && now.tv_nsec < 1000000000);
    EXPECT_GE(nanoseconds(now), nanoseconds(previous));
    previous = now;
  }
}

TEST(ClockGettime, RealtimeIsAfter2020) {
  struct timespec now;
  ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
  EXPECT_GT(now.tv_sec, 1577836800l);
  time_t seconds = 0;
  EXPECT_GE(time(&seconds), now.tv_sec);
  EXPECT_GE(seconds, now.tv_sec);
  struct timespec utc;
  EXPECT_EQ(timespec_get(&utc, TIME_UTC), TIME_UTC);
  EXPECT_GE(utc.tv_sec, now.tv_sec);
  EXPECT_EQ(timespec_get(&utc, 0), 0);
}

TEST(ClockGettime, OtherClocksAreEinval) {
  struct timespec now;
  errno = 0;
  EXPECT_EQ(clock_gettime(2, &now), -1);
  EXPECT_EQ(errno, EINVAL);
  EXPECT_EQ(clock_gettime(-1, &now), -1);
}

TEST(Nanosleep, WaitsAtLeastTheRequest) {
  struct timespec before, after, request = {0, 2000000}, remaining = {5, 5};
  ASSERT_EQ(clock_gettime(CLOCK_MONOTONIC, &before), 0);
  EXPECT_EQ(nanosleep(&request, &remaining), 0);
  ASSERT_EQ(clock_gettime(CLOCK_MONOTONIC, &after), 0);
  EXPECT_GE(nanoseconds(after) - nanoseconds(before), 2000000ll);
  EXPECT_EQ(remaining.tv_sec, 0l);
  EXPECT_EQ(remaining.tv_nsec, 0l);
}

TEST(Nanosleep, BadRequestIsEinval) {
  struct timespec bad = {0, 1000000000};
  errno = 0;
  EXPECT_EQ(nanosleep(&bad, nullptr), -1);
  EXPECT_EQ(errno, EINVAL);
  bad = {0, -1};
  EXPECT_EQ(nanosleep(&bad, nullptr), -1);
  bad = {-1, 0};
  EXPECT_EQ(nanosleep(&bad, nullptr), -1);
}

TEST(Clock, CountsUpInMicroseconds) {
  clock_t first = clock();
  EXPECT_GE(first, 0l);
  struct timespec request = {0, 1000000};
  nanosleep(&request, nullptr);
  EXPECT_GE(clock() - first, 1000l);
}
