#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_leading_ones_uc, (unsigned char value)) {
  return gpulibc::internal::leading_ones(value);
}
