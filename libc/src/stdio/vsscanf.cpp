#include <errno.h>
#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/scanf/scan.h"

static_assert(EILSEQ == gpulibc::scanf_core::kErrorIllegalSequence &&
                  ERANGE == gpulibc::scanf_core::kErrorRange &&
                  EINVAL == gpulibc::scanf_core::kErrorInvalid &&
                  EINTR == gpulibc::scanf_core::kErrorInterrupted,
              "the scanf engine's errno values must be <errno.h>'s");

LIBC_ENTRY(int, vsscanf, (const char *__restrict input, const char *__restrict format,
                          va_list args)) {
  gpulibc::scanf_core::ScanResult result =
      gpulibc::scanf_core::scan_string(input, format, args);
  if (result.error != gpulibc::scanf_core::kErrnoUnchanged)
    errno = result.error;
  return result.count;
}
