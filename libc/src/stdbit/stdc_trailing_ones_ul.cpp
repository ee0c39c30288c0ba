#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_trailing_ones_ul, (unsigned long value)) {
  return gpulibc::internal::trailing_ones(value);
}
