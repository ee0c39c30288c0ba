#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/exit_handlers.h"

static void call_plain_handler(void *handler) {
  reinterpret_cast<void (*)(void)>(handler)();
}

LIBC_ENTRY(int, atexit, (void (*handler)(void))) {
  return gpulibc::internal::register_exit_handler(call_plain_handler,
                                                  reinterpret_cast<void *>(handler))
             ? 0
             : -1;
}
