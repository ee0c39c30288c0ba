//===-- at_quick_exit's registry, apart from atexit's ----------------------===//
#ifndef GPULIBC_SUPPORT_QUICK_EXIT_HANDLERS_H
#define GPULIBC_SUPPORT_QUICK_EXIT_HANDLERS_H

namespace gpulibc::internal {

// False when the registry is full (it holds 64; C requires 32).
bool register_quick_exit_handler(void (*handler)(void));

// Runs and removes the handlers, last registered first.
void run_quick_exit_handlers();

} // namespace gpulibc::internal

#endif
