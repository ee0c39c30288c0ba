#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_first_trailing_zero_us, (unsigned short value)) {
  return gpulibc::internal::first_trailing_zero(value);
}
