#ifndef _STRING_H
#define _STRING_H

#include <__gpulibc_common.h>
#define __need_size_t
#define __need_NULL
#include <stddef.h>

__GPULIBC_BEGIN_DECLS

void *memcpy(void *__GPULIBC_RESTRICT, const void *__GPULIBC_RESTRICT, size_t) __GPULIBC_NOEXCEPT;
void *memmove(void *, const void *, size_t) __GPULIBC_NOEXCEPT;
void *memset(void *, int, size_t) __GPULIBC_NOEXCEPT;
int memcmp(const void *, const void *, size_t) __GPULIBC_NOEXCEPT;
size_t strlen(const char *) __GPULIBC_NOEXCEPT;
int strcmp(const char *, const char *) __GPULIBC_NOEXCEPT;
int strncmp(const char *, const char *, size_t) __GPULIBC_NOEXCEPT;
char *strcpy(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
char *strchr(const char *, int) __GPULIBC_NOEXCEPT;

__GPULIBC_END_DECLS

#endif
