#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(size_t, strspn, (const char *s, const char *accept)) {
  return gpulibc::internal::span(s, accept, true);
}
