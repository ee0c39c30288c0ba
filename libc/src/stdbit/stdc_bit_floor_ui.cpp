#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_bit_floor_ui, (unsigned int value)) {
  return gpulibc::internal::bit_floor(value);
}
