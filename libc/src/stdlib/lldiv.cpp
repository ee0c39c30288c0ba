#include <stdlib.h>

#include "src/__support/common.h"

LIBC_ENTRY(lldiv_t, lldiv, (long long numer, long long denom)) {
  return {numer / denom, numer % denom};
}
