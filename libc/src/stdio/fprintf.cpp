#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/printf/printf_main.h"

LIBC_ENTRY(int, fprintf, (FILE *__restrict stream, const char *__restrict format, ...)) {
  va_list args;
  va_start(args, format);
  int result = gpulibc::internal::format_to_stream(stream, format, args);
  va_end(args);
  return result;
}
