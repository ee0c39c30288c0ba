#include <time.h>

#include "src/__support/common.h"

LIBC_ENTRY(double, difftime, (time_t end, time_t start)) {
  time_t difference;
  // Exact when the difference fits; otherwise each side is rounded once.
  if (!__builtin_sub_overflow(end, start, &difference))
    return static_cast<double>(difference);
  return static_cast<double>(end) - static_cast<double>(start);
}
