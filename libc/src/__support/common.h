//===-- Definitions every entry point uses --------------------------------===//
#ifndef GPULIBC_SUPPORT_COMMON_H
#define GPULIBC_SUPPORT_COMMON_H

// Defines the public C symbol `name`. The public header's declaration is in
// scope, so the compiler checks the definition against it.
#define LIBC_ENTRY(type, name, arglist) extern "C" type name arglist noexcept

#endif
