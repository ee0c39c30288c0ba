#include <stdbit.h>

#include "src/__support/bit_ops.h"
#include "src/__support/common.h"

LIBC_ENTRY(unsigned int, stdc_count_zeros_ull, (unsigned long long value)) {
  return gpulibc::internal::count_zeros(value);
}
