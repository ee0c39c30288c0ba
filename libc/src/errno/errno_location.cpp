#include <errno.h>

#include "gpu_target.h"
#include "src/__support/common.h"

LIBC_ENTRY(int *, __errno_location, (void)) { return gpulibc::gpu::errno_location(); }
