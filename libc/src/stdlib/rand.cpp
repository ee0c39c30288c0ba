#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/rand_generator.h"

LIBC_ENTRY(int, rand, (void)) { return gpulibc::internal::rand_next(); }
