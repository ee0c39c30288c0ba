#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(size_t, strlen, (const char *s)) { return gpulibc::internal::string_length(s); }
