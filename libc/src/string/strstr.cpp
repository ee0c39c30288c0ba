#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_search.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strstr, (const char *haystack, const char *needle)) {
  using namespace gpulibc::internal;
  if (!needle[0])
    return const_cast<char *>(haystack);
  if (!needle[1]) {
    const char *found = find_char_or_end(haystack, as_bytes(needle)[0]);
    return *found ? const_cast<char *>(found) : nullptr;
  }
  StringHaystack string{as_bytes(haystack)};
  return reinterpret_cast<char *>(const_cast<unsigned char *>(
      two_way_search<ExactBytes>(string, as_bytes(needle), string_length(needle))));
}
