#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(int, strcmp, (const char *lhs, const char *rhs)) {
  return gpulibc::internal::compare_strings(lhs, rhs, SIZE_MAX);
}
