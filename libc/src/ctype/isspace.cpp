#include <ctype.h>

#include "src/__support/char_class.h"
#include "src/__support/common.h"

LIBC_ENTRY(int, isspace, (int c)) { return gpulibc::internal::is_space(c); }
