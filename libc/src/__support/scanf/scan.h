//===-- scanf engine --------------------------------------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// The engine behind every scanf-family function. Its observable behaviour
// (return value, what is stored, how much input is consumed, %n, errno) is
// glibc's: 2.36, C locale, the ISO C99 variant of scanf that C99 and C++11
// compilations get (so "%as" is "%a" then 's'). That includes its quirks:
//
//  * Each conversion collects characters the way glibc does and converts
//    them with strtol/strtod semantics afterwards, so a field may take more
//    than strtod would: "%lf" on "1e+x" consumes "1e+" and stores 1.0;
//    "%x" on "0xg" consumes "0x" and stores 0; "nan(1)" stops after "nan".
//    A sign, "0x" or "(ni" that leads nowhere stays consumed, and so do the
//    letters of a partial "inf"/"infinity"/"nan" ("%lf" on "nax" consumes
//    all three and fails).
//  * Integer conversions go through strtol (signed) or strtoul (unsigned)
//    and are then truncated to the destination: "%d" of 4294967297 stores
//    1, and values beyond long saturate first and set ERANGE.
//  * "%5c" with three characters left stores three and succeeds.
//  * White space is skipped before every conversion but %c %C %[ and %n
//    (and before those too after a white-space directive), including "%%"
//    and conversions glibc does not know.
//  * EOF is returned only for an input failure (end of input) before the
//    first assignment; %n is never counted as an assignment.
//  * errno: ERANGE from strtol/strtod and EILSEQ from the multibyte
//    conversions leak out as in glibc. So does a quirk of glibc's inchar():
//    once the input has ended, every further read attempt restores errno to
//    its value at the moment the end was met; when that happened while
//    skipping white space (where glibc zeroes errno), errno ends up 0
//    ("%d" on "" clears errno, and "%d %d" on "99999999999999999999" ends
//    with the caller's errno rather than ERANGE). The engine models errno
//    and tells the caller the final value; it never touches errno itself.
//  * Wide conversions (%lc %ls %l[ %C %S) use the C locale's mbrtowc():
//    bytes 1..0x7f map to themselves. For %lc and %ls any other byte is
//    EILSEQ and stops the scan (a NUL byte from a stream is stored first);
//    %l[ leaves a destination slot untouched for a byte >= 0x80, sets
//    EILSEQ and carries on.
//  * A format byte >= 0x80 outside a directive matches itself and sets
//    errno to EILSEQ (glibc's mbrlen() fails on it in the C locale).
//  * Positional arguments ("%2$d") may be mixed with sequential ones, which
//    take the next argument of their own counter; "%0$d" is sequential.
//  * Accepted and ignored: the ' and I flags, and 'm' on conversions that
//    do not store strings. 2.36 has no %b and no wN length modifiers.
//
// Differences from glibc:
//  * 'm' (allocate the string) on %c %s %[ %C %S is a matching failure:
//    the engine has no heap. With '*' it works, as nothing is stored.
//    This is the only difference for a well-defined call; the rest concern
//    calls on which glibc crashes:
//  * a null destination pointer is a matching failure for every conversion
//    (glibc does this only for strings);
//  * a "%n$" position that overflows int is a matching failure;
//  * scan_string() of a null input is EOF with EINVAL, like a null format.
//
// Stack use, whole call chain through vsscanf (clang-22 -O2): about 0.4
// KiB for formats without floating point. Float conversions add a text
// buffer of (the format's maximum significant digits + 20) bytes and the
// float parser's exact step: in all 2.6 KiB on AMDGPU (gfx90a), 1.9 KiB
// on NVPTX (sm_80), 2.3 KiB on x86-64 for float and double; 22 KiB on
// x86-64 for the x87 long double (11.5 KiB of text, 9.7 KiB of parser),
// which the cpu device's 1 MiB lane stacks hold easily. No recursion, no
// heap.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_SCANF_SCAN_H
#define GPULIBC_SRC_SUPPORT_SCANF_SCAN_H

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "src/__support/scanf/number_text.h"
#include "src/__support/scanf/reader.h"
#include "src/__support/str_to_float.h"
#include "src/__support/str_to_integer.h"

namespace gpulibc {
namespace scanf_core {

static_assert(sizeof(long) == 8 && sizeof(long long) == 8 &&
                  sizeof(void *) == 8,
              "the engine assumes an LP64 target");

// errno values the engine reports, with Linux's numbering like <errno.h>.
inline constexpr int kErrnoUnchanged = -1;
inline constexpr int kErrorInterrupted = 4;      // EINTR
inline constexpr int kErrorInvalid = 22;         // EINVAL
inline constexpr int kErrorRange = 34;           // ERANGE
inline constexpr int kErrorIllegalSequence = 84; // EILSEQ

struct ScanResult {
  // What the scanf function returns: the number of assignments, or EOF
  // (-1) for an input failure before the first one.
  int count;
  // The value errno must have afterwards, or kErrnoUnchanged.
  int error;
};

namespace detail {

// Directive flags, as glibc records them. Every target is LP64, so l, ll,
// L, q, j, z and t all mean long (= long long) for integers.
enum : unsigned {
  kLong = 1 << 0,       // l ll L q j z t: long / double / wide characters
  kLongDouble = 1 << 1, // ll L q: long double
  kShort = 1 << 2,      // h
  kChar = 1 << 3,       // hh
  kSuppress = 1 << 4,   // *
  kAllocate = 1 << 5,   // m
};

struct Directive {
  unsigned flags = 0;
  int width = -1;      // -1: no maximum field width
  int position = 0;    // "%n$": n; 0: the next sequential argument
  unsigned char conv = 0;
};

enum class Status {
  kOk,
  kMatchingFailure, // glibc's conv_error(): stop, return the count
  kInputFailure,    // input_error(): stop, EOF if nothing was assigned
  kIllegalSequence, // encode_error(): EILSEQ, stop, return the count
};

// isspace() in the C locale; false for kEof.
inline bool is_space(int c) {
  return c == ' ' || static_cast<unsigned>(c - '\t') < 5;
}

// tolower() in the C locale, applied to kEof too (it stays negative).
inline int to_lower(int c) {
  return static_cast<unsigned>(c - 'A') < 26 ? c + ('a' - 'A') : c;
}

// glibc's read_int: consumes all digits, -1 if the value exceeds INT_MAX.
inline int read_int(const unsigned char *&f) {
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

// Parses the directive after its '%' with glibc's grammar:
//   [n$] [* ' I]... [width] [hh h l ll L q m ml j z t] conversion
// or, when the leading digits are not followed by '$', digits as the width
// and no flags. Returns false if the format ends inside the directive or
// the position overflows.
inline bool parse_directive(const unsigned char *&f, Directive &d) {
  int width = 0;
  if (is_digit(*f)) {
    int n = read_int(f);
    if (*f == '$') {
      if (n < 0)
        return false;
      d.position = n;
      ++f;
    } else {
      width = n;
      goto got_width;
    }
  }
  for (;; ++f) {
    if (*f == '*')
      d.flags |= kSuppress;
    else if (*f != '\'' && *f != 'I')
      break;
  }
  if (is_digit(*f))
    width = read_int(f);
got_width:
  d.width = width == 0 ? -1 : width; // An overflow (-1) also means none.

  switch (*f++) {
  case 'h':
    if (*f == 'h') {
      ++f;
      d.flags |= kChar;
    } else {
      d.flags |= kShort;
    }
    break;
  case 'l':
    if (*f == 'l') {
      ++f;
      d.flags |= kLong | kLongDouble;
    } else {
      d.flags |= kLong;
    }
    break;
  case 'L':
  case 'q':
    d.flags |= kLong | kLongDouble;
    break;
  case 'm':
    d.flags |= kAllocate;
    if (*f == 'l') {
      ++f;
      d.flags |= kLong;
    }
    break;
  case 'j':
  case 'z':
  case 't':
    d.flags |= kLong;
    break;
  default:
    --f;
    break;
  }
  if (*f == '\0')
    return false;
  d.conv = *f++;
  return true;
}

// The characters of a "%[...]" scanset.
class Scanset {
public:
  // Parses the set after "%[" with glibc's rules: a leading '^' negates; a
  // ']' or '-' right after "[" or "[^" is a member; "a-z" is a range when
  // its ends are in order (else all three are members), a '-' before the
  // closing ']' is a member. Returns false if the format ends first.
  bool parse(const unsigned char *&f) {
    if (*f == '^') {
      ++f;
      negated_ = true;
    }
    unsigned char fc = *f;
    if (fc == ']' || fc == '-') {
      add(fc);
      ++f;
    }
    while ((fc = *f) != '\0' && fc != ']') {
      ++f;
      if (fc == '-' && *f != '\0' && *f != ']' && f[-2] <= *f) {
        // From the character before the '-' to the one before the next;
        // that one is added as a member next time round.
        for (unsigned ch = f[-2]; ch < *f; ++ch)
          add(ch);
      } else {
        add(fc);
      }
    }
    if (fc == '\0')
      return false;
    ++f;
    return true;
  }

  // Whether the field goes on at byte c.
  bool accepts(int c) const {
    bool member = (bits_[c >> 5] >> (c & 31)) & 1;
    return member != negated_;
  }

private:
  void add(unsigned ch) { bits_[ch >> 5] |= uint32_t(1) << (ch & 31); }

  uint32_t bits_[8] = {};
  bool negated_ = false;
};

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

template <class Reader> class Scanner {
public:
  Scanner(Reader &reader, const char *fmt, va_param_t ap)
      : reader_(reader), fmt_(reinterpret_cast<const unsigned char *>(fmt)),
        ap_(ap) {}
  ~Scanner() {
    if (saved_)
      va_end(start_);
  }
  Scanner(const Scanner &) = delete;
  Scanner &operator=(const Scanner &) = delete;

  ScanResult run() {
    if (!fmt_)
      return {-1, kErrorInvalid};
    Status status = run_directives();
    if (status == Status::kOk && skip_space_) {
      // The format ended in white space: it still eats the input's.
      do
        inchar();
      while (is_space(c_));
      ungetc(c_);
    }
    if (status == Status::kIllegalSequence)
      errno_ = kErrorIllegalSequence;
    if (status == Status::kInputFailure && done_ == 0)
      done_ = -1;
    return {done_, errno_};
  }

private:
  Status run_directives() {
    const unsigned char *f = fmt_;
    while (*f) {
      unsigned char fc = *f++;
      if (fc != '%') {
        if (fc >= 0x80)
          errno_ = kErrorIllegalSequence; // glibc's mbrlen() on it.
        if (is_space(fc)) {
          skip_space_ = true;
          continue;
        }
        if (inchar() == kEof)
          return Status::kInputFailure;
        if (skip_space_) {
          while (is_space(c_))
            if (inchar() == kEof)
              return Status::kInputFailure;
          skip_space_ = false;
        }
        if (c_ != fc) {
          ungetc(c_);
          return Status::kMatchingFailure;
        }
        continue;
      }

      Directive d;
      if (!parse_directive(f, d))
        return Status::kMatchingFailure;
      unsigned char conv = d.conv;
      if (skip_space_ ||
          (conv != '[' && conv != 'c' && conv != 'C' && conv != 'n')) {
        if (Status s = skip_leading_space(); s != Status::kOk)
          return s;
      }
      if (Status s = convert(d, f); s != Status::kOk)
        return s;
    }
    return Status::kOk;
  }

  Status convert(Directive &d, const unsigned char *&f) {
    bool wide = d.flags & kLong;
    switch (d.conv) {
    case '%':
      if (inchar() == kEof)
        return Status::kInputFailure;
      if (c_ != '%') {
        ungetc(c_);
        return Status::kMatchingFailure;
      }
      return Status::kOk;
    case 'n':
      return store_count(d);
    case 'c':
    case 'C':
      return wide || d.conv == 'C' ? scan_chars<wchar_t>(d)
                                   : scan_chars<char>(d);
    case 's':
    case 'S':
      return wide || d.conv == 'S' ? scan_string<wchar_t>(d)
                                   : scan_string<char>(d);
    case '[':
      return wide ? scan_set<wchar_t>(d, f) : scan_set<char>(d, f);
    case 'd':
      return scan_integer(d, 10, true);
    case 'i':
      return scan_integer(d, 0, true);
    case 'u':
      return scan_integer(d, 10, false);
    case 'o':
      return scan_integer(d, 8, false);
    case 'x':
    case 'X':
      return scan_integer(d, 16, false);
    case 'p':
      // Read like "%lx", and "(nil)" too.
      d.flags = (d.flags & ~(kShort | kLongDouble)) | kLong;
      return scan_integer(d, 16, false, true);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a':
    case 'A':
      if (d.flags & kLongDouble)
        return scan_float<long double>(d);
      if (d.flags & kLong)
        return scan_float<double>(d);
      return scan_float<float>(d);
    default:
      return Status::kMatchingFailure;
    }
  }

  //===--------------------------------------------------------------------===//
  // Input, as glibc's inchar() and ungetc() macros see it.
  //===--------------------------------------------------------------------===//

  // Reads the next byte into c_. Once the input has ended, c_ stays kEof
  // and every further call only restores errno to its value at that moment.
  int inchar() {
    if (c_ == kEof) {
      errno_ = eof_errno_;
      return kEof;
    }
    c_ = reader_.get();
    if (c_ == kEof) {
      if (int e = reader_.error())
        errno_ = e;
      eof_errno_ = errno_;
    }
    return c_;
  }

  void ungetc(int c) {
    if (c != kEof)
      reader_.unget(c);
  }

  // The white space that every conversion but %[ %c %C %n skips, and those
  // too after a white-space directive. glibc clears errno meanwhile (to
  // tell EINTR apart) and then restores it.
  Status skip_leading_space() {
    int saved = errno_;
    errno_ = 0;
    do {
      if ((c_ == kEof || inchar() == kEof) && errno_ == kErrorInterrupted)
        return Status::kInputFailure;
    } while (is_space(c_));
    errno_ = saved;
    ungetc(c_);
    skip_space_ = false;
    return Status::kOk;
  }

  //===--------------------------------------------------------------------===//
  // Arguments. Every scanf argument is a pointer, so "%n$" is found by
  // stepping over n-1 pointers from the start, as glibc does.
  //===--------------------------------------------------------------------===//

  template <class T> T *arg(const Directive &d) {
    if (!saved_) {
      va_copy(start_, ap_);
      saved_ = true;
    }
    if (d.position == 0)
      return static_cast<T *>(va_arg(ap_, void *));
    va_list ap;
    va_copy(ap, start_);
    for (int i = 1; i < d.position; ++i)
      (void)va_arg(ap, void *);
    void *p = va_arg(ap, void *);
    va_end(ap);
    return static_cast<T *>(p);
  }

  //===--------------------------------------------------------------------===//
  // Conversions.
  //===--------------------------------------------------------------------===//

  Status store_count(const Directive &d) {
    if (d.flags & kSuppress)
      return Status::kOk;
    void *p = arg<void>(d);
    if (!p)
      return Status::kMatchingFailure;
    size_t n = reader_.consumed();
    if (d.flags & kLong)
      *static_cast<long *>(p) = static_cast<long>(n);
    else if (d.flags & kShort)
      *static_cast<short *>(p) = static_cast<short>(n);
    else if (!(d.flags & kChar))
      *static_cast<int *>(p) = static_cast<int>(n);
    else
      *static_cast<char *>(p) = static_cast<char>(n);
    return Status::kOk;
  }

  // Where %c %s %[ store, or null with '*'. `missing` is set when a
  // destination is needed but unusable.
  template <class Char> Char *string_arg(const Directive &d, bool &missing) {
    missing = false;
    if (d.flags & kSuppress)
      return nullptr;
    Char *out = (d.flags & kAllocate) ? nullptr : arg<Char>(d);
    missing = out == nullptr;
    return out;
  }

  // The C locale's mbrtowc() of one byte: stores it if it is ASCII (NUL
  // included) and reports whether it was a complete character other than
  // NUL, which is what glibc's %lc and %ls require.
  static bool widen(int c, wchar_t *out) {
    if (c > 0x7f)
      return false;
    if (out)
      *out = static_cast<wchar_t>(c);
    return c != 0;
  }

  template <class Char> Status scan_chars(const Directive &d) {
    int width = d.width < 0 ? 1 : d.width;
    bool missing;
    Char *out = string_arg<Char>(d, missing);
    if (missing)
      return Status::kMatchingFailure;
    if (inchar() == kEof)
      return Status::kInputFailure;
    do {
      if constexpr (sizeof(Char) == 1) {
        if (out)
          *out++ = static_cast<char>(c_);
      } else {
        if (!widen(c_, out))
          return Status::kIllegalSequence;
        if (out)
          ++out;
      }
    } while (--width > 0 && inchar() != kEof);
    if (!(d.flags & kSuppress))
      ++done_;
    return Status::kOk;
  }

  template <class Char> Status scan_string(const Directive &d) {
    int width = d.width;
    bool missing;
    Char *out = string_arg<Char>(d, missing);
    if (missing)
      return Status::kMatchingFailure;
    if (inchar() == kEof)
      return Status::kInputFailure;
    do {
      if (is_space(c_)) {
        ungetc(c_);
        break;
      }
      if constexpr (sizeof(Char) == 1) {
        if (out)
          *out++ = static_cast<char>(c_);
      } else {
        if (!widen(c_, out))
          return Status::kIllegalSequence;
        if (out)
          ++out;
      }
    } while ((width <= 0 || --width > 0) && inchar() != kEof);
    if (out) {
      *out = 0;
      ++done_;
    }
    return Status::kOk;
  }

  template <class Char>
  Status scan_set(const Directive &d, const unsigned char *&f) {
    int width = d.width;
    bool missing;
    Char *out = string_arg<Char>(d, missing);
    if (missing)
      return Status::kMatchingFailure;
    Scanset set;
    if (!set.parse(f))
      return Status::kMatchingFailure;
    size_t before = reader_.consumed();
    if (inchar() == kEof)
      return Status::kInputFailure;
    do {
      if (!set.accepts(c_)) {
        ungetc(c_);
        break;
      }
      if (out) {
        if constexpr (sizeof(Char) == 1) {
          *out = static_cast<char>(c_);
        } else if (c_ > 0x7f) {
          // glibc ignores this mbrtowc() failure: the slot keeps whatever
          // it held, and only errno tells.
          errno_ = kErrorIllegalSequence;
        } else {
          *out = static_cast<wchar_t>(c_);
        }
        ++out;
      }
    } while ((width < 0 || --width > 0) && inchar() != kEof);
    if (reader_.consumed() == before)
      return Status::kMatchingFailure;
    if (out) {
      *out = 0;
      ++done_;
    }
    return Status::kOk;
  }

  // %d %i %u %o %x %X %p: glibc's character collection, then strtol or
  // strtoul on what was collected. Base 0 is %i's "like strtol".
  Status scan_integer(const Directive &d, int base, bool is_signed,
                      bool pointer = false) {
    int width = d.width;
    IntegerText text;
    if (inchar() == kEof)
      return Status::kInputFailure;
    if (c_ == '-' || c_ == '+') {
      text.add(c_);
      if (width > 0)
        --width;
      inchar();
    }
    if (width != 0 && c_ == '0') {
      if (width > 0)
        --width;
      text.add('0');
      inchar();
      if (width != 0 && to_lower(c_) == 'x') {
        // The 'x' is consumed but not collected: "0x" alone reads as 0.
        if (base == 0)
          base = 16;
        if (base == 16) {
          if (width > 0)
            --width;
          inchar();
        }
      } else if (base == 0) {
        base = 8;
      }
    }
    if (base == 0)
      base = 10;
    while (c_ != kEof && width != 0 &&
           hex_digit_value(c_) < static_cast<unsigned>(base)) {
      text.add(c_);
      if (width > 0)
        --width;
      inchar();
    }
    if (text.size() == 0 || text.only_sign()) {
      // No digits. %p also accepts its "(nil)", unless a sign came first.
      if (pointer && text.size() == 0 && (width < 0 || width >= 5) &&
          c_ == '(' && to_lower(inchar()) == 'n' &&
          to_lower(inchar()) == 'i' && to_lower(inchar()) == 'l' &&
          inchar() == ')') {
        text.add('0');
      } else {
        ungetc(c_);
        return Status::kMatchingFailure;
      }
    } else {
      ungetc(c_);
    }

    if (is_signed) {
      internal::ParseResult<long> r = text.parse<long>(base);
      if (r.error)
        errno_ = r.error;
      if (d.flags & kSuppress)
        return Status::kOk;
      void *p = arg<void>(d);
      if (!p)
        return Status::kMatchingFailure;
      if (d.flags & kLong)
        *static_cast<long *>(p) = r.value;
      else if (d.flags & kShort)
        *static_cast<short *>(p) = static_cast<short>(r.value);
      else if (!(d.flags & kChar))
        *static_cast<int *>(p) = static_cast<int>(r.value);
      else
        *static_cast<signed char *>(p) = static_cast<signed char>(r.value);
    } else {
      internal::ParseResult<unsigned long> r = text.parse<unsigned long>(base);
      if (r.error)
        errno_ = r.error;
      if (d.flags & kSuppress)
        return Status::kOk;
      void *p = arg<void>(d);
      if (!p)
        return Status::kMatchingFailure;
      if (d.flags & kLong)
        *static_cast<unsigned long *>(p) = r.value;
      else if (d.flags & kShort)
        *static_cast<unsigned short *>(p) =
            static_cast<unsigned short>(r.value);
      else if (!(d.flags & kChar))
        *static_cast<unsigned *>(p) = static_cast<unsigned>(r.value);
      else
        *static_cast<unsigned char *>(p) = static_cast<unsigned char>(r.value);
    }
    ++done_;
    return Status::kOk;
  }

  // %e %f %g %a and capitals: glibc's character collection, then strtof,
  // strtod or strtold. Out of line so that only float conversions pay for
  // the text buffer, whose size depends on T.
  template <class T>
  __attribute__((noinline)) Status scan_float(const Directive &d) {
    using Format = typename internal::number::FormatOf<T>::Type;
    FloatText<Format::kMaxDigits> text;
    int width = d.width;
    inchar();
    if (width > 0)
      --width;
    if (c_ == kEof)
      return Status::kInputFailure;

    size_t got_sign = 0;
    if (c_ == '-' || c_ == '+') {
      got_sign = 1;
      text.add(c_);
      // A sign alone is not a number, even at the end of the input.
      if (width == 0 || inchar() == kEof)
        return Status::kMatchingFailure;
      if (width > 0)
        --width;
    }

    // "nan", "inf" and "infinity": every letter must match, and the
    // letters read stay consumed when one does not.
    const char *word = nullptr;
    if (to_lower(c_) == 'n')
      word = "nan";
    else if (to_lower(c_) == 'i')
      word = "inf";
    if (word) {
      text.add_letter(c_);
      for (const char *w = word + 1; *w; ++w) {
        if (width == 0 || inchar() == kEof || to_lower(c_) != *w)
          return Status::kMatchingFailure;
        if (width > 0)
          --width;
        text.add_letter(c_);
      }
      if (word[0] == 'i' && width != 0 && inchar() != kEof) {
        if (to_lower(c_) == 'i') {
          if (width > 0)
            --width;
          text.add_letter(c_);
          for (const char *w = "nity"; *w; ++w) {
            if (width == 0 || inchar() == kEof || to_lower(c_) != *w)
              return Status::kMatchingFailure;
            if (width > 0)
              --width;
            text.add_letter(c_);
          }
        } else {
          ungetc(c_);
        }
      }
      return convert_float<T>(d, text.finish());
    }

    bool hex = false, got_digit = false, got_dot = false, got_e = false;
    int exp_char = 'e';
    if (width != 0 && c_ == '0') {
      text.add(c_);
      inchar();
      if (width > 0)
        --width;
      if (width != 0 && to_lower(c_) == 'x') {
        text.add(c_);
        hex = true;
        exp_char = 'p';
        inchar();
        if (width > 0)
          --width;
      } else {
        got_digit = true;
      }
    }
    for (;;) {
      if (is_digit(c_) || (!got_e && hex && hex_digit_value(c_) < 16)) {
        text.add(c_);
        got_digit = true;
      } else if (got_e && text.last() == exp_char &&
                 (c_ == '-' || c_ == '+')) {
        text.add(c_);
      } else if (got_digit && !got_e && to_lower(c_) == exp_char) {
        text.add(exp_char);
        got_e = got_dot = true;
      } else if (!got_dot && c_ == '.') {
        text.add(c_);
        got_dot = true;
      } else {
        ungetc(c_);
        break;
      }
      if (width == 0 || inchar() == kEof)
        break;
      if (width > 0)
        --width;
    }
    // Nothing but a sign, or a "0x" without digits.
    if (text.size() == got_sign || (hex && text.size() == 2 + got_sign))
      return Status::kMatchingFailure;
    return convert_float<T>(d, text.finish());
  }

  template <class T>
  Status convert_float(const Directive &d, const char *text) {
    internal::ParseResult<T> r = internal::parse_float<T>(text);
    if (r.consumed == 0)
      return Status::kMatchingFailure; // "." and "-."
    if (r.error)
      errno_ = r.error;
    if (d.flags & kSuppress)
      return Status::kOk;
    T *p = arg<T>(d);
    if (!p)
      return Status::kMatchingFailure;
    *p = r.value;
    ++done_;
    return Status::kOk;
  }

  Reader &reader_;
  const unsigned char *fmt_;
  va_param_t ap_;  // The next sequential argument.
  va_list start_;  // The first argument, for "%n$".
  bool saved_ = false;
  bool skip_space_ = false; // A white-space directive is pending.
  int c_ = 0;                // glibc's `c`: the byte read last, or kEof.
  int done_ = 0;             // Assignments so far.
  int errno_ = kErrnoUnchanged;
  int eof_errno_ = kErrnoUnchanged; // errno when the input ended.
};

} // namespace detail

// Scans `reader` by `fmt` with the pointers in `ap`. Like vscanf, leaves
// `ap` indeterminate.
template <class Reader>
inline ScanResult scan(Reader &reader, const char *fmt, va_list ap) {
  detail::Scanner<Reader> scanner(reader, fmt, ap);
  return scanner.run();
}

// vsscanf: `input` up to its NUL is the whole input.
inline ScanResult scan_string(const char *input, const char *fmt, va_list ap) {
  if (!input)
    return {-1, kErrorInvalid};
  StringReader reader(input);
  return scan(reader, fmt, ap);
}

} // namespace scanf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_SCANF_SCAN_H
