#ifndef GPULIBC_SUPPORT_ENVIRONMENT_H
#define GPULIBC_SUPPORT_ENVIRONMENT_H

#include <stddef.h>

namespace gpulibc::internal {
// envp as passed to the program, set once by the startup code; setenv and
// unsetenv later point it at copies. Read it with current_environment().
extern char **environment;

// The current array: an acquire load, so the entries a writer stored before
// publishing it are visible.
inline char **current_environment() {
  return __scoped_atomic_load_n(&environment, __ATOMIC_ACQUIRE, __MEMORY_SCOPE_DEVICE);
}

// The entry "name=..." of `env` whose name is the first `name_length` bytes
// of `name`, or null.
char **find_environment_entry(char **env, const char *name, size_t name_length);

// Under a lock: replaces `name`'s entry with `entry` ("name=value"), adds it
// if absent, or removes it if `entry` is null. With `keep_existing`, an
// existing entry stays, and *entry_used (if given) says whether `entry` went
// in. False when out of memory.
bool update_environment(const char *name, size_t name_length, char *entry, bool keep_existing,
                        bool *entry_used = nullptr);
} // namespace gpulibc::internal

#endif
