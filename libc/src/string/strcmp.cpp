#include <string.h>

#include "src/__support/common.h"

LIBC_ENTRY(int, strcmp, (const char *lhs, const char *rhs)) {
  const unsigned char *a = reinterpret_cast<const unsigned char *>(lhs);
  const unsigned char *b = reinterpret_cast<const unsigned char *>(rhs);
  for (; *a && *a == *b; ++a, ++b)
    ;
  return *a - *b;
}
