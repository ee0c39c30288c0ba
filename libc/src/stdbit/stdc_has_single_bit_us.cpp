#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(bool, stdc_has_single_bit_us, (unsigned short value)) {
  return gpulibc::internal::has_single_bit(value);
}
