#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_search.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strcasestr, (const char *haystack, const char *needle)) {
  using namespace gpulibc::internal;
  if (!needle[0])
    return const_cast<char *>(haystack);
  StringHaystack string{as_bytes(haystack)};
  return reinterpret_cast<char *>(const_cast<unsigned char *>(
      two_way_search<CaseFoldedBytes>(string, as_bytes(needle), string_length(needle))));
}
