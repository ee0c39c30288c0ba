#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strchr, (const char *s, int c)) {
  const char *found = gpulibc::internal::find_char_or_end(s, static_cast<unsigned char>(c));
  return *found == static_cast<char>(c) ? const_cast<char *>(found) : nullptr;
}
