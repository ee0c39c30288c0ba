#include <strings.h>

#include "src/__support/common.h"

LIBC_ENTRY(int, ffs, (int i)) { return __builtin_ffs(i); }
