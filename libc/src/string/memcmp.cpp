#include <string.h>

#include "src/__support/common.h"

LIBC_ENTRY(int, memcmp, (const void *lhs, const void *rhs, size_t n)) {
  const unsigned char *a = static_cast<const unsigned char *>(lhs);
  const unsigned char *b = static_cast<const unsigned char *>(rhs);
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i])
      return a[i] - b[i];
  return 0;
}
