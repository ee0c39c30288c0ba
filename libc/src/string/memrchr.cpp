#include <string.h>

#include "src/__support/common.h"
#include "src/__support/memory_utils.h"

LIBC_ENTRY(void *, memrchr, (const void *s, int c, size_t n)) {
  return const_cast<unsigned char *>(gpulibc::internal::find_last_byte(
      static_cast<const unsigned char *>(s), static_cast<unsigned char>(c), n));
}
