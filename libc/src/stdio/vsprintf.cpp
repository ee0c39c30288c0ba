#include <stdint.h>
#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/printf/printf_main.h"

LIBC_ENTRY(int, vsprintf, (char *__restrict buffer, const char *__restrict format,
                           va_list args)) {
  return gpulibc::internal::format_to_buffer(buffer, SIZE_MAX, format, args);
}
