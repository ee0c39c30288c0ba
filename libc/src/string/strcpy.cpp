#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

LIBC_ENTRY(char *, strcpy, (char *__restrict dst, const char *__restrict src)) {
  gpulibc::internal::copy_forward(reinterpret_cast<unsigned char *>(dst),
                                  reinterpret_cast<const unsigned char *>(src),
                                  gpulibc::internal::string_length(src) + 1);
  return dst;
}
