#include <inttypes.h>

#include "src/__support/common.h"

// imaxabs(INTMAX_MIN) is INTMAX_MIN, as with glibc.
LIBC_ENTRY(intmax_t, imaxabs, (intmax_t x)) {
  return x < 0 ? static_cast<intmax_t>(uintmax_t(0) - static_cast<uintmax_t>(x)) : x;
}
