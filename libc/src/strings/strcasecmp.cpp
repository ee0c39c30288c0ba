#include <strings.h>

#include "src/__support/common.h"
#include "src/__support/char_class.h"

LIBC_ENTRY(int, strcasecmp, (const char *lhs, const char *rhs)) {
  using gpulibc::internal::to_lower;
  const unsigned char *a = reinterpret_cast<const unsigned char *>(lhs);
  const unsigned char *b = reinterpret_cast<const unsigned char *>(rhs);
  for (;; ++a, ++b) {
    int x = to_lower(*a), y = to_lower(*b);
    if (x != y || !x)
      return x - y;
  }
}
