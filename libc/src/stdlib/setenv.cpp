#include <errno.h>
#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/environment.h"

// Changes the device's copy of the environment only; the host (and so
// system() and the host's time zone) keeps gpurun's own.
LIBC_ENTRY(int, setenv, (const char *name, const char *value, int overwrite)) {
  size_t name_length = 0;
  if (name)
    while (name[name_length] && name[name_length] != '=')
      ++name_length;
  if (!name || name_length == 0 || name[name_length] == '=') {
    errno = EINVAL;
    return -1;
  }
  if (!value)
    value = "";
  size_t value_length = 0;
  while (value[value_length])
    ++value_length;
  char *entry = static_cast<char *>(malloc(name_length + value_length + 2));
  if (!entry) {
    errno = ENOMEM;
    return -1;
  }
  for (size_t i = 0; i < name_length; ++i)
    entry[i] = name[i];
  entry[name_length] = '=';
  for (size_t i = 0; i <= value_length; ++i)
    entry[name_length + 1 + i] = value[i];
  bool used = false;
  bool ok = gpulibc::internal::update_environment(name, name_length, entry, !overwrite, &used);
  if (!used)
    free(entry);
  if (!ok) {
    errno = ENOMEM;
    return -1;
  }
  return 0;
}
