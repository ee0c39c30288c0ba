#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strtok_r,
           (char *__restrict s, const char *__restrict delimiters, char **__restrict saved)) {
  return gpulibc::internal::tokenize(s, delimiters, saved);
}
