//===-- Character classes of the "C" locale ---------------------*- C++ -*-===//
//
// Part of gpulibc. The ctype.h entry points are one-liners over these. The
// tests are arithmetic rather than a table lookup: on a GPU a table is a
// global-memory load, a range check is two instructions.
//
// C allows only EOF and the values of unsigned char; every other int is
// given no class and is left unchanged by the case mappings, where glibc
// would index outside its tables.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_CHAR_CLASS_H
#define GPULIBC_SRC_SUPPORT_CHAR_CLASS_H

namespace gpulibc {
namespace internal {

// `c - low < count` in unsigned arithmetic is `low <= c < low + count`, and
// it is false for EOF and all other negative values.
constexpr bool in_range(int c, int low, unsigned count) {
  return static_cast<unsigned>(c) - static_cast<unsigned>(low) < count;
}

constexpr bool is_upper(int c) { return in_range(c, 'A', 26); }
constexpr bool is_lower(int c) { return in_range(c, 'a', 26); }
constexpr bool is_alpha(int c) { return is_upper(c) || is_lower(c); }
constexpr bool is_digit(int c) { return in_range(c, '0', 10); }
constexpr bool is_alnum(int c) { return is_alpha(c) || is_digit(c); }
constexpr bool is_xdigit(int c) {
  return is_digit(c) || in_range(c, 'a', 6) || in_range(c, 'A', 6);
}
constexpr bool is_space(int c) { return c == ' ' || in_range(c, '\t', 5); }
constexpr bool is_blank(int c) { return c == ' ' || c == '\t'; }
constexpr bool is_cntrl(int c) { return in_range(c, 0, 0x20) || c == 0x7f; }
constexpr bool is_print(int c) { return in_range(c, 0x20, 0x5f); }
constexpr bool is_graph(int c) { return in_range(c, 0x21, 0x5e); }
constexpr bool is_punct(int c) { return is_graph(c) && !is_alnum(c); }
constexpr int to_lower(int c) { return is_upper(c) ? c + ('a' - 'A') : c; }
constexpr int to_upper(int c) { return is_lower(c) ? c - ('a' - 'A') : c; }

} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_CHAR_CLASS_H
