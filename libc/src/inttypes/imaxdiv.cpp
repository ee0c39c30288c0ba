#include <inttypes.h>

#include "src/__support/common.h"

LIBC_ENTRY(imaxdiv_t, imaxdiv, (intmax_t numer, intmax_t denom)) {
  return {numer / denom, numer % denom};
}
