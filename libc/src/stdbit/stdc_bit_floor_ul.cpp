#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned long, stdc_bit_floor_ul, (unsigned long value)) {
  return gpulibc::internal::bit_floor(value);
}
