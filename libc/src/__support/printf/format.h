//===-- printf formatting engine --------------------------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// The engine behind every printf-family function. Output is byte-identical
// to glibc (2.36, C locale), including its handling of malformed formats:
//
//  * glibc processes a format in a fast sequential mode until it meets a
//    positional argument ("%2$d", "%*3$d") or a conversion it does not
//    handle there (an unknown one such as "%y", or 'h' before a
//    non-integer conversion). From then on it re-parses the whole format to
//    learn every argument's type and prints the remaining directives in
//    "positional" mode. The two modes differ in observable ways that are
//    reproduced here:
//      - a format that ends inside a directive ("abc%", "%-5") fails with
//        EINVAL in sequential mode, but in positional mode the partial
//        directive is echoed back ("%-5");
//      - an unknown conversion is echoed back in a normalised form:
//        "%" flags width .prec conversion-char, length modifiers dropped;
//      - a width, precision or "n$" number that overflows int is EOVERFLOW
//        in sequential mode; positional mode ignores the width/precision
//        and takes the next sequential argument instead of "n$";
//      - 'L' and 'q' mean long for integer conversions in sequential mode
//        but int in positional mode; %Lc/%Ls are wide only in sequential
//        mode;
//      - a negative '*' width keeps the '0' flag in positional mode, which
//        makes floats pad with zeros on the right.
//  * Numbers in sequential mode and in positional mode mix the same way
//    glibc mixes them: a directive without "n$" takes the next argument of
//    its own sequential counter.
//  * glibc's extensions are accepted too: %b %B %C %S %m (%m needs
//    FormatOptions::errno_text), the ' and I flags (no-ops in the C locale),
//    and the q, Z and ll-for-long-double length modifiers.
//
// Positional arguments are fetched by re-walking a copy of the va_list up to
// the wanted index, using the argument types found in the format. That costs
// O(n^2) va_arg steps but only kTypeCacheSize bytes of stack.
//
// Stack use, whole call chain including the caller's Writer (clang-22 -O2):
//   AMDGPU (gfx90a): 1.5 KiB total scratch; NVPTX (sm_70): ~0.7 KiB;
//   x86-64: ~1.2 KiB, ~3.3 KiB for %Lf/%Le/%Lg of x87 long double, whose
//   exact digit generator alone holds 2.2 KiB (see float_dec.h).
// No recursion and no heap.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_PRINTF_FORMAT_H
#define GPULIBC_SRC_SUPPORT_PRINTF_FORMAT_H

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "src/__support/printf/float_bits.h"
#include "src/__support/printf/float_dec.h"
#include "src/__support/printf/float_hex.h"
#include "src/__support/printf/int_conv.h"
#include "src/__support/printf/spec.h"
#include "src/__support/printf/writer.h"

namespace gpulibc {
namespace printf_core {

static_assert(sizeof(long) == 8 && sizeof(long long) == 8 &&
                  sizeof(void *) == 8,
              "the engine assumes an LP64 target");

// Highest argument number usable in "%n$" forms: glibc's NL_ARGMAX. glibc
// itself goes further (it allocates); fetching an argument past this is
// EOVERFLOW here.
inline constexpr int kMaxPositionalArgs = 4096;
// The types of the first kTypeCacheSize arguments are kept in a table;
// later ones are looked up by re-scanning the format.
inline constexpr int kTypeCacheSize = 64;

using wint_type = __WINT_TYPE__;
using wchar_type = __WCHAR_TYPE__;

struct FormatOptions {
  // Text for %m (name == false: strerror(errno)) and %#m (name == true:
  // the errno name, or its number when it has none). Called only when the
  // format uses %m. Without a hook, %m prints what glibc prints for errno 0:
  // "Success", and "%#m" prints "0".
  const char *(*errno_text)(void *ctx, bool name) = nullptr;
  void *errno_ctx = nullptr;
};

namespace detail {

enum ArgType : uint8_t {
  kArgInt, // int and everything promoted to it (char, short, wint_t).
  kArgLong,
  kArgPtr,
  kArgDouble,
  kArgLongDouble,
  kArgNone,
};

union ArgValue {
  int i;
  long l;
  void *p;
  double d;
  long double ld;
};

inline bool is_digit(char c) { return static_cast<unsigned char>(c - '0') < 10; }

// glibc's read_int: consumes all digits, -1 if the value exceeds INT_MAX.
inline int read_int(const char *&f) {
  int v = *f - '0';
  while (is_digit(*++f)) {
    if (v < 0)
      continue;
    int d = *f - '0';
    if (v > INT_MAX / 10 || v * 10 > INT_MAX - d)
      v = -1;
    else
      v = v * 10 + d;
  }
  return v;
}

struct ParsedSpec {
  Spec spec;
  int data_arg = -1;  // -1: next sequential argument.
  int width_arg = -2; // -2: no '*'; -1: sequential; else the index.
  int prec_arg = -2;
  bool single_h = false;
  const char *end = nullptr; // Just past the directive.
};

enum class ParseStatus { kOk, kSwitch, kOverflow };

// Parses the directive at f (which points at '%') with glibc's grammar. In
// sequential mode (`fast`) it stops with kSwitch when glibc would hand over
// to positional mode and with kOverflow where glibc reports EOVERFLOW (a
// width, precision or argument number above INT_MAX). Positional mode never
// fails: glibc ignores such numbers there.
inline ParseStatus parse_spec(const char *f, bool fast, ParsedSpec &ps) {
  Spec &s = ps.spec;
  ++f;
  if (is_digit(*f)) {
    const char *begin = f;
    int n = read_int(f);
    if (n != 0 && *f == '$') {
      // Sequential mode reads these digits as a width first: overflow is
      // EOVERFLOW there. Positional mode skips an overflowing "n$" and
      // takes the next sequential argument instead.
      if (fast)
        return n < 0 ? ParseStatus::kOverflow : ParseStatus::kSwitch;
      if (n > 0)
        ps.data_arg = n - 1;
      ++f;
    } else {
      f = begin; // It was the '0' flag and/or the width.
    }
  }

  bool zero = false;
  for (;; ++f) {
    switch (*f) {
    case ' ':
      s.space = true;
      continue;
    case '+':
      s.showsign = true;
      continue;
    case '-':
      s.left = true;
      continue;
    case '#':
      s.alt = true;
      continue;
    case '0':
      zero = true;
      continue;
    case '\'':
      s.group = true;
      continue;
    case 'I':
      s.i18n = true;
      continue;
    default:
      break;
    }
    break;
  }
  s.pad_zero = zero && !s.left;

  if (*f == '*') {
    const char *begin = ++f;
    ps.width_arg = -1;
    if (is_digit(*f)) {
      int n = read_int(f);
      if (fast && n < 0)
        return ParseStatus::kOverflow;
      if (n > 0 && *f == '$') {
        if (fast)
          return ParseStatus::kSwitch;
        ps.width_arg = n - 1;
        ++f;
      } else {
        f = begin; // Sequential '*'; the digits are parsed again.
      }
    }
  } else if (is_digit(*f)) {
    int n = read_int(f);
    if (n >= 0)
      s.width = n;
    else if (fast)
      return ParseStatus::kOverflow;
  }

  if (*f == '.') {
    ++f;
    if (*f == '*') {
      const char *begin = ++f;
      ps.prec_arg = -1;
      if (is_digit(*f)) {
        int n = read_int(f);
        if (fast && n < 0)
          return ParseStatus::kOverflow;
        if (n > 0 && *f == '$') {
          if (fast)
            return ParseStatus::kSwitch;
          ps.prec_arg = n - 1;
          ++f;
        } else {
          f = begin;
        }
      }
    } else if (is_digit(*f)) {
      int n = read_int(f);
      if (n >= 0)
        s.prec = n;
      else if (fast)
        return ParseStatus::kOverflow;
    } else {
      s.prec = 0; // "%.d" is "%.0d".
    }
  }

  switch (*f++) {
  case 'h':
    if (*f != 'h') {
      s.is_short = true;
      ps.single_h = true;
    } else {
      ++f;
      s.is_char = true;
    }
    break;
  case 'l':
    s.is_long = true;
    if (*f != 'l')
      break;
    ++f;
    s.is_long_double = true;
    break;
  case 'L':
  case 'q':
    s.is_long_double = true;
    s.is_long = fast; // See the file comment.
    break;
  case 'j':
  case 'z':
  case 'Z':
  case 't':
    s.is_long = true;
    break;
  default:
    --f;
    break;
  }

  s.conv = *f;
  if (*f)
    ++f;
  ps.end = f;
  return ParseStatus::kOk;
}

inline bool is_known_conv(char c) {
  switch (c) {
  case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'b':
  case 'B': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
  case 'a': case 'A': case 'c': case 'C': case 's': case 'S': case 'p':
  case 'n': case 'm': case '%':
    return true;
  default:
    return false;
  }
}

// The argument a conversion consumes, by glibc's positional rules.
inline ArgType data_type(const Spec &s) {
  switch (s.conv) {
  case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'b':
  case 'B':
    return s.is_long ? kArgLong : kArgInt;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a':
  case 'A':
    return s.is_long_double ? kArgLongDouble : kArgDouble;
  case 'c': case 'C':
    return kArgInt;
  case 's': case 'S': case 'p': case 'n':
    return kArgPtr;
  default:
    return kArgNone;
  }
}

template <class List> inline void read_arg(List &ap, ArgType t, ArgValue &v) {
  switch (t) {
  case kArgInt:
    v.i = va_arg(ap, int);
    break;
  case kArgLong:
    v.l = va_arg(ap, long);
    break;
  case kArgPtr:
    v.p = va_arg(ap, void *);
    break;
  case kArgDouble:
    v.d = va_arg(ap, double);
    break;
  case kArgLongDouble:
    v.ld = va_arg(ap, long double);
    break;
  case kArgNone:
    break;
  }
}

//===----------------------------------------------------------------------===//
// Conversions.
//===----------------------------------------------------------------------===//

// glibc's integer layout: precision is a minimum digit count and disables
// the '0' flag; "%.0d" of 0 prints no digits; '#' adds "0x"/"0b" to nonzero
// values and makes octal start with 0.
inline void emit_integer(Writer &w, const Spec &spec, uint64_t mag,
                         bool negative, unsigned base, char conv, bool alt,
                         bool signs) {
  char buf[72];
  char *end = buf + sizeof(buf);
  char *s = end;
  int64_t prec = spec.prec;
  bool pad_zero = spec.pad_zero;
  if (prec < 0)
    prec = 1;
  else
    pad_zero = false;
  if (prec == 0 && mag == 0) {
    if (base == 8 && alt)
      *--s = '0';
  } else if (base == 10) {
    s = u64_to_dec(mag, end);
  } else {
    s = u64_to_pow2(mag, end, base == 16 ? 4 : base == 8 ? 3 : 1,
                    conv == 'X');
  }
  int64_t len = end - s;
  if (prec <= len && mag != 0 && alt && base == 8) {
    *--s = '0';
    ++len;
  }
  int64_t zeros = prec > len ? prec - len : 0;
  bool prefix = mag != 0 && alt && (base == 16 || base == 2);
  char sign = 0;
  if (signs)
    sign = negative ? '-' : spec.showsign ? '+' : spec.space ? ' ' : 0;
  int64_t total = len + zeros + (prefix ? 2 : 0) + (sign ? 1 : 0);
  size_t padn = spec.width > total ? static_cast<size_t>(spec.width - total) : 0;
  if (!spec.left && !pad_zero) {
    w.pad(' ', padn);
    padn = 0;
  }
  if (sign)
    w.put(sign);
  if (prefix) {
    w.put('0');
    w.put(conv);
  }
  if (!spec.left) {
    w.pad('0', padn + static_cast<size_t>(zeros));
    w.write(s, static_cast<size_t>(len));
  } else {
    w.pad('0', static_cast<size_t>(zeros));
    w.write(s, static_cast<size_t>(len));
    w.pad(' ', padn);
  }
}

// Right- or left-justified in spaces ('0' never applies to text).
inline void emit_text(Writer &w, const Spec &spec, const char *s,
                      int64_t len) {
  size_t padn = spec.width > len ? static_cast<size_t>(spec.width - len) : 0;
  if (!spec.left)
    w.pad(' ', padn);
  w.write(s, static_cast<size_t>(len));
  if (spec.left)
    w.pad(' ', padn);
}

// glibc prints "(null)" for a null string, or nothing at all when the
// precision is too small to hold it.
inline void emit_null_string(Writer &w, const Spec &spec) {
  if (spec.prec < 0 || spec.prec >= 6)
    emit_text(w, spec, "(null)", 6);
  else
    emit_text(w, spec, "", 0);
}

// In the C locale only wide characters 0..0x7f have a (single-byte)
// multibyte form; everything else is EILSEQ, as glibc's wcrtomb says.
inline bool wide_to_byte(uint64_t wc, char &out) {
  if (wc > 0x7f)
    return false;
  out = static_cast<char>(wc);
  return true;
}

inline int emit_wide_string(Writer &w, const Spec &spec,
                            const wchar_type *ws) {
  if (!ws) {
    emit_null_string(w, spec);
    return 0;
  }
  // Measure (and validate) first: nothing is written if a character up to
  // the precision limit cannot be converted, like glibc.
  int64_t len = 0;
  char c;
  for (; (spec.prec < 0 || len < spec.prec) && ws[len]; ++len)
    if (!wide_to_byte(static_cast<uint64_t>(static_cast<int64_t>(ws[len])) &
                          0xffffffffu,
                      c))
      return kErrorIllegalSequence;
  size_t padn = spec.width > len ? static_cast<size_t>(spec.width - len) : 0;
  if (!spec.left)
    w.pad(' ', padn);
  char tmp[64];
  for (int64_t i = 0; i < len;) {
    int n = 0;
    for (; n < static_cast<int>(sizeof(tmp)) && i < len; ++n, ++i)
      tmp[n] = static_cast<char>(ws[i]);
    w.write(tmp, static_cast<size_t>(n));
  }
  if (spec.left)
    w.pad(' ', padn);
  return 0;
}

template <class T> inline void emit_float(Writer &w, const Spec &spec, T v) {
  FloatParts fp = decompose(v);
  if (fp.kind == FloatKind::kInf || fp.kind == FloatKind::kNaN)
    format_special(w, spec, fp);
  else if (spec.conv == 'a' || spec.conv == 'A')
    format_hex_float(w, spec, fp);
  else
    format_decimal(w, spec, fp);
}

// Echo of a directive glibc does not know (positional mode only).
inline void emit_unknown(Writer &w, const Spec &s) {
  char buf[40];
  int n = 0;
  buf[n++] = '%';
  if (s.alt)
    buf[n++] = '#';
  if (s.group)
    buf[n++] = '\'';
  if (s.showsign)
    buf[n++] = '+';
  else if (s.space)
    buf[n++] = ' ';
  if (s.left)
    buf[n++] = '-';
  if (s.pad_zero)
    buf[n++] = '0';
  if (s.i18n)
    buf[n++] = 'I';
  char num[24];
  char *end = num + sizeof(num);
  if (s.width != 0) {
    char *d = u64_to_dec(static_cast<uint64_t>(s.width), end);
    while (d < end)
      buf[n++] = *d++;
  }
  if (s.prec != -1) {
    buf[n++] = '.';
    char *d = u64_to_dec(static_cast<uint64_t>(s.prec), end);
    while (d < end)
      buf[n++] = *d++;
  }
  if (s.conv)
    buf[n++] = s.conv;
  w.write(buf, static_cast<size_t>(n));
}

//===----------------------------------------------------------------------===//
// Driver.
//===----------------------------------------------------------------------===//

// The type a va_list function parameter has after adjustment: a pointer to
// the caller's list where va_list is an array type (x86-64), the list itself
// where it is a pointer (AMDGPU, NVPTX).
template <class T> struct VaParam {
  using type = T;
};
template <class T, size_t N> struct VaParam<T[N]> {
  using type = T *;
};
using va_param_t = VaParam<va_list>::type;

class Formatter {
public:
  // Like vprintf, this consumes `ap`: sequential arguments are read from it
  // directly. A copy of its start is taken before the first read, in case a
  // positional argument shows up later; taking it lazily rather than in the
  // constructor avoids a store-forwarding stall right after the caller's
  // va_start, measurable on short formats like "%d".
  Formatter(Writer &w, const char *fmt, va_param_t ap,
            const FormatOptions *opts)
      : w_(w), fmt_(fmt), opts_(opts), ap_(ap) {}
  ~Formatter() {
    if (saved_)
      va_end(start_);
  }
  Formatter(const Formatter &) = delete;
  Formatter &operator=(const Formatter &) = delete;

  int run() {
    const char *p = fmt_;
    for (;;) {
      const char *q = p;
      while (*q && *q != '%')
        ++q;
      if (q != p) {
        w_.write(p, static_cast<size_t>(q - p));
        if (int e = check())
          return e;
      }
      if (!*q)
        break;
      ParsedSpec ps;
      if (!positional_) {
        ParseStatus st = parse_spec(q, true, ps);
        if (st == ParseStatus::kOverflow)
          return kErrorOverflow;
        if (st == ParseStatus::kOk) {
          if (ps.spec.conv == 0)
            return kErrorInvalid; // Format ended inside the directive.
          if (!needs_positional(ps)) {
            if (int e = convert(ps))
              return e;
            p = ps.end;
            continue;
          }
        }
        enter_positional(q);
        ps = ParsedSpec();
      }
      parse_spec(q, false, ps);
      assign_sequential(ps, seq_);
      if (int e = convert(ps))
        return e;
      if (ps.spec.conv == 0)
        break;
      p = ps.end;
    }
    return static_cast<int>(w_.total);
  }

private:
  int check() const {
    if (w_.failed)
      return kErrorWrite;
    if (w_.total > static_cast<uint64_t>(INT_MAX))
      return kErrorOverflow;
    return 0;
  }

  // Conversions that glibc's sequential mode hands to positional mode.
  static bool needs_positional(const ParsedSpec &ps) {
    char c = ps.spec.conv;
    if (!is_known_conv(c))
      return true;
    if (!ps.single_h)
      return false;
    switch (c) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a':
    case 'A': case 'c': case 's': case 'S': case 'C': case 'p': case 'm':
      return true;
    default:
      return false;
    }
  }

  // Gives sequential numbers to the '*'s and the argument of a directive
  // without "n$", in glibc's order: width, precision, value.
  static void assign_sequential(ParsedSpec &ps, int &posn) {
    if (ps.width_arg == -1)
      ps.width_arg = posn++;
    if (ps.prec_arg == -1)
      ps.prec_arg = posn++;
    if (ps.data_arg == -1 && data_type(ps.spec) != kArgNone)
      ps.data_arg = posn++;
  }

  // Calls f(index, type) for every argument reference of every directive
  // of the format, in glibc's order (so the last call for an index gives
  // its type), and returns the sequential counter at directive `at`.
  template <class F> int scan_arguments(const char *at, F f) const {
    int posn = 0, posn_at = 0;
    for (const char *p = fmt_;;) {
      while (*p && *p != '%')
        ++p;
      if (!*p)
        break;
      if (p == at)
        posn_at = posn;
      ParsedSpec ps;
      parse_spec(p, false, ps);
      assign_sequential(ps, posn);
      if (ps.width_arg >= 0)
        f(ps.width_arg, kArgInt);
      if (ps.prec_arg >= 0)
        f(ps.prec_arg, kArgInt);
      ArgType t = data_type(ps.spec);
      if (t != kArgNone)
        f(ps.data_arg, t);
      if (!ps.spec.conv)
        break;
      p = ps.end;
    }
    return posn_at;
  }

  // glibc re-parses the whole format when it enters positional mode; so do
  // we, to fill the type cache and to find the sequential counter.
  void save_start() {
    if (!saved_) {
      va_copy(start_, ap_);
      saved_ = true;
    }
  }

  void enter_positional(const char *at) {
    save_start();
    positional_ = true;
    for (int i = 0; i < kTypeCacheSize; ++i)
      types_[i] = kArgInt; // glibc reads unreferenced arguments as int.
    seq_ = scan_arguments(at, [this](int index, ArgType t) {
      if (index < kTypeCacheSize)
        types_[index] = static_cast<uint8_t>(t);
    });
  }

  ArgType type_of(int index) const {
    if (index < kTypeCacheSize)
      return static_cast<ArgType>(types_[index]);
    ArgType t = kArgInt;
    scan_arguments(nullptr, [&t, index](int i, ArgType u) {
      if (i == index)
        t = u;
    });
    return t;
  }

  ArgValue arg(int index, ArgType want) {
    ArgValue v;
    v.l = 0;
    if (!positional_) {
      save_start();
      read_arg(ap_, want, v);
      return v;
    }
    // Walk a fresh copy of the list up to the argument.
    va_list ap;
    va_copy(ap, start_);
    for (int i = 0; i < index; ++i) {
      ArgValue skip;
      read_arg(ap, type_of(i), skip);
    }
    read_arg(ap, type_of(index), v);
    va_end(ap);
    return v;
  }

  int convert(ParsedSpec &ps) {
    Spec &s = ps.spec;
    if (positional_ &&
        (ps.width_arg >= kMaxPositionalArgs ||
         ps.prec_arg >= kMaxPositionalArgs ||
         (data_type(s) != kArgNone && ps.data_arg >= kMaxPositionalArgs)))
      return kErrorOverflow;
    if (ps.width_arg != -2) {
      int wv = arg(ps.width_arg, kArgInt).i;
      if (wv < 0) {
        s.left = true;
        s.width = -static_cast<int64_t>(wv);
        if (!positional_)
          s.pad_zero = false; // Only the sequential code resets the pad.
      } else {
        s.width = wv;
      }
    }
    if (ps.prec_arg != -2) {
      int pv = arg(ps.prec_arg, kArgInt).i;
      s.prec = pv < 0 ? -1 : pv;
    }
    int err = 0;
    switch (s.conv) {
    case 'd':
    case 'i': {
      ArgValue v = arg(ps.data_arg, data_type(s));
      int64_t sv = s.is_long    ? v.l
                   : s.is_char  ? static_cast<signed char>(v.i)
                   : s.is_short ? static_cast<short>(v.i)
                                : v.i;
      uint64_t mag = sv < 0 ? 0 - static_cast<uint64_t>(sv)
                            : static_cast<uint64_t>(sv);
      emit_integer(w_, s, mag, sv < 0, 10, s.conv, s.alt, true);
      break;
    }
    case 'u': case 'o': case 'x': case 'X': case 'b': case 'B': {
      ArgValue v = arg(ps.data_arg, data_type(s));
      uint64_t uv = s.is_long    ? static_cast<uint64_t>(v.l)
                    : s.is_char  ? static_cast<unsigned char>(v.i)
                    : s.is_short ? static_cast<unsigned short>(v.i)
                                 : static_cast<unsigned>(v.i);
      unsigned base = s.conv == 'u'   ? 10
                      : s.conv == 'o' ? 8
                      : (s.conv == 'x' || s.conv == 'X') ? 16
                                                         : 2;
      emit_integer(w_, s, uv, false, base, s.conv, s.alt, false);
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a':
    case 'A': {
      if (s.is_long_double)
        emit_float(w_, s, arg(ps.data_arg, kArgLongDouble).ld);
      else
        emit_float(w_, s, arg(ps.data_arg, kArgDouble).d);
      break;
    }
    case 'c':
    case 'C': {
      ArgValue v = arg(ps.data_arg, kArgInt);
      char c;
      if (s.conv == 'C' || s.is_long) {
        if (!wide_to_byte(static_cast<wint_type>(v.i), c))
          return kErrorIllegalSequence;
      } else {
        c = static_cast<char>(static_cast<unsigned char>(v.i));
      }
      emit_text(w_, s, &c, 1);
      break;
    }
    case 's':
    case 'S': {
      ArgValue v = arg(ps.data_arg, kArgPtr);
      if (s.conv == 'S' || s.is_long) {
        err = emit_wide_string(w_, s, static_cast<const wchar_type *>(v.p));
      } else if (!v.p) {
        emit_null_string(w_, s);
      } else {
        const char *str = static_cast<const char *>(v.p);
        int64_t len = 0;
        if (s.prec < 0)
          while (str[len])
            ++len;
        else
          while (len < s.prec && str[len])
            ++len;
        emit_text(w_, s, str, len);
      }
      break;
    }
    case 'p': {
      void *ptr = arg(ps.data_arg, kArgPtr).p;
      if (ptr) {
        // glibc: "%#lx", but keeping the '+' and ' ' flags.
        emit_integer(w_, s, reinterpret_cast<uintptr_t>(ptr), false, 16, 'x',
                     true, true);
      } else {
        Spec t = s;
        if (t.prec < 5)
          t.prec = 5;
        emit_text(w_, t, "(nil)", 5);
      }
      break;
    }
    case 'n': {
      void *ptr = arg(ps.data_arg, kArgPtr).p;
      uint64_t done = w_.total;
      if (s.is_long)
        *static_cast<long *>(ptr) = static_cast<long>(done);
      else if (s.is_char)
        *static_cast<signed char *>(ptr) = static_cast<signed char>(done);
      else if (!s.is_short)
        *static_cast<int *>(ptr) = static_cast<int>(done);
      else
        *static_cast<short *>(ptr) = static_cast<short>(done);
      break;
    }
    case 'm': {
      const char *text = nullptr;
      if (opts_ && opts_->errno_text)
        text = opts_->errno_text(opts_->errno_ctx, s.alt);
      if (!text)
        text = s.alt ? "0" : "Success";
      int64_t len = 0;
      if (s.prec < 0)
        while (text[len])
          ++len;
      else
        while (len < s.prec && text[len])
          ++len;
      emit_text(w_, s, text, len);
      break;
    }
    case '%':
      w_.put('%');
      break;
    default:
      emit_unknown(w_, s);
      break;
    }
    if (err)
      return err;
    return check();
  }

  Writer &w_;
  const char *fmt_;
  const FormatOptions *opts_;
  va_param_t ap_;  // Next sequential argument (sequential mode).
  va_list start_;  // The first argument (positional mode).
  bool saved_ = false;
  bool positional_ = false;
  int seq_ = 0; // glibc's sequential counter in positional mode.
  uint8_t types_[kTypeCacheSize];
};

} // namespace detail

// Formats `fmt` with the arguments in `ap` into `w`. Returns the number of
// bytes produced (including any that did not fit a truncating Writer), or
// one of the negative kError* codes. Streams still need w.finish(). Like
// vprintf, leaves `ap` indeterminate (va_copy first to reuse it).
inline int format(Writer &w, const char *fmt, va_list ap,
                  const FormatOptions *opts = nullptr) {
  detail::Formatter f(w, fmt, ap, opts);
  return f.run();
}

// snprintf semantics: writes at most size-1 bytes plus a NUL when size > 0
// (also when formatting fails part-way, like glibc), returns the length the
// full result has, or a negative kError* code.
inline int vformat_to_buffer(char *buf, size_t size, const char *fmt,
                             va_list ap, const FormatOptions *opts = nullptr) {
  Writer w = Writer::for_snprintf(buf, size);
  int r = format(w, fmt, ap, opts);
  w.terminate();
  return r;
}

inline int format_to_buffer(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vformat_to_buffer(buf, size, fmt, ap);
  va_end(ap);
  return r;
}

} // namespace printf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_PRINTF_FORMAT_H
