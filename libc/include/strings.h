/* <strings.h>: POSIX and BSD byte-string functions. Case-insensitive
 * comparison uses the "C" locale (ASCII), the only locale gpulibc has. */
#ifndef _STRINGS_H
#define _STRINGS_H

#include <__gpulibc_common.h>
#define __need_size_t
#define __need_NULL
#include <stddef.h>

__GPULIBC_BEGIN_DECLS

int bcmp(const void *, const void *, size_t) __GPULIBC_NOEXCEPT;
void bcopy(const void *, void *, size_t) __GPULIBC_NOEXCEPT;
void bzero(void *, size_t) __GPULIBC_NOEXCEPT;
char *index(const char *, int) __GPULIBC_NOEXCEPT;
char *rindex(const char *, int) __GPULIBC_NOEXCEPT;

int ffs(int) __GPULIBC_NOEXCEPT;
int ffsl(long) __GPULIBC_NOEXCEPT;
int ffsll(long long) __GPULIBC_NOEXCEPT;

int strcasecmp(const char *, const char *) __GPULIBC_NOEXCEPT;
int strncasecmp(const char *, const char *, size_t) __GPULIBC_NOEXCEPT;

__GPULIBC_END_DECLS

#endif
