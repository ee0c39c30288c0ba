#include <stdlib.h>

#include "src/__support/common.h"

// Negating in unsigned arithmetic makes abs(INT_MIN) INT_MIN, as in glibc,
// without the undefined behaviour the compiler could exploit.
LIBC_ENTRY(int, abs, (int x)) {
  return x < 0 ? static_cast<int>(0u - static_cast<unsigned>(x)) : x;
}
