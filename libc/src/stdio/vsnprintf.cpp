#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/printf/printf_main.h"

LIBC_ENTRY(int, vsnprintf, (char *__restrict buffer, size_t size,
                            const char *__restrict format, va_list args)) {
  return gpulibc::internal::format_to_buffer(buffer, size, format, args);
}
