#include <ctype.h>

#include "src/__support/char_class.h"
#include "src/__support/common.h"

LIBC_ENTRY(int, ispunct, (int c)) { return gpulibc::internal::is_punct(c); }
