#include <stdlib.h>
#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

// malloc sets errno to ENOMEM when it fails.
LIBC_ENTRY(char *, strdup, (const char *s)) {
  using namespace gpulibc::internal;
  size_t size = string_length(s) + 1;
  char *copy = static_cast<char *>(malloc(size));
  if (copy)
    copy_forward(as_bytes(copy), as_bytes(s), size);
  return copy;
}
