#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned short, stdc_bit_ceil_us, (unsigned short value)) {
  return gpulibc::internal::bit_ceil(value);
}
