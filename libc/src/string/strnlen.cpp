#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(size_t, strnlen, (const char *s, size_t limit)) {
  return gpulibc::internal::bounded_string_length(s, limit);
}
