//===-- Bounded copies of scanf's numeric fields ----------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// glibc's scanf collects the characters of a numeric field in a growing heap
// buffer and hands the buffer to strtol or strtod. A field can be any length
// ("%lf" of a million digits), but we have no heap and a bounded stack, so
// these classes keep an equivalent text instead: one that strtol/strtod (our
// parse_integer/parse_float) map to the same value and the same range error
// as the full text, with the same success or failure.
//
//  * Integers: leading zeros are dropped and at most kIntegerDigits
//    significant digits are kept. 65 digits already exceed 2^64 in every
//    base, so a longer field overflows either way, to the same saturated
//    value.
//  * Floats: leading zeros are dropped, the first kMaxDigits significant
//    digits are kept, any later non-zero digit becomes one sticky '1', and
//    the positions that were dropped or removed from the fraction are
//    folded into the exponent. The float parser itself reads no more than
//    kMaxDigits significant digits plus such a sticky digit (see
//    load_digits() in str_to_float.h), so its result is unchanged. The
//    exponent is kept saturated far outside every format's range.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_SCANF_NUMBER_TEXT_H
#define GPULIBC_SRC_SUPPORT_SCANF_NUMBER_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "src/__support/str_to_float.h"
#include "src/__support/str_to_integer.h"

namespace gpulibc {
namespace scanf_core {
namespace detail {

inline bool is_digit(int c) { return static_cast<unsigned>(c - '0') < 10; }

// The value of c as a digit in base 16 or less, or 16 if it is none.
inline unsigned hex_digit_value(int c) {
  if (is_digit(c))
    return static_cast<unsigned>(c - '0');
  unsigned l = static_cast<unsigned>((c | 0x20) - 'a');
  return c >= 0 && l < 6 ? l + 10 : 16;
}

// The sign and digits of an integer field. add() receives every character
// glibc puts into its buffer: an optional sign, then digits of the base.
class IntegerText {
public:
  void add(int c) {
    ++size_;
    if (c == '+' || c == '-') {
      text_[len_++] = static_cast<char>(c);
      sign_only_ = true;
      return;
    }
    sign_only_ = false;
    if (c == '0' && !significant_)
      return;
    if (significant_ < kIntegerDigits) {
      text_[len_++] = static_cast<char>(c);
      ++significant_;
    }
  }

  // Characters glibc's buffer would hold.
  size_t size() const { return size_; }
  bool only_sign() const { return size_ == 1 && sign_only_; }

  // strtol (T = long) or strtoul (T = unsigned long) of the field.
  template <class T> internal::ParseResult<T> parse(int base) {
    if (!significant_)
      text_[len_++] = '0';
    text_[len_] = '\0';
    return internal::parse_integer<T>(text_, base);
  }

private:
  static constexpr int kIntegerDigits = 65;
  char text_[1 + kIntegerDigits + 2];
  int len_ = 0;
  int significant_ = 0;
  size_t size_ = 0;
  bool sign_only_ = false;
};

// The text of a floating-point field, for a format whose parser reads at
// most kMaxDigits significant decimal digits. Characters arrive through
// add() in the order glibc collects them: an optional sign, then either the
// letters of "inf"/"infinity"/"nan" (add_letter) or a number: "0x" for hex,
// mantissa digits with at most one '.', then an exponent mark ('e', or 'p'
// for hex) with an optional sign and decimal digits.
template <int kMaxDigits> class FloatText {
public:
  void add(int c) {
    ++size_;
    last_ = c;
    if (c == '+' || c == '-') {
      if (in_exponent_)
        exponent_negative_ = c == '-';
      else
        text_[len_++] = static_cast<char>(c);
    } else if (c == '.') {
      in_fraction_ = true;
    } else if (c == 'x' || c == 'X') {
      // Only ever right after a leading '0', which was not stored.
      hex_ = true;
      text_[len_++] = '0';
      text_[len_++] = 'x';
    } else if (c == (hex_ ? 'p' : 'e')) {
      in_exponent_ = true;
    } else if (in_exponent_) {
      exponent_digits_ = true;
      if (exponent_ < kExponentLimit)
        exponent_ = exponent_ * 10 + (c - '0');
    } else {
      add_mantissa_digit(c);
    }
  }

  void add_letter(int c) {
    ++size_;
    last_ = c;
    letters_ = true;
    text_[len_++] = static_cast<char>(c);
  }

  // Characters glibc's buffer would hold, and the last of them.
  size_t size() const { return size_; }
  int last() const { return last_; }

  // A NUL-terminated text with the value of the field. A decimal field
  // without any digit (".", "-.") yields "", which does not parse, just as
  // strtod rejects the original.
  const char *finish() {
    if (!letters_ && !hex_ && !any_digit_) {
      text_[0] = '\0';
      return text_;
    }
    if (!letters_) {
      if (kept_ == 0) {
        text_[len_++] = '0';
      } else {
        int64_t e = shift_;
        if (sticky_) {
          text_[len_++] = '1';
          e -= step();
        }
        if (exponent_digits_)
          e += exponent_negative_ ? -exponent_ : exponent_;
        if (e > kExponentLimit)
          e = kExponentLimit;
        if (e < -kExponentLimit)
          e = -kExponentLimit;
        text_[len_++] = hex_ ? 'p' : 'e';
        append_decimal(e);
      }
    }
    text_[len_] = '\0';
    return text_;
  }

private:
  // Any exponent this far out over- or underflows every format whatever the
  // digits (there are at most kMaxDigits + 1 of them), and it keeps all the
  // arithmetic far from int64_t overflow.
  static constexpr int64_t kExponentLimit = int64_t(1) << 40;
  // Sign, "0x", the digits, a sticky digit, an exponent mark, its sign and
  // up to 13 digits, the NUL.
  static constexpr int kCapacity = kMaxDigits + 20;

  int step() const { return hex_ ? 4 : 1; } // exponent units per digit

  void add_mantissa_digit(int c) {
    any_digit_ = true;
    if (kept_ == 0 && c == '0') {
      if (in_fraction_)
        shift_ -= step();
      return;
    }
    if (kept_ < kMaxDigits) {
      text_[len_++] = static_cast<char>(c);
      ++kept_;
      if (in_fraction_)
        shift_ -= step();
      return;
    }
    if (!in_fraction_)
      shift_ += step();
    sticky_ |= c != '0';
  }

  void append_decimal(int64_t e) {
    uint64_t u = static_cast<uint64_t>(e);
    if (e < 0) {
      text_[len_++] = '-';
      u = 0 - u;
    }
    char digits[20];
    int n = 0;
    do {
      digits[n++] = static_cast<char>('0' + u % 10);
      u /= 10;
    } while (u);
    while (n)
      text_[len_++] = digits[--n];
  }

  char text_[kCapacity];
  int len_ = 0;
  int kept_ = 0;         // significant digits in text_
  int64_t shift_ = 0;    // exponent units to add for dropped positions
  int64_t exponent_ = 0; // the field's own exponent, saturated
  size_t size_ = 0;
  int last_ = 0;
  bool letters_ = false; // "inf", "infinity" or "nan", kept as they are
  bool hex_ = false;
  bool any_digit_ = false;
  bool in_fraction_ = false;
  bool in_exponent_ = false;
  bool exponent_negative_ = false;
  bool exponent_digits_ = false;
  bool sticky_ = false;
};

} // namespace detail
} // namespace scanf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_SCANF_NUMBER_TEXT_H
