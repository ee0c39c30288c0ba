#include <stdio.h>

#include "src/__support/common.h"
#include "src/__support/file.h"

LIBC_ENTRY(size_t, fwrite, (const void *__restrict data, size_t size, size_t count,
                            FILE *__restrict stream)) {
  if (size == 0 || count == 0)
    return 0;
  size_t bytes;
  if (__builtin_mul_overflow(size, count, &bytes))
    return 0;
  long long written = gpulibc::internal::write_to_stream(stream, data, bytes);
  return written < 0 ? 0 : static_cast<size_t>(written) / size;
}
