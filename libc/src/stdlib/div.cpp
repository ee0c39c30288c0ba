#include <stdlib.h>

#include "src/__support/common.h"

LIBC_ENTRY(div_t, div, (int numer, int denom)) { return {numer / denom, numer % denom}; }
