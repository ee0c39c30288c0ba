#include <errno.h>
#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/environment.h"

LIBC_ENTRY(int, unsetenv, (const char *name)) {
  size_t name_length = 0;
  if (name)
    while (name[name_length] && name[name_length] != '=')
      ++name_length;
  if (!name || name_length == 0 || name[name_length] == '=') {
    errno = EINVAL;
    return -1;
  }
  if (!gpulibc::internal::update_environment(name, name_length, nullptr, false)) {
    errno = ENOMEM;
    return -1;
  }
  return 0;
}
