#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strpbrk, (const char *s, const char *accept)) {
  s += gpulibc::internal::span(s, accept, false);
  return *s ? const_cast<char *>(s) : nullptr;
}
