#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/file.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(int, puts, (const char *s)) {
  size_t n = gpulibc::internal::string_length(s);
  return gpulibc::internal::write_to_stream(stdout, s, n,
                                            gpulibc::internal::kWriteAppendNewline) < 0
             ? EOF
             : 1;
}
