#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/environment.h"

LIBC_ENTRY(char *, getenv, (const char *name)) {
  if (!name || !*name)
    return nullptr;
  size_t length = 0;
  while (name[length] && name[length] != '=')
    ++length;
  if (name[length] == '=')
    return nullptr;
  char **entry = gpulibc::internal::find_environment_entry(
      gpulibc::internal::current_environment(), name, length);
  return entry ? *entry + length + 1 : nullptr;
}
