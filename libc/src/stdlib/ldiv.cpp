#include <stdlib.h>

#include "src/__support/common.h"

LIBC_ENTRY(ldiv_t, ldiv, (long numer, long denom)) { return {numer / denom, numer % denom}; }
