#include <stdlib.h>

#include "src/__support/common.h"

LIBC_ENTRY(long long, llabs, (long long x)) {
  return x < 0 ? static_cast<long long>(0ull - static_cast<unsigned long long>(x)) : x;
}
