// Differential test of gpulibc's strftime engine, asctime layout and
// calendar arithmetic against the host glibc.
//
// Build and run (from the repository root):
// clang-format off
//   clang++-22 -std=c++17 -O2 -I libc test/host/strftime_diff_test.cpp -o /tmp/sdt && /tmp/sdt
// clang-format on
//
//  * 200000 random struct tm (fields in their C ranges, years -20000..30000,
//    offsets up to +-26 h, isdst -1..1) with random formats built from every
//    supported conversion, E/O modifiers, unknown conversions and literal
//    text, at random buffer sizes: the return value and, when it fit, the
//    bytes must equal glibc's.
//  * Every conversion alone at the first ISO-week-sensitive dates of
//    400 years (the whole Gregorian cycle).
//  * seconds_to_tm/tm_to_seconds against gmtime_r/timegm for random time_t.
//
// Prints failures and a final "N passed, M failed"; exits non-zero on any.

#include "src/__support/time/strftime.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

static uint64_t g_passed = 0, g_failed = 0;
static std::mt19937_64 g_rng(20240607);

static const char kConversions[] = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%";
static const char kModified[] = "cCxXyY";           // after E
static const char kOModified[] = "deHImMSuUVwWy";  // after O

static int64_t uniform(int64_t lo, int64_t hi) {
  return std::uniform_int_distribution<int64_t>(lo, hi)(g_rng);
}

static void describe(const struct tm &t, char *out, size_t n) {
  snprintf(out, n, "{sec %d min %d hour %d mday %d mon %d year %d wday %d yday %d isdst %d gmtoff %ld zone %s}",
           t.tm_sec, t.tm_min, t.tm_hour, t.tm_mday, t.tm_mon, t.tm_year, t.tm_wday, t.tm_yday,
           t.tm_isdst, t.tm_gmtoff, t.tm_zone ? t.tm_zone : "(null)");
}

static void compare(const char *format, const struct tm &t, size_t capacity) {
  char ours[512], theirs[512];
  memset(ours, 'x', sizeof(ours));
  memset(theirs, 'y', sizeof(theirs));
  size_t n_ours = gpulibc::internal::format_time(ours, capacity, format, &t);
  size_t n_theirs = strftime(theirs, capacity, format, &t);
  bool ok = n_ours == n_theirs && (n_ours == 0 || memcmp(ours, theirs, n_ours + 1) == 0);
  if (ok) {
    ++g_passed;
    return;
  }
  if (++g_failed <= 30) {
    char fields[256];
    describe(t, fields, sizeof(fields));
    printf("FAILED \"%s\" cap %zu %s\n  ours   %zu \"%s\"\n  glibc  %zu \"%s\"\n", format, capacity,
           fields, n_ours, n_ours ? ours : "", n_theirs, n_theirs ? theirs : "");
  }
}

static const char *const kZones[] = {"UTC", "CET", "CEST", "EST", "+0530", "LongZoneName"};

static struct tm random_tm() {
  struct tm t;
  memset(&t, 0, sizeof(t));
  t.tm_sec = static_cast<int>(uniform(0, 60));
  t.tm_min = static_cast<int>(uniform(0, 59));
  t.tm_hour = static_cast<int>(uniform(0, 23));
  t.tm_mday = static_cast<int>(uniform(1, 31));
  t.tm_mon = static_cast<int>(uniform(0, 11));
  switch (uniform(0, 3)) {
  case 0: t.tm_year = static_cast<int>(uniform(-20000 - 1900, 30000)); break;
  case 1: t.tm_year = static_cast<int>(uniform(-2100, -1700)); break; // around year 0
  default: t.tm_year = static_cast<int>(uniform(0, 200)); break;
  }
  t.tm_wday = static_cast<int>(uniform(0, 6));
  t.tm_yday = static_cast<int>(uniform(0, 365));
  t.tm_isdst = static_cast<int>(uniform(-1, 1));
  t.tm_gmtoff = uniform(-26 * 3600, 26 * 3600);
  t.tm_zone = kZones[uniform(0, 5)];
  return t;
}

static std::string random_format(bool with_s) {
  std::string f;
  int pieces = static_cast<int>(uniform(0, 8));
  for (int i = 0; i < pieces; ++i) {
    switch (uniform(0, 9)) {
    case 0: f += "lit "; break;
    case 1: f += '-'; break;
    case 2: f += "%E"; f += kModified[uniform(0, sizeof(kModified) - 2)]; break;
    case 3: f += "%O"; f += kOModified[uniform(0, sizeof(kOModified) - 2)]; break;
    case 4: f += "%q"; break; // unknown conversion
    default: {
      char c = kConversions[uniform(0, sizeof(kConversions) - 2)];
      if (c == 's' && !with_s)
        c = 'S';
      f += '%';
      f += c;
    }
    }
  }
  return f;
}

int main() {
  // glibc's %s asks mktime, which uses TZ; ours uses tm_gmtoff. Under UTC
  // with tm_gmtoff 0 and tm_isdst 0 the two must agree.
  setenv("TZ", "UTC", 1);
  tzset();

  for (int i = 0; i < 200000; ++i) {
    struct tm t = random_tm();
    bool with_s = uniform(0, 9) == 0;
    if (with_s) {
      t.tm_gmtoff = 0;
      t.tm_isdst = 0; // mktime would move a DST time by an hour
    }
    std::string format = random_format(with_s);
    size_t capacity = uniform(0, 3) == 0 ? static_cast<size_t>(uniform(0, 40)) : 512;
    compare(format.c_str(), t, capacity);
  }

  // Each conversion alone over a full 400-year cycle of New Year and
  // year-end days, where %G/%g/%V/%U/%W change.
  for (int year = 1600; year < 2000; ++year) {
    for (int yday : {0, 1, 2, 3, 4, 5, 6, 358, 359, 360, 361, 362, 363, 364, 365}) {
      if (yday == 365 && !gpulibc::internal::is_leap_year(year))
        continue;
      struct tm t;
      memset(&t, 0, sizeof(t));
      int64_t days = gpulibc::internal::days_from_civil(year, 1, 1) + yday;
      gpulibc::internal::seconds_to_tm(days * 86400, &t);
      t.tm_zone = "UTC";
      for (const char *c = kConversions; *c; ++c) {
        char format[3] = {'%', *c, 0};
        compare(format, t, 512);
      }
    }
  }

  // Calendar arithmetic against gmtime_r and timegm.
  for (int i = 0; i < 200000; ++i) {
    int64_t seconds = uniform(0, 1) ? uniform(-(int64_t(1) << 40), int64_t(1) << 40)
                                    : uniform(-4000000000LL, 4000000000LL);
    time_t host_time = static_cast<time_t>(seconds);
    struct tm theirs, ours;
    memset(&ours, 0, sizeof(ours));
    gmtime_r(&host_time, &theirs);
    bool ok = gpulibc::internal::seconds_to_tm(seconds, &ours) &&
              ours.tm_year == theirs.tm_year && ours.tm_mon == theirs.tm_mon &&
              ours.tm_mday == theirs.tm_mday && ours.tm_hour == theirs.tm_hour &&
              ours.tm_min == theirs.tm_min && ours.tm_sec == theirs.tm_sec &&
              ours.tm_wday == theirs.tm_wday && ours.tm_yday == theirs.tm_yday;
    // Fields out of range must normalise the way timegm does.
    struct tm skewed = theirs;
    skewed.tm_mon += static_cast<int>(uniform(-30, 30));
    skewed.tm_mday += static_cast<int>(uniform(-400, 400));
    skewed.tm_hour += static_cast<int>(uniform(-100, 100));
    skewed.tm_sec += static_cast<int>(uniform(-100000, 100000));
    int64_t expected = timegm(&skewed);
    ok = ok && gpulibc::internal::tm_to_seconds(&skewed) == expected;
    char ours_text[gpulibc::internal::kAscTimeSize], theirs_text[64];
    gpulibc::internal::format_asctime(ours_text, &theirs);
    snprintf(theirs_text, sizeof(theirs_text), "%s", asctime(&theirs)); // asctime_r stops at 26 bytes
    ok = ok && strcmp(ours_text, theirs_text) == 0;
    if (ok) {
      ++g_passed;
    } else if (++g_failed <= 30) {
      printf("FAILED calendar for %lld: \"%s\" vs \"%s\"\n", static_cast<long long>(seconds),
             ours_text, theirs_text);
    }
  }

  printf("%llu passed, %llu failed\n", static_cast<unsigned long long>(g_passed),
         static_cast<unsigned long long>(g_failed));
  return g_failed ? 1 : 0;
}
