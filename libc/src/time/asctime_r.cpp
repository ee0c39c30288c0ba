#include <errno.h>
#include <time.h>

#include "src/__support/common.h"
#include "src/__support/time/strftime.h"

// POSIX gives the buffer 26 bytes, which holds every year from 1000 to 9999;
// like glibc, refuse (EOVERFLOW) what would not fit.
LIBC_ENTRY(char *, asctime_r, (const struct tm *__restrict t, char *__restrict buffer)) {
  char text[gpulibc::internal::kAscTimeSize];
  gpulibc::internal::format_asctime(text, t);
  size_t n = 0;
  while (text[n])
    ++n;
  if (n + 1 > 26) {
    errno = EOVERFLOW;
    return nullptr;
  }
  for (size_t i = 0; i <= n; ++i)
    buffer[i] = text[i];
  return buffer;
}
