#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned long, stdc_bit_ceil_ul, (unsigned long value)) {
  return gpulibc::internal::bit_ceil(value);
}
