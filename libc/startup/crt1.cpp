//===-- Program start-up, the same on every target ------------------------===//
//
// The loader launches three kernels in turn. Constructors must finish before
// any thread enters main, and a GPU has no grid-wide barrier to wait for
// them, so they get a kernel of their own; so do exit handlers.
//
//===----------------------------------------------------------------------===//
#include <stdint.h>
#include <stdlib.h>

#include "gpu_target.h"
#include "src/__support/environment.h"
#include "src/__support/exit_handlers.h"

extern "C" int main(int argc, char **argv, char **envp);

namespace {

using InitFunction = void(int, char **, char **);
using FiniFunction = void();

void run_fini_array(void *) {
  gpulibc::gpu::FunctionArray fini = gpulibc::gpu::fini_array();
  for (const uintptr_t *f = fini.end; f != fini.begin;)
    reinterpret_cast<FiniFunction *>(*--f)();
}

} // namespace

GPULIBC_KERNEL void _begin(int argc, char **argv, char **envp) {
  gpulibc::internal::environment = envp;
  // Registered before any constructor runs, so destructors from the
  // .fini_array run after every atexit handler, as on a hosted system.
  gpulibc::internal::register_exit_handler(run_fini_array, nullptr);
  gpulibc::gpu::FunctionArray init = gpulibc::gpu::init_array();
  for (const uintptr_t *f = init.begin; f != init.end; ++f)
    reinterpret_cast<InitFunction *>(*f)(argc, argv, envp);
}

GPULIBC_KERNEL void _start(int argc, char **argv, char **envp, int *ret) {
  // Every thread runs main; the statuses are ORed so that any failure shows.
  int status = main(argc, argv, envp);
  __scoped_atomic_fetch_or(ret, status, __ATOMIC_RELAXED, __MEMORY_SCOPE_SYSTEM);
}

GPULIBC_KERNEL void _end(int status) { exit(status); }
