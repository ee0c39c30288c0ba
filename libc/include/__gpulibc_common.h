/* Shared by gpulibc's public headers: C/C++ linkage and keyword spellings. */
#ifndef __GPULIBC_COMMON_H
#define __GPULIBC_COMMON_H

#ifdef __cplusplus
#define __GPULIBC_BEGIN_DECLS extern "C" {
#define __GPULIBC_END_DECLS }
#define __GPULIBC_NOEXCEPT noexcept
#define __GPULIBC_RESTRICT __restrict
#define __GPULIBC_NORETURN [[noreturn]]
#else
#define __GPULIBC_BEGIN_DECLS
#define __GPULIBC_END_DECLS
#define __GPULIBC_NOEXCEPT
#define __GPULIBC_RESTRICT restrict
#define __GPULIBC_NORETURN _Noreturn
#endif

#define __GPULIBC_PRINTF(fmt, args) __attribute__((__format__(__printf__, fmt, args)))

#endif
