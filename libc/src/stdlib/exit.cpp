#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/exit_handlers.h"

LIBC_ENTRY(void, exit, (int status)) {
  gpulibc::internal::run_exit_handlers();
  gpulibc::internal::send_exit(status);
}
