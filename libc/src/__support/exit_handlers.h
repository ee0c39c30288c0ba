//===-- atexit/__cxa_atexit registry and the end of a program --------------===//
#ifndef GPULIBC_SUPPORT_EXIT_HANDLERS_H
#define GPULIBC_SUPPORT_EXIT_HANDLERS_H

namespace gpulibc::internal {

using ExitCallback = void (*)(void *);

// Registers a callback run by exit() in reverse order of registration.
// Returns false when out of memory.
bool register_exit_handler(ExitCallback callback, void *argument);

// Runs and removes the handlers; safe if a handler registers another.
void run_exit_handlers();

// Sends the final status to the host. The host ends the program, so this
// thread parks until it does.
[[noreturn]] void send_exit(int status);

} // namespace gpulibc::internal

#endif
