#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/file.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(int, fputs, (const char *__restrict s, FILE *__restrict stream)) {
  size_t n = gpulibc::internal::string_length(s);
  return gpulibc::internal::write_to_stream(stream, s, n) < 0 ? EOF : 1;
}
