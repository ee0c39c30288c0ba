#ifndef _STDBIT_H
#define _STDBIT_H

#include <__gpulibc_common.h>
#define __need_size_t
#include <stddef.h>
#include <stdint.h>

/* C23 bit and byte utilities. */
#define __STDC_VERSION_STDBIT_H__ 202311L

/* Every gpulibc target (x86-64, AMDGPU, NVPTX) is little-endian. */
#define __STDC_ENDIAN_LITTLE__ __ORDER_LITTLE_ENDIAN__
#define __STDC_ENDIAN_BIG__ __ORDER_BIG_ENDIAN__
#define __STDC_ENDIAN_NATIVE__ __BYTE_ORDER__

#ifdef __cplusplus
#define __GPULIBC_BOOL bool
#else
#define __GPULIBC_BOOL _Bool
#endif
#define __GPULIBC_STDBIT_ATTRS __GPULIBC_NOEXCEPT __attribute__((__const__))

__GPULIBC_BEGIN_DECLS

unsigned int stdc_leading_zeros_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_leading_zeros_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_leading_zeros_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_leading_zeros_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_leading_zeros_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_leading_ones_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_leading_ones_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_leading_ones_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_leading_ones_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_leading_ones_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_trailing_zeros_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_trailing_zeros_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_trailing_zeros_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_trailing_zeros_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_trailing_zeros_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_trailing_ones_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_trailing_ones_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_trailing_ones_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_trailing_ones_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_trailing_ones_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_first_leading_zero_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_leading_zero_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_leading_zero_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_leading_zero_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_leading_zero_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_first_leading_one_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_leading_one_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_leading_one_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_leading_one_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_leading_one_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_first_trailing_zero_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_trailing_zero_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_trailing_zero_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_trailing_zero_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_trailing_zero_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_first_trailing_one_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_trailing_one_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_trailing_one_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_trailing_one_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_first_trailing_one_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_count_zeros_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_count_zeros_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_count_zeros_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_count_zeros_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_count_zeros_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_count_ones_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_count_ones_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_count_ones_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_count_ones_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_count_ones_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

__GPULIBC_BOOL stdc_has_single_bit_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
__GPULIBC_BOOL stdc_has_single_bit_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
__GPULIBC_BOOL stdc_has_single_bit_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
__GPULIBC_BOOL stdc_has_single_bit_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
__GPULIBC_BOOL stdc_has_single_bit_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned int stdc_bit_width_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_bit_width_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_bit_width_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_bit_width_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_bit_width_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned char stdc_bit_floor_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned short stdc_bit_floor_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_bit_floor_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned long stdc_bit_floor_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned long long stdc_bit_floor_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

unsigned char stdc_bit_ceil_uc(unsigned char) __GPULIBC_STDBIT_ATTRS;
unsigned short stdc_bit_ceil_us(unsigned short) __GPULIBC_STDBIT_ATTRS;
unsigned int stdc_bit_ceil_ui(unsigned int) __GPULIBC_STDBIT_ATTRS;
unsigned long stdc_bit_ceil_ul(unsigned long) __GPULIBC_STDBIT_ATTRS;
unsigned long long stdc_bit_ceil_ull(unsigned long long) __GPULIBC_STDBIT_ATTRS;

__GPULIBC_END_DECLS

/* The type-generic forms, for the five standard unsigned types (and so for
 * uint8_t ... uint64_t, size_t and uintptr_t); other types do not compile.
 * The argument is evaluated once. C++ gets overloads instead of macros. */
#ifdef __cplusplus
extern "C++" {
inline unsigned int stdc_leading_zeros(unsigned char __x) noexcept {
  return stdc_leading_zeros_uc(__x);
}
inline unsigned int stdc_leading_zeros(unsigned short __x) noexcept {
  return stdc_leading_zeros_us(__x);
}
inline unsigned int stdc_leading_zeros(unsigned int __x) noexcept {
  return stdc_leading_zeros_ui(__x);
}
inline unsigned int stdc_leading_zeros(unsigned long __x) noexcept {
  return stdc_leading_zeros_ul(__x);
}
inline unsigned int stdc_leading_zeros(unsigned long long __x) noexcept {
  return stdc_leading_zeros_ull(__x);
}
inline unsigned int stdc_leading_ones(unsigned char __x) noexcept {
  return stdc_leading_ones_uc(__x);
}
inline unsigned int stdc_leading_ones(unsigned short __x) noexcept {
  return stdc_leading_ones_us(__x);
}
inline unsigned int stdc_leading_ones(unsigned int __x) noexcept {
  return stdc_leading_ones_ui(__x);
}
inline unsigned int stdc_leading_ones(unsigned long __x) noexcept {
  return stdc_leading_ones_ul(__x);
}
inline unsigned int stdc_leading_ones(unsigned long long __x) noexcept {
  return stdc_leading_ones_ull(__x);
}
inline unsigned int stdc_trailing_zeros(unsigned char __x) noexcept {
  return stdc_trailing_zeros_uc(__x);
}
inline unsigned int stdc_trailing_zeros(unsigned short __x) noexcept {
  return stdc_trailing_zeros_us(__x);
}
inline unsigned int stdc_trailing_zeros(unsigned int __x) noexcept {
  return stdc_trailing_zeros_ui(__x);
}
inline unsigned int stdc_trailing_zeros(unsigned long __x) noexcept {
  return stdc_trailing_zeros_ul(__x);
}
inline unsigned int stdc_trailing_zeros(unsigned long long __x) noexcept {
  return stdc_trailing_zeros_ull(__x);
}
inline unsigned int stdc_trailing_ones(unsigned char __x) noexcept {
  return stdc_trailing_ones_uc(__x);
}
inline unsigned int stdc_trailing_ones(unsigned short __x) noexcept {
  return stdc_trailing_ones_us(__x);
}
inline unsigned int stdc_trailing_ones(unsigned int __x) noexcept {
  return stdc_trailing_ones_ui(__x);
}
inline unsigned int stdc_trailing_ones(unsigned long __x) noexcept {
  return stdc_trailing_ones_ul(__x);
}
inline unsigned int stdc_trailing_ones(unsigned long long __x) noexcept {
  return stdc_trailing_ones_ull(__x);
}
inline unsigned int stdc_first_leading_zero(unsigned char __x) noexcept {
  return stdc_first_leading_zero_uc(__x);
}
inline unsigned int stdc_first_leading_zero(unsigned short __x) noexcept {
  return stdc_first_leading_zero_us(__x);
}
inline unsigned int stdc_first_leading_zero(unsigned int __x) noexcept {
  return stdc_first_leading_zero_ui(__x);
}
inline unsigned int stdc_first_leading_zero(unsigned long __x) noexcept {
  return stdc_first_leading_zero_ul(__x);
}
inline unsigned int stdc_first_leading_zero(unsigned long long __x) noexcept {
  return stdc_first_leading_zero_ull(__x);
}
inline unsigned int stdc_first_leading_one(unsigned char __x) noexcept {
  return stdc_first_leading_one_uc(__x);
}
inline unsigned int stdc_first_leading_one(unsigned short __x) noexcept {
  return stdc_first_leading_one_us(__x);
}
inline unsigned int stdc_first_leading_one(unsigned int __x) noexcept {
  return stdc_first_leading_one_ui(__x);
}
inline unsigned int stdc_first_leading_one(unsigned long __x) noexcept {
  return stdc_first_leading_one_ul(__x);
}
inline unsigned int stdc_first_leading_one(unsigned long long __x) noexcept {
  return stdc_first_leading_one_ull(__x);
}
inline unsigned int stdc_first_trailing_zero(unsigned char __x) noexcept {
  return stdc_first_trailing_zero_uc(__x);
}
inline unsigned int stdc_first_trailing_zero(unsigned short __x) noexcept {
  return stdc_first_trailing_zero_us(__x);
}
inline unsigned int stdc_first_trailing_zero(unsigned int __x) noexcept {
  return stdc_first_trailing_zero_ui(__x);
}
inline unsigned int stdc_first_trailing_zero(unsigned long __x) noexcept {
  return stdc_first_trailing_zero_ul(__x);
}
inline unsigned int stdc_first_trailing_zero(unsigned long long __x) noexcept {
  return stdc_first_trailing_zero_ull(__x);
}
inline unsigned int stdc_first_trailing_one(unsigned char __x) noexcept {
  return stdc_first_trailing_one_uc(__x);
}
inline unsigned int stdc_first_trailing_one(unsigned short __x) noexcept {
  return stdc_first_trailing_one_us(__x);
}
inline unsigned int stdc_first_trailing_one(unsigned int __x) noexcept {
  return stdc_first_trailing_one_ui(__x);
}
inline unsigned int stdc_first_trailing_one(unsigned long __x) noexcept {
  return stdc_first_trailing_one_ul(__x);
}
inline unsigned int stdc_first_trailing_one(unsigned long long __x) noexcept {
  return stdc_first_trailing_one_ull(__x);
}
inline unsigned int stdc_count_zeros(unsigned char __x) noexcept {
  return stdc_count_zeros_uc(__x);
}
inline unsigned int stdc_count_zeros(unsigned short __x) noexcept {
  return stdc_count_zeros_us(__x);
}
inline unsigned int stdc_count_zeros(unsigned int __x) noexcept { return stdc_count_zeros_ui(__x); }
inline unsigned int stdc_count_zeros(unsigned long __x) noexcept {
  return stdc_count_zeros_ul(__x);
}
inline unsigned int stdc_count_zeros(unsigned long long __x) noexcept {
  return stdc_count_zeros_ull(__x);
}
inline unsigned int stdc_count_ones(unsigned char __x) noexcept { return stdc_count_ones_uc(__x); }
inline unsigned int stdc_count_ones(unsigned short __x) noexcept { return stdc_count_ones_us(__x); }
inline unsigned int stdc_count_ones(unsigned int __x) noexcept { return stdc_count_ones_ui(__x); }
inline unsigned int stdc_count_ones(unsigned long __x) noexcept { return stdc_count_ones_ul(__x); }
inline unsigned int stdc_count_ones(unsigned long long __x) noexcept {
  return stdc_count_ones_ull(__x);
}
inline bool stdc_has_single_bit(unsigned char __x) noexcept { return stdc_has_single_bit_uc(__x); }
inline bool stdc_has_single_bit(unsigned short __x) noexcept { return stdc_has_single_bit_us(__x); }
inline bool stdc_has_single_bit(unsigned int __x) noexcept { return stdc_has_single_bit_ui(__x); }
inline bool stdc_has_single_bit(unsigned long __x) noexcept { return stdc_has_single_bit_ul(__x); }
inline bool stdc_has_single_bit(unsigned long long __x) noexcept {
  return stdc_has_single_bit_ull(__x);
}
inline unsigned int stdc_bit_width(unsigned char __x) noexcept { return stdc_bit_width_uc(__x); }
inline unsigned int stdc_bit_width(unsigned short __x) noexcept { return stdc_bit_width_us(__x); }
inline unsigned int stdc_bit_width(unsigned int __x) noexcept { return stdc_bit_width_ui(__x); }
inline unsigned int stdc_bit_width(unsigned long __x) noexcept { return stdc_bit_width_ul(__x); }
inline unsigned int stdc_bit_width(unsigned long long __x) noexcept {
  return stdc_bit_width_ull(__x);
}
inline unsigned char stdc_bit_floor(unsigned char __x) noexcept { return stdc_bit_floor_uc(__x); }
inline unsigned short stdc_bit_floor(unsigned short __x) noexcept { return stdc_bit_floor_us(__x); }
inline unsigned int stdc_bit_floor(unsigned int __x) noexcept { return stdc_bit_floor_ui(__x); }
inline unsigned long stdc_bit_floor(unsigned long __x) noexcept { return stdc_bit_floor_ul(__x); }
inline unsigned long long stdc_bit_floor(unsigned long long __x) noexcept {
  return stdc_bit_floor_ull(__x);
}
inline unsigned char stdc_bit_ceil(unsigned char __x) noexcept { return stdc_bit_ceil_uc(__x); }
inline unsigned short stdc_bit_ceil(unsigned short __x) noexcept { return stdc_bit_ceil_us(__x); }
inline unsigned int stdc_bit_ceil(unsigned int __x) noexcept { return stdc_bit_ceil_ui(__x); }
inline unsigned long stdc_bit_ceil(unsigned long __x) noexcept { return stdc_bit_ceil_ul(__x); }
inline unsigned long long stdc_bit_ceil(unsigned long long __x) noexcept {
  return stdc_bit_ceil_ull(__x);
}
}
#else
#define stdc_leading_zeros(x) \
  _Generic((x), \
      unsigned char: stdc_leading_zeros_uc, \
      unsigned short: stdc_leading_zeros_us, \
      unsigned int: stdc_leading_zeros_ui, \
      unsigned long: stdc_leading_zeros_ul, \
      unsigned long long: stdc_leading_zeros_ull)(x)
#define stdc_leading_ones(x) \
  _Generic((x), \
      unsigned char: stdc_leading_ones_uc, \
      unsigned short: stdc_leading_ones_us, \
      unsigned int: stdc_leading_ones_ui, \
      unsigned long: stdc_leading_ones_ul, \
      unsigned long long: stdc_leading_ones_ull)(x)
#define stdc_trailing_zeros(x) \
  _Generic((x), \
      unsigned char: stdc_trailing_zeros_uc, \
      unsigned short: stdc_trailing_zeros_us, \
      unsigned int: stdc_trailing_zeros_ui, \
      unsigned long: stdc_trailing_zeros_ul, \
      unsigned long long: stdc_trailing_zeros_ull)(x)
#define stdc_trailing_ones(x) \
  _Generic((x), \
      unsigned char: stdc_trailing_ones_uc, \
      unsigned short: stdc_trailing_ones_us, \
      unsigned int: stdc_trailing_ones_ui, \
      unsigned long: stdc_trailing_ones_ul, \
      unsigned long long: stdc_trailing_ones_ull)(x)
#define stdc_first_leading_zero(x) \
  _Generic((x), \
      unsigned char: stdc_first_leading_zero_uc, \
      unsigned short: stdc_first_leading_zero_us, \
      unsigned int: stdc_first_leading_zero_ui, \
      unsigned long: stdc_first_leading_zero_ul, \
      unsigned long long: stdc_first_leading_zero_ull)(x)
#define stdc_first_leading_one(x) \
  _Generic((x), \
      unsigned char: stdc_first_leading_one_uc, \
      unsigned short: stdc_first_leading_one_us, \
      unsigned int: stdc_first_leading_one_ui, \
      unsigned long: stdc_first_leading_one_ul, \
      unsigned long long: stdc_first_leading_one_ull)(x)
#define stdc_first_trailing_zero(x) \
  _Generic((x), \
      unsigned char: stdc_first_trailing_zero_uc, \
      unsigned short: stdc_first_trailing_zero_us, \
      unsigned int: stdc_first_trailing_zero_ui, \
      unsigned long: stdc_first_trailing_zero_ul, \
      unsigned long long: stdc_first_trailing_zero_ull)(x)
#define stdc_first_trailing_one(x) \
  _Generic((x), \
      unsigned char: stdc_first_trailing_one_uc, \
      unsigned short: stdc_first_trailing_one_us, \
      unsigned int: stdc_first_trailing_one_ui, \
      unsigned long: stdc_first_trailing_one_ul, \
      unsigned long long: stdc_first_trailing_one_ull)(x)
#define stdc_count_zeros(x) \
  _Generic((x), \
      unsigned char: stdc_count_zeros_uc, \
      unsigned short: stdc_count_zeros_us, \
      unsigned int: stdc_count_zeros_ui, \
      unsigned long: stdc_count_zeros_ul, \
      unsigned long long: stdc_count_zeros_ull)(x)
#define stdc_count_ones(x) \
  _Generic((x), \
      unsigned char: stdc_count_ones_uc, \
      unsigned short: stdc_count_ones_us, \
      unsigned int: stdc_count_ones_ui, \
      unsigned long: stdc_count_ones_ul, \
      unsigned long long: stdc_count_ones_ull)(x)
#define stdc_has_single_bit(x) \
  _Generic((x), \
      unsigned char: stdc_has_single_bit_uc, \
      unsigned short: stdc_has_single_bit_us, \
      unsigned int: stdc_has_single_bit_ui, \
      unsigned long: stdc_has_single_bit_ul, \
      unsigned long long: stdc_has_single_bit_ull)(x)
#define stdc_bit_width(x) \
  _Generic((x), \
      unsigned char: stdc_bit_width_uc, \
      unsigned short: stdc_bit_width_us, \
      unsigned int: stdc_bit_width_ui, \
      unsigned long: stdc_bit_width_ul, \
      unsigned long long: stdc_bit_width_ull)(x)
#define stdc_bit_floor(x) \
  _Generic((x), \
      unsigned char: stdc_bit_floor_uc, \
      unsigned short: stdc_bit_floor_us, \
      unsigned int: stdc_bit_floor_ui, \
      unsigned long: stdc_bit_floor_ul, \
      unsigned long long: stdc_bit_floor_ull)(x)
#define stdc_bit_ceil(x) \
  _Generic((x), \
      unsigned char: stdc_bit_ceil_uc, \
      unsigned short: stdc_bit_ceil_us, \
      unsigned int: stdc_bit_ceil_ui, \
      unsigned long: stdc_bit_ceil_ul, \
      unsigned long long: stdc_bit_ceil_ull)(x)
#endif

#endif
