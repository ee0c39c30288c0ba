#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/environment.h"

LIBC_ENTRY(char *, getenv, (const char *name)) {
  char **env = gpulibc::internal::environment;
  if (!env || !name || !*name)
    return nullptr;
  for (; *env; ++env) {
    const char *entry = *env;
    const char *n = name;
    while (*n && *n != '=' && *n == *entry)
      ++n, ++entry;
    if (!*n && *entry == '=')
      return const_cast<char *>(entry + 1);
  }
  return nullptr;
}
