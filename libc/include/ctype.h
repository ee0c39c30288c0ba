#ifndef _CTYPE_H
#define _CTYPE_H

#include <__gpulibc_common.h>

/* Character classification in the "C" locale, the only one gpulibc has.
 * Functions only, no macros: a macro would have to evaluate its argument
 * once and would shadow C++'s std:: names; with LTO on the GPUs the calls
 * inline anyway. Arguments must be EOF or an unsigned char value; any other
 * value has no class. */

__GPULIBC_BEGIN_DECLS

int isalnum(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int isalpha(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int isblank(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int iscntrl(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int isdigit(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int isgraph(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int islower(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int isprint(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int ispunct(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int isspace(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int isupper(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int isxdigit(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int tolower(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int toupper(int) __GPULIBC_NOEXCEPT __attribute__((__const__));

/* POSIX (XSI). */
int isascii(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
int toascii(int) __GPULIBC_NOEXCEPT __attribute__((__const__));

__GPULIBC_END_DECLS

#endif
