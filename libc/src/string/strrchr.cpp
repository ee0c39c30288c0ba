#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strrchr, (const char *s, int c)) {
  return const_cast<char *>(gpulibc::internal::find_last_char(s, static_cast<unsigned char>(c)));
}
