#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_leading_zeros_ul, (unsigned long value)) {
  return gpulibc::internal::leading_zeros(value);
}
