#ifndef _STDLIB_H
#define _STDLIB_H

#include <__gpulibc_common.h>
#define __need_size_t
#define __need_wchar_t
#define __need_NULL
#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* As glibc: rand() returns values in [0, 2^31 - 1]. */
#define RAND_MAX 2147483647

/* Only the "C" locale exists, whose multibyte characters are single bytes. */
#define MB_CUR_MAX ((size_t)1)

typedef struct {
  int quot;
  int rem;
} div_t;

typedef struct {
  long quot;
  long rem;
} ldiv_t;

typedef struct {
  long long quot;
  long long rem;
} lldiv_t;

__GPULIBC_BEGIN_DECLS

__GPULIBC_NORETURN void exit(int) __GPULIBC_NOEXCEPT;
__GPULIBC_NORETURN void abort(void) __GPULIBC_NOEXCEPT;
int atexit(void (*)(void)) __GPULIBC_NOEXCEPT;
char *getenv(const char *) __GPULIBC_NOEXCEPT;

void *malloc(size_t) __GPULIBC_NOEXCEPT;
void *calloc(size_t, size_t) __GPULIBC_NOEXCEPT;
void free(void *) __GPULIBC_NOEXCEPT;

/* Integer arithmetic. abs(INT_MIN) and the like return the argument, as
 * glibc's do (C leaves it undefined). */
int abs(int) __GPULIBC_NOEXCEPT __attribute__((__const__));
long labs(long) __GPULIBC_NOEXCEPT __attribute__((__const__));
long long llabs(long long) __GPULIBC_NOEXCEPT __attribute__((__const__));
div_t div(int, int) __GPULIBC_NOEXCEPT __attribute__((__const__));
ldiv_t ldiv(long, long) __GPULIBC_NOEXCEPT __attribute__((__const__));
lldiv_t lldiv(long long, long long) __GPULIBC_NOEXCEPT __attribute__((__const__));

/* Numeric conversion, "C" locale. The ato* functions return what the
 * corresponding strto* calls return (atoi: (int)strtol(s, NULL, 10), as in
 * glibc) but never change errno, which compilers assume of them. */
int atoi(const char *) __GPULIBC_NOEXCEPT;
long atol(const char *) __GPULIBC_NOEXCEPT;
long long atoll(const char *) __GPULIBC_NOEXCEPT;
double atof(const char *) __GPULIBC_NOEXCEPT;
long strtol(const char *__GPULIBC_RESTRICT, char **__GPULIBC_RESTRICT, int) __GPULIBC_NOEXCEPT;
long long strtoll(const char *__GPULIBC_RESTRICT, char **__GPULIBC_RESTRICT,
                  int) __GPULIBC_NOEXCEPT;
unsigned long strtoul(const char *__GPULIBC_RESTRICT, char **__GPULIBC_RESTRICT,
                      int) __GPULIBC_NOEXCEPT;
unsigned long long strtoull(const char *__GPULIBC_RESTRICT, char **__GPULIBC_RESTRICT,
                            int) __GPULIBC_NOEXCEPT;
float strtof(const char *__GPULIBC_RESTRICT, char **__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
double strtod(const char *__GPULIBC_RESTRICT, char **__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;
long double strtold(const char *__GPULIBC_RESTRICT, char **__GPULIBC_RESTRICT) __GPULIBC_NOEXCEPT;

/* Sorting and searching. qsort_r takes glibc's argument order: the
 * comparator is called as compare(a, b, arg). */
void qsort(void *, size_t, size_t, int (*)(const void *, const void *)) __GPULIBC_NOEXCEPT;
void qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *),
             void *) __GPULIBC_NOEXCEPT;
void *bsearch(const void *, const void *, size_t, size_t,
              int (*)(const void *, const void *)) __GPULIBC_NOEXCEPT;

/* One generator per program, shared by all threads (each call advances it
 * atomically, so concurrent callers get distinct values but no thread gets
 * a reproducible sequence). */
int rand(void) __GPULIBC_NOEXCEPT;
void srand(unsigned) __GPULIBC_NOEXCEPT;

__GPULIBC_END_DECLS

/* Program termination without atexit handlers. quick_exit runs the
 * at_quick_exit handlers (up to 64) first; _Exit runs none. */
__GPULIBC_BEGIN_DECLS
__GPULIBC_NORETURN void _Exit(int) __GPULIBC_NOEXCEPT;
__GPULIBC_NORETURN void quick_exit(int) __GPULIBC_NOEXCEPT;
int at_quick_exit(void (*)(void)) __GPULIBC_NOEXCEPT;

/* These change the device's copy of the environment, not gpurun's: system()
 * and local time still see the host's variables. */
int setenv(const char *, const char *, int) __GPULIBC_NOEXCEPT;
int unsetenv(const char *) __GPULIBC_NOEXCEPT;

/* Runs the command with the host's /bin/sh and returns its wait status (see
 * <sys/wait.h> on the host); system(NULL) is nonzero if the host has a shell. */
int system(const char *) __GPULIBC_NOEXCEPT;
__GPULIBC_END_DECLS

#endif
