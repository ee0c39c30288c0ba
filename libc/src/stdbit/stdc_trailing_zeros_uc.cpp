#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_trailing_zeros_uc, (unsigned char value)) {
  return gpulibc::internal::trailing_zeros(value);
}
