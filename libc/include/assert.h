/* No include guard: assert.h is re-read with NDEBUG changed (C17 7.2). */
#include <__gpulibc_common.h>

#undef assert
#ifdef NDEBUG
#define assert(expression) ((void)0)
#else
__GPULIBC_BEGIN_DECLS
__GPULIBC_NORETURN void __assert_fail(const char *, const char *, unsigned,
                                      const char *) __GPULIBC_NOEXCEPT;
__GPULIBC_END_DECLS
#define assert(expression)                                                     \
  ((expression) ? (void)0                                                      \
                : __assert_fail(#expression, __FILE__, __LINE__, __func__))
#endif

#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && __STDC_VERSION__ < 202311L
#define static_assert _Static_assert
#endif
