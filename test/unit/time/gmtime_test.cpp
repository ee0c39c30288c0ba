#include <errno.h>
#include <time.h>

#include "gpulibc_test.h"

TEST(Gmtime, Epoch) {
  time_t epoch = 0;
  struct tm t;
  ASSERT_TRUE(gmtime_r(&epoch, &t) == &t);
  EXPECT_EQ(t.tm_year, 70);
  EXPECT_EQ(t.tm_mon, 0);
  EXPECT_EQ(t.tm_mday, 1);
  EXPECT_EQ(t.tm_wday, 4);
  EXPECT_EQ(t.tm_yday, 0);
  EXPECT_EQ(t.tm_isdst, 0);
  EXPECT_EQ(t.tm_gmtoff, 0l);
}

TEST(Gmtime, BeforeEpochAndLeapDays) {
  time_t when = -1;
  struct tm t;
  ASSERT_TRUE(gmtime_r(&when, &t) != nullptr);
  EXPECT_EQ(t.tm_year, 69);
  EXPECT_EQ(t.tm_mon, 11);
  EXPECT_EQ(t.tm_mday, 31);
  EXPECT_EQ(t.tm_hour, 23);
  EXPECT_EQ(t.tm_sec, 59);
  when = 951782400; // 2000-02-29
  ASSERT_TRUE(gmtime_r(&when, &t) != nullptr);
  EXPECT_EQ(t.tm_mon, 1);
  EXPECT_EQ(t.tm_mday, 29);
  EXPECT_EQ(t.tm_yday, 59);
}

TEST(Gmtime, OverflowIsEoverflow) {
  time_t huge = static_cast<time_t>(1) << 62;
  struct tm t;
  errno = 0;
  EXPECT_TRUE(gmtime_r(&huge, &t) == nullptr);
  EXPECT_EQ(errno, EOVERFLOW);
}

TEST(Difftime, Difference) {
  EXPECT_TRUE(difftime(10, 4) == 6.0);
  EXPECT_TRUE(difftime(4, 10) == -6.0);
}
