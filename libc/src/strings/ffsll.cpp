#include <strings.h>

#include "src/__support/common.h"

LIBC_ENTRY(int, ffsll, (long long i)) { return __builtin_ffsll(i); }
