#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strsep, (char **__restrict string, const char *__restrict delimiters)) {
  char *token = *string;
  if (!token)
    return nullptr;
  char *end = token + gpulibc::internal::span(token, delimiters, false);
  if (*end) {
    *end = '\0';
    *string = end + 1;
  } else {
    *string = nullptr;
  }
  return token;
}
