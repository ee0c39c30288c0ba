#include <stdlib.h>
#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

// malloc sets errno to ENOMEM when it fails.
LIBC_ENTRY(char *, strndup, (const char *s, size_t n)) {
  using namespace gpulibc::internal;
  size_t length = bounded_string_length(s, n);
  char *copy = static_cast<char *>(malloc(length + 1));
  if (copy) {
    copy_forward(as_bytes(copy), as_bytes(s), length);
    copy[length] = '\0';
  }
  return copy;
}
