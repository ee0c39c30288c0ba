#ifndef GPULIBC_SUPPORT_ENVIRONMENT_H
#define GPULIBC_SUPPORT_ENVIRONMENT_H

namespace gpulibc::internal {
// envp as passed to the program; set once by the startup code.
extern char **environment;
} // namespace gpulibc::internal

#endif
