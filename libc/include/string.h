/* <string.h>: C17, with the POSIX and GNU additions glibc declares by
 * default.
 *
 * Every declaration is visible whatever feature-test macros are set: clang
 * defines _GNU_SOURCE for C++ on the cpu device's (Linux) triple but not on
 * the GPU triples, and a program must see the same declarations on all
 * three. As with glibc's default features, <strings.h> is included too.
 *
 * strerror_r is the POSIX (XSI) function, returning 0 or an error number
 * (EINVAL for an unknown errnum, ERANGE when buflen is too small; the message
 * is truncated into buf and terminated either way), as glibc gives C programs
 * that do not define _GNU_SOURCE and as musl gives everyone. glibc's GNU
 * variant, returning char *, is not provided: switching on _GNU_SOURCE would
 * give C++ a different function on the cpu device than on the GPUs. Code that
 * expects the GNU variant fails to compile rather than misbehaving.
 *
 * strerror and strsignal never share a buffer between threads: known numbers
 * get constant strings, and "Unknown error N" is formatted once per N into
 * memory that stays valid for the rest of the program. strtok keeps one
 * hidden position for the whole program, as the C standard has it; threads
 * must use strtok_r. Only the "C" locale exists: strcoll is strcmp and
 * strxfrm copies. */
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
void *memchr(const void *, int, size_t) __GPULIBC_NOEXCEPT;
void *memrchr(const void *, int, size_t) __GPULIBC_NOEXCEPT;
void *memccpy(void *__GPULIBC_RESTRICT, const void *__GPULIBC_RESTRICT, int,
              size_t) __GPULIBC_NOEXCEPT;
void *mempcpy(void *__GPULIBC_RESTRICT, const void *__GPULIBC_RESTRICT,
              size_t) __GPULIBC_NOEXCEPT;
void *memmem(const void *, size_t, const void *, size_t) __GPULIBC_NOEXCEPT;

size_t strlen(const char *) __GPULIBC_NOEXCEPT;
size_t strnlen(const char *, size_t) __GPULIBC_NOEXCEPT;

char *strcpy(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
char *strncpy(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT,
              size_t) __GPULIBC_NOEXCEPT;
char *stpcpy(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
char *stpncpy(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT,
              size_t) __GPULIBC_NOEXCEPT;
char *strcat(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
char *strncat(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT,
              size_t) __GPULIBC_NOEXCEPT;
/* BSD (glibc 2.38): return strlen(src), or strnlen(dst, size) + strlen(src). */
size_t strlcpy(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT,
               size_t) __GPULIBC_NOEXCEPT;
size_t strlcat(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT,
               size_t) __GPULIBC_NOEXCEPT;

int strcmp(const char *, const char *) __GPULIBC_NOEXCEPT;
int strncmp(const char *, const char *, size_t) __GPULIBC_NOEXCEPT;
int strcoll(const char *, const char *) __GPULIBC_NOEXCEPT;
size_t strxfrm(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT,
               size_t) __GPULIBC_NOEXCEPT;

char *strchr(const char *, int) __GPULIBC_NOEXCEPT;
char *strrchr(const char *, int) __GPULIBC_NOEXCEPT;
char *strchrnul(const char *, int) __GPULIBC_NOEXCEPT;
size_t strspn(const char *, const char *) __GPULIBC_NOEXCEPT;
size_t strcspn(const char *, const char *) __GPULIBC_NOEXCEPT;
char *strpbrk(const char *, const char *) __GPULIBC_NOEXCEPT;
char *strstr(const char *, const char *) __GPULIBC_NOEXCEPT;
char *strcasestr(const char *, const char *) __GPULIBC_NOEXCEPT;

char *strtok(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
char *strtok_r(char *__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT,
               char **__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
char *strsep(char **__GPULIBC_RESTRICT, const char *__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;

/* Allocate with malloc; null and errno = ENOMEM when the heap is exhausted. */
char *strdup(const char *) __GPULIBC_NOEXCEPT;
char *strndup(const char *, size_t) __GPULIBC_NOEXCEPT;

char *strerror(int) __GPULIBC_NOEXCEPT;
int strerror_r(int, char *, size_t) __GPULIBC_NOEXCEPT;
char *strsignal(int) __GPULIBC_NOEXCEPT;

__GPULIBC_END_DECLS

#include <strings.h>

#endif
