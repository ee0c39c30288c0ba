#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_first_trailing_one_uc, (unsigned char value)) {
  return gpulibc::internal::first_trailing_one(value);
}
