// The C++ ABI's destructor registration, used for objects with static
// storage duration. Images are single-module, so the DSO handle is ignored.
#include "src/__support/exit_handlers.h"

extern "C" int __cxa_atexit(void (*destructor)(void *), void *object, void *) {
  return gpulibc::internal::register_exit_handler(destructor, object) ? 0 : -1;
}
