#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/file.h"

LIBC_ENTRY(int, fputc, (int c, FILE *stream)) {
  unsigned char byte = static_cast<unsigned char>(c);
  return gpulibc::internal::write_to_stream(stream, &byte, 1) < 0 ? EOF : byte;
}
