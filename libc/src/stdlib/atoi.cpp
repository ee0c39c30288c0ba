#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/str_to_integer.h"

// The value of glibc's (int)strtol(str, NULL, 10).
// errno is left alone: C allows that, and compilers rely on it (LLVM treats
// atoi, atol, atoll and atof as functions that only read memory).
LIBC_ENTRY(int, atoi, (const char *str)) {
  return static_cast<int>(gpulibc::internal::parse_integer<long>(str, 10).value);
}
