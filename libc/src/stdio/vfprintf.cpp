#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/printf/printf_main.h"

LIBC_ENTRY(int, vfprintf, (FILE *__restrict stream, const char *__restrict format,
                           va_list args)) {
  return gpulibc::internal::format_to_stream(stream, format, args);
}
