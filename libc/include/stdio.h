#ifndef _STDIO_H
#define _STDIO_H

#include <__gpulibc_common.h>
#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <stdarg.h>

#define EOF (-1)

typedef struct __gpulibc_FILE FILE;

__GPULIBC_BEGIN_DECLS

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

int puts(const char *) __GPULIBC_NOEXCEPT;
int fputs(const char *__GPULIBC_RESTRICT, FILE *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
size_t fwrite(const void *__GPULIBC_RESTRICT, size_t, size_t, FILE *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
int putchar(int) __GPULIBC_NOEXCEPT;
int fputc(int, FILE *) __GPULIBC_NOEXCEPT;

int printf(const char *__GPULIBC_RESTRICT, ...) __GPULIBC_NOEXCEPT __GPULIBC_PRINTF(1, 2);
int fprintf(FILE *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT, ...) __GPULIBC_NOEXCEPT __GPULIBC_PRINTF(2, 3);
int vprintf(const char *__GPULIBC_RESTRICT, va_list) __GPULIBC_NOEXCEPT __GPULIBC_PRINTF(1, 0);
int vfprintf(FILE *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT, va_list) __GPULIBC_NOEXCEPT __GPULIBC_PRINTF(2, 0);
int snprintf(char *__GPULIBC_RESTRICT, size_t, const char *__GPULIBC_RESTRICT, ...) __GPULIBC_NOEXCEPT __GPULIBC_PRINTF(3, 4);
int vsnprintf(char *__GPULIBC_RESTRICT, size_t, const char *__GPULIBC_RESTRICT, va_list) __GPULIBC_NOEXCEPT __GPULIBC_PRINTF(3, 0);
int sprintf(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT, ...) __GPULIBC_NOEXCEPT __GPULIBC_PRINTF(2, 3);
int vsprintf(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT, va_list) __GPULIBC_NOEXCEPT __GPULIBC_PRINTF(2, 0);

int sscanf(const char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT, ...) __GPULIBC_NOEXCEPT
    __attribute__((__format__(__scanf__, 2, 3)));
int vsscanf(const char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT, va_list) __GPULIBC_NOEXCEPT
    __attribute__((__format__(__scanf__, 2, 0)));

__GPULIBC_END_DECLS

#endif
