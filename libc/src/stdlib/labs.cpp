#include <stdlib.h>

#include "src/__support/common.h"

LIBC_ENTRY(long, labs, (long x)) {
  return x < 0 ? static_cast<long>(0ul - static_cast<unsigned long>(x)) : x;
}
