#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

// In the "C" locale a string is its own collation key. As glibc does, copies
// the terminator only if it fits; the caller sees from the result >= n that
// dst is incomplete.
LIBC_ENTRY(size_t, strxfrm, (char *__restrict dst, const char *__restrict src, size_t n)) {
  using namespace gpulibc::internal;
  size_t length = string_length(src);
  copy_forward(as_bytes(dst), as_bytes(src), length < n ? length + 1 : n);
  return length;
}
