//===-- A parsed conversion specification -----------------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_PRINTF_SPEC_H
#define GPULIBC_SRC_SUPPORT_PRINTF_SPEC_H

#include <stdint.h>

namespace gpulibc {
namespace printf_core {

// Field names follow glibc's struct printf_info because its quirks are
// reproduced bit for bit, and they are easiest to state in its terms.
struct Spec {
  bool left = false;     // '-' flag or a negative '*' width.
  bool showsign = false; // '+'
  bool space = false;    // ' '
  bool alt = false;      // '#'
  // glibc's "pad == '0'": the '0' flag given without '-'. Not cleared by a
  // negative '*' width in positional mode, which glibc's float code then
  // honours by padding on the right with zeros; we do the same.
  bool pad_zero = false;
  bool group = false; // '\'': no effect in the C locale, but echoed back.
  bool i18n = false;  // 'I': likewise.
  // Length modifiers, as glibc records them. Every target is LP64, so
  // long == long long == intmax_t == size_t == ptrdiff_t in width.
  bool is_char = false;        // hh
  bool is_short = false;       // h
  bool is_long = false;        // l ll L(non-positional) q(non-positional) j z Z t
  bool is_long_double = false; // ll L q: long double for float conversions.
  // int64 because a '*' width of INT_MIN means 2^31 columns (and then an
  // EOVERFLOW, as in glibc).
  int64_t width = 0;
  int prec = -1; // -1: no precision.
  char conv = 0; // The conversion character; 0 if the format ended first.
};

} // namespace printf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_PRINTF_SPEC_H
