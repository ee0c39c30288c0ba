#include <ctype.h>

#include "src/__support/char_class.h"
#include "src/__support/common.h"

LIBC_ENTRY(int, toupper, (int c)) { return gpulibc::internal::to_upper(c); }
