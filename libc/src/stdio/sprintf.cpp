#include <stdint.h>
#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/printf/printf_main.h"

// sprintf has no size; the buffer is as large as the caller promises.
LIBC_ENTRY(int, sprintf, (char *__restrict buffer, const char *__restrict format, ...)) {
  va_list args;
  va_start(args, format);
  int result = gpulibc::internal::format_to_buffer(buffer, SIZE_MAX, format, args);
  va_end(args);
  return result;
}
