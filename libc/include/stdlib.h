#ifndef _STDLIB_H
#define _STDLIB_H

#include <__gpulibc_common.h>
#define __need_size_t
#define __need_wchar_t
#define __need_NULL
#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

__GPULIBC_BEGIN_DECLS

__GPULIBC_NORETURN void exit(int) __GPULIBC_NOEXCEPT;
__GPULIBC_NORETURN void abort(void) __GPULIBC_NOEXCEPT;
int atexit(void (*)(void)) __GPULIBC_NOEXCEPT;
char *getenv(const char *) __GPULIBC_NOEXCEPT;

void *malloc(size_t) __GPULIBC_NOEXCEPT;
void *calloc(size_t, size_t) __GPULIBC_NOEXCEPT;
void free(void *) __GPULIBC_NOEXCEPT;

__GPULIBC_END_DECLS

#endif
