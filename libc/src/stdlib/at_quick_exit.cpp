#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/quick_exit_handlers.h"

LIBC_ENTRY(int, at_quick_exit, (void (*handler)(void))) {
  return gpulibc::internal::register_quick_exit_handler(handler) ? 0 : -1;
}
