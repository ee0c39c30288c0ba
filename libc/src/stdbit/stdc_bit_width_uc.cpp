#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_bit_width_uc, (unsigned char value)) {
  return gpulibc::internal::bit_width(value);
}
