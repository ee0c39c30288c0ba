#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

// The "C" locale collates by byte value.
LIBC_ENTRY(int, strcoll, (const char *lhs, const char *rhs)) {
  return gpulibc::internal::compare_strings(lhs, rhs, SIZE_MAX);
}
