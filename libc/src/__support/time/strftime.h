//===-- strftime in the "C" locale, and asctime's layout -------------------===//
//
// Pure code: the host's strftime_diff_test compiles it against glibc's
// struct tm and compares every conversion with glibc's strftime.
//
// Output matches glibc for fields in their ranges: years print unpadded and
// signed (%Y, %G, %C is the floored century), %y/%g are the year modulo 100,
// %z is +hhmm from tm_gmtoff and prints nothing when tm_isdst < 0, %Z is
// tm_zone (nothing when null).
// %s counts from the fields and tm_gmtoff; glibc asks mktime instead, which
// agrees whenever tm_gmtoff is the offset in force at that time. The E and O
// modifiers change nothing in the "C" locale; glibc's flags (_-0^#) and
// field widths are not supported, and like any unknown conversion they are
// copied to the output as written.
//
//===----------------------------------------------------------------------===//
#ifndef GPULIBC_SUPPORT_TIME_STRFTIME_H
#define GPULIBC_SUPPORT_TIME_STRFTIME_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "src/__support/time/calendar.h"

namespace gpulibc::internal {

inline const char *weekday_name(int wday) {
  static const char *const names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                      "Thursday", "Friday", "Saturday"};
  return wday >= 0 && wday < 7 ? names[wday] : "?";
}

inline const char *month_name(int mon) {
  static const char *const names[] = {"January", "February", "March",     "April",
                                      "May",     "June",     "July",      "August",
                                      "September", "October", "November", "December"};
  return mon >= 0 && mon < 12 ? names[mon] : "?";
}

// Collects output; remembers overflow rather than stopping, so callers write
// straight-line code. `capacity` includes room for the terminator.
class TimeWriter {
public:
  TimeWriter(char *buffer, size_t capacity) : buffer(buffer), capacity(capacity) {}

  void put(char c) {
    if (length + 1 < capacity)
      buffer[length] = c;
    else
      overflow = true;
    ++length;
  }
  void put(const char *s) {
    while (*s)
      put(*s++);
  }
  void put_abbreviated(const char *s) {
    for (int i = 0; i < 3 && s[i]; ++i)
      put(s[i]);
  }
  // `value` in decimal, at least `width` digits padded with `pad`; a minus
  // sign goes before the padding as glibc places it.
  void put_number(int64_t value, int width, char pad = '0') {
    char digits[24];
    int n = 0;
    uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
    do {
      digits[n++] = static_cast<char>('0' + magnitude % 10);
      magnitude /= 10;
    } while (magnitude);
    if (value < 0) {
      if (pad == ' ')
        for (int i = n + 1; i < width; ++i)
          put(' ');
      put('-');
      if (pad == '0')
        for (int i = n + 1; i < width; ++i)
          put('0');
    } else {
      for (int i = n; i < width; ++i)
        put(pad);
    }
    while (n)
      put(digits[--n]);
  }

  // strftime's result: the length, or 0 if it did not fit.
  size_t finish() {
    if (capacity == 0)
      return 0;
    if (overflow || length >= capacity) {
      buffer[capacity - 1 < length ? capacity - 1 : length] = '\0';
      return 0;
    }
    buffer[length] = '\0';
    return length;
  }

private:
  char *buffer;
  size_t capacity;
  size_t length = 0;
  bool overflow = false;
};

// glibc's ISO 8601 week arithmetic: the day of the year (may be negative)
// of the Monday starting the week that holds `yday`'s week-1 Thursday.
inline int iso_week_days(int yday, int wday) {
  constexpr int kBigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
  return yday - (yday - wday + 4 + kBigEnoughMultipleOf7) % 7 + 3;
}

struct IsoWeek {
  int64_t year;
  int week;
};

inline IsoWeek iso_week(const struct tm *t) {
  int64_t year = int64_t(t->tm_year) + kTmYearBase;
  int days = iso_week_days(t->tm_yday, t->tm_wday);
  if (days < 0) {
    --year;
    days = iso_week_days(t->tm_yday + (365 + is_leap_year(year)), t->tm_wday);
  } else {
    int next = iso_week_days(t->tm_yday - (365 + is_leap_year(year)), t->tm_wday);
    if (next >= 0) {
      ++year;
      days = next;
    }
  }
  return {year, days / 7 + 1};
}

inline void format_time_into(TimeWriter &out, const char *format, const struct tm *t) {
  const int64_t year = int64_t(t->tm_year) + kTmYearBase;
  const int hour12 = t->tm_hour % 12 == 0 ? 12 : t->tm_hour % 12;
  for (const char *p = format; *p; ++p) {
    if (*p != '%') {
      out.put(*p);
      continue;
    }
    const char *start = p++;
    if (*p == 'E' || *p == 'O')
      ++p;
    switch (*p) {
    case 'a': out.put_abbreviated(weekday_name(t->tm_wday)); break;
    case 'A': out.put(weekday_name(t->tm_wday)); break;
    case 'b':
    case 'h': out.put_abbreviated(month_name(t->tm_mon)); break;
    case 'B': out.put(month_name(t->tm_mon)); break;
    case 'c':
      format_time_into(out, "%a %b %e %H:%M:%S %Y", t);
      break;
    case 'C': out.put_number(floor_div(year, 100), 1); break;
    case 'd': out.put_number(t->tm_mday, 2); break;
    case 'D':
    case 'x': format_time_into(out, "%m/%d/%y", t); break;
    case 'e': out.put_number(t->tm_mday, 2, ' '); break;
    case 'F': format_time_into(out, "%Y-%m-%d", t); break;
    case 'g': out.put_number(floor_mod(iso_week(t).year, 100), 2); break;
    case 'G': out.put_number(iso_week(t).year, 1); break;
    case 'H': out.put_number(t->tm_hour, 2); break;
    case 'I': out.put_number(hour12, 2); break;
    case 'j': out.put_number(int64_t(t->tm_yday) + 1, 3); break;
    case 'k': out.put_number(t->tm_hour, 2, ' '); break;
    case 'l': out.put_number(hour12, 2, ' '); break;
    case 'm': out.put_number(int64_t(t->tm_mon) + 1, 2); break;
    case 'M': out.put_number(t->tm_min, 2); break;
    case 'n': out.put('\n'); break;
    case 'p': out.put(t->tm_hour < 12 ? "AM" : "PM"); break;
    case 'P': out.put(t->tm_hour < 12 ? "am" : "pm"); break;
    case 'r': format_time_into(out, "%I:%M:%S %p", t); break;
    case 'R': format_time_into(out, "%H:%M", t); break;
    case 's': out.put_number(tm_to_seconds(t) - t->tm_gmtoff, 1); break;
    case 'S': out.put_number(t->tm_sec, 2); break;
    case 't': out.put('\t'); break;
    case 'T':
    case 'X': format_time_into(out, "%H:%M:%S", t); break;
    case 'u': out.put_number(t->tm_wday == 0 ? 7 : t->tm_wday, 1); break;
    case 'U': out.put_number((t->tm_yday - t->tm_wday + 7) / 7, 2); break;
    case 'V': out.put_number(iso_week(t).week, 2); break;
    case 'w': out.put_number(t->tm_wday, 1); break;
    case 'W': out.put_number((t->tm_yday - (t->tm_wday - 1 + 7) % 7 + 7) / 7, 2); break;
    case 'y': out.put_number(floor_mod(year, 100), 2); break;
    case 'Y': out.put_number(year, 1); break;
    case 'z': {
      if (t->tm_isdst < 0)
        break;
      int64_t offset = t->tm_gmtoff;
      out.put(offset < 0 ? '-' : '+');
      uint64_t minutes = (offset < 0 ? 0 - static_cast<uint64_t>(offset) : offset) / 60;
      out.put_number(static_cast<int64_t>(minutes / 60 * 100 + minutes % 60), 4);
      break;
    }
    case 'Z':
      if (t->tm_zone)
        out.put(t->tm_zone);
      break;
    case '%': out.put('%'); break;
    default:
      // Unknown: copied as written, as glibc does. A '%' at the very end
      // stays a '%'.
      if (!*p) {
        for (const char *q = start; *q; ++q)
          out.put(*q);
        return;
      }
      for (const char *q = start; q <= p; ++q)
        out.put(*q);
      break;
    }
  }
}

inline size_t format_time(char *buffer, size_t capacity, const char *format,
                          const struct tm *t) {
  TimeWriter out(buffer, capacity);
  format_time_into(out, format, t);
  return out.finish();
}

// asctime's "Thu Jan  1 00:00:00 1970\n", as glibc prints it. `buffer` must
// hold kAscTimeSize bytes, enough for any int fields.
constexpr size_t kAscTimeSize = 64;
inline void format_asctime(char *buffer, const struct tm *t) {
  TimeWriter out(buffer, kAscTimeSize);
  out.put_abbreviated(t->tm_wday >= 0 && t->tm_wday < 7 ? weekday_name(t->tm_wday) : "???");
  out.put(' ');
  out.put_abbreviated(t->tm_mon >= 0 && t->tm_mon < 12 ? month_name(t->tm_mon) : "???");
  out.put_number(t->tm_mday, 3, ' ');
  out.put(' ');
  out.put_number(t->tm_hour, 2);
  out.put(':');
  out.put_number(t->tm_min, 2);
  out.put(':');
  out.put_number(t->tm_sec, 2);
  out.put(' ');
  out.put_number(int64_t(t->tm_year) + kTmYearBase, 1);
  out.put('\n');
  out.finish();
}

} // namespace gpulibc::internal

#endif
