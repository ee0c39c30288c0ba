#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_first_leading_one_uc, (unsigned char value)) {
  return gpulibc::internal::first_leading_one(value);
}
