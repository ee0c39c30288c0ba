#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_first_leading_one_us, (unsigned short value)) {
  return gpulibc::internal::first_leading_one(value);
}
