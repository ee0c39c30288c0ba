#include <string.h>

#include "src/__support/common.h"

LIBC_ENTRY(int, strncmp, (const char *lhs, const char *rhs, size_t n)) {
  const unsigned char *a = reinterpret_cast<const unsigned char *>(lhs);
  const unsigned char *b = reinterpret_cast<const unsigned char *>(rhs);
  for (; n; --n, ++a, ++b)
    if (*a != *b || !*a)
      return *a - *b;
  return 0;
}
