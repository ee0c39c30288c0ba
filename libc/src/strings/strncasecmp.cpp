#include <strings.h>

#include "src/__support/common.h"
#include "src/__support/char_class.h"

LIBC_ENTRY(int, strncasecmp, (const char *lhs, const char *rhs, size_t n)) {
  using gpulibc::internal::to_lower;
  const unsigned char *a = reinterpret_cast<const unsigned char *>(lhs);
  const unsigned char *b = reinterpret_cast<const unsigned char *>(rhs);
  for (; n; --n, ++a, ++b) {
    int x = to_lower(*a), y = to_lower(*b);
    if (x != y || !x)
      return x - y;
  }
  return 0;
}
