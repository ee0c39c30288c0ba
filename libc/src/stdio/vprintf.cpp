#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/printf/printf_main.h"

LIBC_ENTRY(int, vprintf, (const char *__restrict format, va_list args)) {
  return gpulibc::internal::format_to_stream(stdout, format, args);
}
