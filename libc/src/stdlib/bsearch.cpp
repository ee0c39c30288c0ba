#include <stdlib.h>

#include "src/__support/common.h"

LIBC_ENTRY(void *, bsearch,
           (const void *key, const void *base, size_t n, size_t size,
            int (*compare)(const void *, const void *))) {
  const char *low = static_cast<const char *>(base);
  // The answer, if any, is in [low, low + n elements).
  while (n > 0) {
    const char *middle = low + (n / 2) * size;
    const int order = compare(key, middle);
    if (order == 0)
      return const_cast<char *>(middle);
    if (order > 0) {
      low = middle + size;
      n -= n / 2 + 1;
    } else {
      n /= 2;
    }
  }
  return nullptr;
}
