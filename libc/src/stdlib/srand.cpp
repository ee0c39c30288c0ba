#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/rand_generator.h"

LIBC_ENTRY(void, srand, (unsigned seed)) { gpulibc::internal::rand_seed(seed); }
