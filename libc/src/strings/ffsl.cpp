#include <strings.h>

#include "src/__support/common.h"

LIBC_ENTRY(int, ffsl, (long i)) { return __builtin_ffsl(i); }
