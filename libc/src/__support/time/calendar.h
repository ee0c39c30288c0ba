//===-- Proleptic Gregorian calendar arithmetic ----------------------------===//
//
// Pure code with no target or RPC dependency, so the host tests can include
// it against glibc's <time.h>. Day numbers count from 1970-01-01.
//
//===----------------------------------------------------------------------===//
#ifndef GPULIBC_SUPPORT_TIME_CALENDAR_H
#define GPULIBC_SUPPORT_TIME_CALENDAR_H

#include <stdint.h>
#include <time.h>

namespace gpulibc::internal {

constexpr int kTmYearBase = 1900;
constexpr int64_t kSecondsPerDay = 86400;

constexpr bool is_leap_year(int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

constexpr int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }
constexpr int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

// Howard Hinnant's days_from_civil: exact for every year whose day count
// fits in int64_t. `month` is 1..12 and `day` any value (it adds linearly).
constexpr int64_t days_from_civil(int64_t year, int64_t month, int64_t day) {
  year -= month <= 2;
  int64_t era = floor_div(year, 400);
  int64_t year_of_era = year - era * 400;
  int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

struct CivilDate {
  int64_t year;
  int month; // 1..12
  int day;   // 1..31
};

constexpr CivilDate civil_from_days(int64_t days) {
  days += 719468;
  int64_t era = floor_div(days, 146097);
  int64_t day_of_era = days - era * 146097;
  int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t mp = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {year_of_era + era * 400 + (month <= 2), month, day};
}

// Every time_t whose year fits tm_year; beyond this the day arithmetic could
// overflow too, so both checks use one bound.
constexpr int64_t kMaxTmSeconds = (int64_t(1) << 31) * 366 * kSecondsPerDay;

// Splits `seconds` (already shifted by the UTC offset) into broken-down time.
// False, with *out untouched, when the year does not fit tm_year.
inline bool seconds_to_tm(int64_t seconds, struct tm *out) {
  if (seconds > kMaxTmSeconds || seconds < -kMaxTmSeconds)
    return false;
  int64_t days = floor_div(seconds, kSecondsPerDay);
  int64_t rest = seconds - days * kSecondsPerDay;
  CivilDate date = civil_from_days(days);
  int64_t tm_year = date.year - kTmYearBase;
  if (tm_year > INT32_MAX || tm_year < INT32_MIN)
    return false;
  out->tm_year = static_cast<int>(tm_year);
  out->tm_mon = date.month - 1;
  out->tm_mday = date.day;
  out->tm_hour = static_cast<int>(rest / 3600);
  out->tm_min = static_cast<int>(rest / 60 % 60);
  out->tm_sec = static_cast<int>(rest % 60);
  out->tm_yday = static_cast<int>(days - days_from_civil(date.year, 1, 1));
  // 1970-01-01 was a Thursday.
  out->tm_wday = static_cast<int>(floor_mod(days + 4, 7));
  return true;
}

// The seconds since the epoch that the fields of `t` name, read as UTC, with
// every field allowed outside its range (as mktime allows). Always exact:
// ints cannot overflow int64_t arithmetic here.
inline int64_t tm_to_seconds(const struct tm *t) {
  int64_t month = t->tm_mon;
  int64_t year = int64_t(t->tm_year) + kTmYearBase + floor_div(month, 12);
  month = floor_mod(month, 12);
  int64_t days = days_from_civil(year, month + 1, 1) + int64_t(t->tm_mday) - 1;
  return days * kSecondsPerDay + int64_t(t->tm_hour) * 3600 + int64_t(t->tm_min) * 60 +
         t->tm_sec;
}

} // namespace gpulibc::internal

#endif
