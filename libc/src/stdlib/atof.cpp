#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/str_to_float.h"

// The value of strtod(str, NULL).
// errno is left alone: C allows that, and compilers rely on it (LLVM treats
// atoi, atol, atoll and atof as functions that only read memory).
LIBC_ENTRY(double, atof, (const char *str)) {
  return gpulibc::internal::parse_float<double>(str).value;
}
