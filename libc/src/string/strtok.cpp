#include <string.h>

#include "src/__support/common.h"
#include "src/__support/string_utils.h"

// One position for the whole program, as C specifies: strtok is not for
// concurrent use, on a GPU's lanes no more than on a host's threads.
static char *saved_position;

LIBC_ENTRY(char *, strtok, (char *__restrict s, const char *__restrict delimiters)) {
  return gpulibc::internal::tokenize(s, delimiters, &saved_position);
}
