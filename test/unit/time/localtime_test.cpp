#include <errno.h>
#include <string.h>
#include <time.h>

#include "gpulibc_test.h"

// The run's TZ is whatever ctest has, so these check consistency; the lit
// tests in test/lit/time fix TZ and check values.

TEST(Localtime, AgreesWithItsOffset) {
  time_t when = 1709211909;
  struct tm local, utc;
  ASSERT_TRUE(localtime_r(&when, &local) == &local);
  ASSERT_TRUE(gmtime_r(&when, &utc) != nullptr);
  time_t shifted = when + local.tm_gmtoff;
  struct tm expected;
  ASSERT_TRUE(gmtime_r(&shifted, &expected) != nullptr);
  EXPECT_EQ(local.tm_hour, expected.tm_hour);
  EXPECT_EQ(local.tm_mday, expected.tm_mday);
  EXPECT_EQ(local.tm_yday, expected.tm_yday);
  EXPECT_TRUE(local.tm_zone != nullptr);
}

TEST(Mktime, InvertsLocaltimeAndNormalises) {
  time_t when = 1709211909;
  struct tm t;
  ASSERT_TRUE(localtime_r(&when, &t) != nullptr);
  EXPECT_EQ(mktime(&t), when);
  // 90 seconds past the minute and day 0 of a month normalise.
  t.tm_sec += 90;
  EXPECT_EQ(mktime(&t), when + 90);
  struct tm expected;
  time_t later = when + 90;
  localtime_r(&later, &expected);
  EXPECT_EQ(t.tm_sec, expected.tm_sec);
  EXPECT_EQ(t.tm_min, expected.tm_min);
  EXPECT_EQ(t.tm_wday, expected.tm_wday);
}

TEST(Localtime, HugeTimeIsEoverflow) {
  time_t huge = static_cast<time_t>(1) << 62;
  struct tm t;
  errno = 0;
  EXPECT_TRUE(localtime_r(&huge, &t) == nullptr);
  EXPECT_EQ(errno, EOVERFLOW);
}

TEST(Ctime, SameAsAsctimeOfLocaltime) {
  time_t when = 86400 * 365;
  struct tm t;
  char a[26], b[26];
  ASSERT_TRUE(localtime_r(&when, &t) != nullptr);
  ASSERT_TRUE(ctime_r(&when, a) != nullptr);
  ASSERT_TRUE(asctime_r(&t, b) != nullptr);
  EXPECT_STREQ(a, b);
}
