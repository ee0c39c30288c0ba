#include "src/__support/environment.h"

#include <stdlib.h>

#include "src/__support/lock.h"

namespace gpulibc::internal {

char **environment = nullptr;

namespace {
SpinLock environment_lock;
} // namespace

char **find_environment_entry(char **env, const char *name, size_t name_length) {
  if (!env)
    return nullptr;
  for (; *env; ++env) {
    const char *entry = *env;
    size_t i = 0;
    while (i < name_length && entry[i] == name[i])
      ++i;
    if (i == name_length && entry[i] == '=')
      return env;
  }
  return nullptr;
}

// Copy on write: every change publishes a new array and the old one is never
// freed, so a getenv running concurrently (without the lock) still walks a
// valid array, and strings it returned stay valid. The cost is a little
// memory per change, which programs that set variables in a loop pay.
bool update_environment(const char *name, size_t name_length, char *entry, bool keep_existing,
                        bool *entry_used) {
  bool ok = true;
  bool used = false;
  environment_lock.run_exclusive([&] {
    char **old = current_environment();
    char **existing = find_environment_entry(old, name, name_length);
    if ((existing && keep_existing) || (!existing && !entry))
      return;
    size_t count = 0;
    if (old)
      while (old[count])
        ++count;
    char **copy = static_cast<char **>(malloc((count + 2) * sizeof(char *)));
    if (!copy) {
      ok = false;
      return;
    }
    size_t n = 0;
    for (size_t i = 0; i < count; ++i)
      if (old + i != existing)
        copy[n++] = old[i];
    if (entry)
      copy[n++] = entry, used = true;
    copy[n] = nullptr;
    __scoped_atomic_store_n(&environment, copy, __ATOMIC_RELEASE, __MEMORY_SCOPE_DEVICE);
  });
  if (entry_used)
    *entry_used = used;
  return ok;
}

} // namespace gpulibc::internal
