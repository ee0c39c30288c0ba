#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(size_t, strcspn, (const char *s, const char *reject)) {
  return gpulibc::internal::span(s, reject, false);
}
