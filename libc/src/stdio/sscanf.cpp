#include <errno.h>
#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/scanf/scan.h"

LIBC_ENTRY(int, sscanf, (const char *__restrict input, const char *__restrict format, ...)) {
  va_list args;
  va_start(args, format);
  gpulibc::scanf_core::ScanResult result =
      gpulibc::scanf_core::scan_string(input, format, args);
  va_end(args);
  if (result.error != gpulibc::scanf_core::kErrnoUnchanged)
    errno = result.error;
  return result.count;
}
