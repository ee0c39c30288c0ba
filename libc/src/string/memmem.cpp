#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_search.h"

LIBC_ENTRY(void *, memmem,
           (const void *haystack, size_t haystack_length, const void *needle,
            size_t needle_length)) {
  using namespace gpulibc::internal;
  const unsigned char *h = static_cast<const unsigned char *>(haystack);
  const unsigned char *n = static_cast<const unsigned char *>(needle);
  if (needle_length == 0)
    return const_cast<unsigned char *>(h);
  if (needle_length > haystack_length)
    return nullptr;
  if (needle_length == 1)
    return const_cast<unsigned char *>(find_byte(h, n[0], haystack_length));
  BoundedHaystack bounded{h, haystack_length};
  return const_cast<unsigned char *>(two_way_search<ExactBytes>(bounded, n, needle_length));
}
