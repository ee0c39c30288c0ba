#include <string.h>
#include <time.h>

#include "gpulibc_test.h"

// The host test compares every conversion with glibc; these check that the
// device build behaves the same and that the buffer limit holds.

static struct tm sample() {
  // 2024-02-29 13:05:09 UTC, a Thursday, day 60 of a leap year.
  time_t when = 1709211909;
  struct tm t;
  gmtime_r(&when, &t);
  return t;
}

TEST(Strftime, CConversions) {
  struct tm t = sample();
  char buffer[256];
  size_t n = strftime(buffer, sizeof(buffer),
                      "%a %A %b %B %c|%C %d %D %e %F %g %G %h %H %I %j %m %M %n%p %r %R %S%t%T "
                      "%u %U %V %w %W %x %X %y %Y %z %Z %%",
                      &t);
  const char *expected = "Thu Thursday Feb February Thu Feb 29 13:05:09 2024|20 29 02/29/24 29 "
                         "2024-02-29 24 2024 Feb 13 01 060 02 05 \nPM 01:05:09 PM 13:05 09\t"
                         "13:05:09 4 08 09 4 09 02/29/24 13:05:09 24 2024 +0000 GMT %";
  EXPECT_STREQ(buffer, expected);
  EXPECT_EQ(n, strlen(expected));
}

TEST(Strftime, GlibcExtensions) {
  struct tm t = sample();
  char buffer[64];
  strftime(buffer, sizeof(buffer), "%k|%l|%P|%s|%Ey|%OH", &t);
  EXPECT_STREQ(buffer, "13| 1|pm|1709211909|24|13");
}

TEST(Strftime, ReturnsZeroWhenItDoesNotFit) {
  struct tm t = sample();
  char buffer[16];
  EXPECT_EQ(strftime(buffer, 11, "%F", &t), 10u);
  EXPECT_STREQ(buffer, "2024-02-29");
  EXPECT_EQ(strftime(buffer, 10, "%F", &t), 0u);
  EXPECT_EQ(strftime(buffer, 0, "%F", &t), 0u);
}

TEST(Asctime, GlibcLayout) {
  time_t epoch = 0;
  struct tm t;
  ASSERT_TRUE(gmtime_r(&epoch, &t) != nullptr);
  char buffer[26];
  EXPECT_STREQ(asctime_r(&t, buffer), "Thu Jan  1 00:00:00 1970\n");
  t.tm_year = 10000 - 1900; // 27 bytes: POSIX's 26-byte buffer cannot hold it
  EXPECT_TRUE(asctime_r(&t, buffer) == nullptr);
}

TEST_ONE_THREAD(Asctime, StaticBuffer) {
  time_t when = 1709211909;
  EXPECT_STREQ(asctime(gmtime(&when)), "Thu Feb 29 13:05:09 2024\n");
}
