#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned char, stdc_bit_floor_uc, (unsigned char value)) {
  return gpulibc::internal::bit_floor(value);
}
