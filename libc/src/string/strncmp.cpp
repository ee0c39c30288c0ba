#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(int, strncmp, (const char *lhs, const char *rhs, size_t n)) {
  return gpulibc::internal::compare_strings(lhs, rhs, n);
}
