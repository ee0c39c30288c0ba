#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/exit_handlers.h"

// The host's side of GPULIBC_OP_EXIT only ends the run: handlers are the
// device's business, and _Exit runs none. Device streams keep no buffers,
// so what was written before still appears.
LIBC_ENTRY(void, _Exit, (int status)) { gpulibc::internal::send_exit(status); }
