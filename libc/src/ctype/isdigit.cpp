#include <ctype.h>

#include "src/__support/char_class.h"
#include "src/__support/common.h"

LIBC_ENTRY(int, isdigit, (int c)) { return gpulibc::internal::is_digit(c); }
