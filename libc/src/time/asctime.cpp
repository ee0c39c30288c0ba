#include <time.h>

#include "src/__support/common.h"
#include "src/__support/time/strftime.h"

// Large enough for any int fields, so asctime never fails; shared by every
// thread, as C allows.
static char text[gpulibc::internal::kAscTimeSize];

LIBC_ENTRY(char *, asctime, (const struct tm *t)) {
  gpulibc::internal::format_asctime(text, t);
  return text;
}
