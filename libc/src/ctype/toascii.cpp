#include <ctype.h>

#include "src/__support/common.h"

LIBC_ENTRY(int, toascii, (int c)) { return c & 0x7f; }
