//===-- %f %e %g conversions ------------------------------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// Exact decimal conversion of binary floating point, rounded to nearest with
// ties to even (glibc's behaviour in the default rounding mode).
//
// Two paths:
//
//  * Fast path. The rounded digit string, when it has at most 19 digits
//    (%e/%g with precision < 19, %f with precision <= 27 whose result fits in
//    64 bits), is D = round(m * 2^e * 10^k) for one k. We multiply the 64-bit
//    significand by a 128-bit approximation of 10^k (pow10_table.h) and keep
//    a bound on the error. The result is used only when that bound proves the
//    rounding direction; otherwise we fall through to the exact path. For
//    0 <= k <= 27 the power is exact, so exact ties are decided here too.
//
//  * Exact path. A bounded big-number digit generator (ExactDigits) streams
//    the decimal expansion left to right: the integer part is converted to
//    base 10^9 up front, the fraction is a binary fixed-point number that
//    yields 9 digits per multiplication by 10^9. Rounding needs to know,
//    before anything is printed, whether a carry ripples into a new leading
//    digit (it changes the field length used for padding), so the digits are
//    generated twice: a planning pass finds the rounding direction and the
//    last digit that is not 9, the second pass prints. Past the end of the
//    exact expansion only zeros follow, which are padded in bulk, so
//    "%.100000f" costs no more than the expansion itself.
//
// Stack: ExactDigits holds kExactWords 32-bit words: 37 (148 bytes) for
// double, 550 (2200 bytes) for x87 long double. The exact-path functions
// are not inlined, so that buffer only exists while they run (their frames
// are ~0.4 KiB for double, ~2.4 KiB for x87); the rest of this file needs
// a few hundred bytes at most.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_DEC_H
#define GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_DEC_H

#include <float.h>
#include <stdint.h>

#include "src/__support/printf/float_bits.h"
#include "src/__support/printf/int_conv.h"
#include "src/__support/printf/pow10_table.h"
#include "src/__support/printf/spec.h"
#include "src/__support/printf/writer.h"

namespace gpulibc {
namespace printf_core {
namespace fp_detail {

using u128 = unsigned __int128;

inline int clz64(uint64_t v) { return __builtin_clzll(v); }

//===----------------------------------------------------------------------===//
// Fast path.
//===----------------------------------------------------------------------===//

// The scaled value y = m * 2^e * 10^k as seen through the approximation:
// y lies in [ip + frac/2^64, ip + (frac + err)/2^64). err == 0 means the
// computation was exact and `sticky` tells whether y > ip + frac/2^64.
struct Scaled {
  uint64_t ip = 0;
  uint64_t frac = 0;
  uint64_t err = 0;
  bool sticky = false;
  bool ok = false; // False: k outside the table, or y >= 2^64.
};

// Bits [n, n+64) of the 192-bit number p2:p1:p0 (0 <= n).
inline uint64_t bits192(uint64_t p2, uint64_t p1, uint64_t p0, int n) {
  if (n >= 128) {
    n -= 128;
    return n >= 64 ? 0 : p2 >> n;
  }
  if (n >= 64) {
    n -= 64;
    return n ? (p1 >> n) | (p2 << (64 - n)) : p1;
  }
  return n ? (p0 >> n) | (p1 << (64 - n)) : p0;
}

// Whether any of bits [0, n) of p2:p1:p0 is set.
inline bool low_bits192(uint64_t p2, uint64_t p1, uint64_t p0, int n) {
  if (n <= 0)
    return false;
  if (n >= 192)
    return (p0 | p1 | p2) != 0;
  if (n >= 128)
    return p0 || p1 || (n > 128 && (p2 << (192 - n)) != 0);
  if (n >= 64)
    return p0 || (n > 64 && (p1 << (128 - n)) != 0);
  return (p0 << (64 - n)) != 0;
}

// m must have its top bit set.
inline Scaled scale_pow10(uint64_t m, int e, int k) {
  Scaled out;
  int q = k >= 0 ? k / kPow10Step : -((-k + kPow10Step - 1) / kPow10Step);
  int r = k - q * kPow10Step;
  if (q < kPow10BigMinQ || q > kPow10BigMaxQ)
    return out;
  uint64_t sh = kPow10Small.hi[r], sl = kPow10Small.lo[r];
  uint64_t c1, c0; // 10^k ~= (c1:c0) * 2^cexp, c1 top bit set, (c1:c0) <= 10^k
  int cexp;
  bool exact;
  if (q == 0) {
    u128 s = (static_cast<u128>(sh) << 64) | sl;
    int lz = sh ? clz64(sh) : 64 + clz64(sl);
    s <<= lz;
    c1 = static_cast<uint64_t>(s >> 64);
    c0 = static_cast<uint64_t>(s);
    cexp = -lz;
    exact = true;
  } else if (r == 0) {
    const Pow10Entry &b = kPow10Big[q - kPow10BigMinQ];
    c1 = b.hi;
    c0 = b.lo;
    cexp = b.exp2;
    exact = q == 1; // 10^28 = 5^28 * 2^28 and 5^28 < 2^65: held exactly.
  } else {
    // (B.hi:B.lo) * (sh:sl), 256 bits in w3:w2:w1:w0, truncated to the top
    // 128. Both factors are <= the true values and truncation only lowers
    // the result, so the approximation C never exceeds the exact 10^k and
    // falls short by less than 3 units of its last place.
    // 10^r >= 10, so the product is >= 2^130 and its top bit is in w2 or w3.
    const Pow10Entry &b = kPow10Big[q - kPow10BigMinQ];
    u128 ll = static_cast<u128>(b.lo) * sl;
    u128 lh = static_cast<u128>(b.lo) * sh;
    u128 hl = static_cast<u128>(b.hi) * sl;
    u128 hh = static_cast<u128>(b.hi) * sh;
    u128 mid = (ll >> 64) + static_cast<uint64_t>(lh) + static_cast<uint64_t>(hl);
    uint64_t w1 = static_cast<uint64_t>(mid);
    u128 top = (mid >> 64) + (lh >> 64) + (hl >> 64) + hh;
    uint64_t w2 = static_cast<uint64_t>(top);
    uint64_t w3 = static_cast<uint64_t>(top >> 64);
    int lz = w3 ? clz64(w3) : 64 + clz64(w2);
    int shift = lz;
    if (shift >= 64) {
      w3 = w2;
      w2 = w1;
      w1 = static_cast<uint64_t>(ll);
      shift -= 64;
    }
    if (shift) {
      w3 = (w3 << shift) | (w2 >> (64 - shift));
      w2 = (w2 << shift) | (w1 >> (64 - shift));
    }
    c1 = w3;
    c0 = w2;
    cexp = b.exp2 + 128 - lz;
    exact = false;
  }
  // P = m * C, 192 bits.
  u128 a = static_cast<u128>(m) * c0;
  u128 bb = static_cast<u128>(m) * c1;
  uint64_t p0 = static_cast<uint64_t>(a);
  u128 t = (a >> 64) + static_cast<uint64_t>(bb);
  uint64_t p1 = static_cast<uint64_t>(t);
  uint64_t p2 = static_cast<uint64_t>(bb >> 64) + static_cast<uint64_t>(t >> 64);
  // y = P / 2^s. P >= 2^190, so y < 2^64 needs s >= 127.
  long s = -(static_cast<long>(e) + cexp);
  if (s >= 194) {
    // y < 2^(192-s) * (1 + 2^-125) < 1/2: rounds to 0 in every case.
    out.ok = true;
    out.sticky = true;
    return out;
  }
  if (s < 127 || (s == 127 && (p2 >> 63)))
    return out;
  int si = static_cast<int>(s);
  out.ip = bits192(p2, p1, p0, si);
  out.frac = bits192(p2, p1, p0, si - 64);
  if (exact) {
    out.sticky = low_bits192(p2, p1, p0, si - 64);
  } else {
    // True P - P < 3 * 2^64, i.e. 3 * 2^(128-s) units of frac, plus one for
    // the truncation of frac itself.
    out.err = si >= 129 ? 4 : (si == 128 ? 5 : 8);
  }
  out.ok = true;
  return out;
}

enum class Round { kDown, kUp, kUnsure };

inline Round decide(const Scaled &v) {
  const uint64_t half = 1ull << 63;
  if (v.err == 0) {
    if (v.frac < half)
      return Round::kDown;
    if (v.frac > half || v.sticky)
      return Round::kUp;
    return (v.ip & 1) ? Round::kUp : Round::kDown; // Exact tie: to even.
  }
  if (v.frac > half)
    return Round::kUp;
  if (v.frac <= half - v.err)
    return Round::kDown;
  return Round::kUnsure;
}

// Lower estimate (within one) of floor(log10(m * 2^e)), m normalised:
// log2 of the value is at least e + 63 + f/2048 for the next 11 bits f.
inline int estimate_exp10(uint64_t m, int e) {
  int64_t x = static_cast<int64_t>(e + 63) * 2048 +
              static_cast<int64_t>((m >> 52) & 0x7ff);
  // 1292913986 = floor(log10(2) * 2^32).
  return static_cast<int>((x * 1292913986ll) >> 43);
}

// The n (1..19) significant digits of m * 2^e, correctly rounded, and the
// decimal exponent of the first one. False: let the exact path decide.
inline bool sci_fast(uint64_t m, int e, int n, uint64_t &digits, int &exp10,
                     bool &carried) {
  int est = estimate_exp10(m, e);
  carried = false;
  for (int iter = 0; iter < 4; ++iter) {
    Scaled v = scale_pow10(m, e, n - 1 - est);
    if (!v.ok)
      return false;
    if (v.ip >= kPow10U64[n]) {
      ++est;
      continue;
    }
    if (v.ip + 1 < kPow10U64[n - 1]) {
      --est;
      continue;
    }
    Round r = decide(v);
    if (r == Round::kUnsure)
      return false;
    uint64_t d = v.ip + (r == Round::kUp);
    if (d < kPow10U64[n - 1]) {
      --est;
      continue;
    }
    if (d == kPow10U64[n]) { // 9.99.. rounded up to 10.0..
      d = kPow10U64[n - 1];
      ++est;
      carried = true;
    }
    digits = d;
    exp10 = est;
    return true;
  }
  return false;
}

// round(m * 2^e * 10^prec) for prec <= 27, when it fits in 64 bits. The power
// of ten is exact here, so this never needs the exact path for ties.
inline bool fixed_fast(uint64_t m, int e, int prec, uint64_t &out) {
  if (prec > 27)
    return false;
  Scaled v = scale_pow10(m, e, prec);
  if (!v.ok)
    return false;
  Round r = decide(v);
  if (r == Round::kUp) {
    if (v.ip == ~0ull)
      return false;
    out = v.ip + 1;
  } else {
    out = v.ip;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Exact path.
//===----------------------------------------------------------------------===//

// Words needed for a format with the given exponent range: the integer part
// below 2^max_exp in base 10^9 (plus one spare), or three integer blocks
// plus the fraction of a value scaled by 2^-max_frac_bits.
constexpr int exact_words(int max_exp, int max_frac_bits) {
  int int_blocks = (max_exp * 30103 / 100000 + 1 + 8) / 9 + 1;
  int frac_words = 3 + (max_frac_bits + 31) / 32;
  return int_blocks > frac_words ? int_blocks : frac_words;
}
// double: 2^1024 has 309 digits; the smallest subnormal has 1074 fraction
// bits.
inline constexpr int kExactWordsDouble = exact_words(DBL_MAX_EXP, 1074);
#if LDBL_MANT_DIG == 64
// x87: 2^16384 has 4933 digits; pseudo-/denormals have 16445 fraction bits.
inline constexpr int kExactWordsLongDouble = exact_words(LDBL_MAX_EXP, 16445);
#else
inline constexpr int kExactWordsLongDouble = kExactWordsDouble;
#endif

enum RestClass { kRestBelowHalf, kRestHalf, kRestAboveHalf };

// Streams the decimal digits of mant * 2^exp2 (> 0) from the most
// significant one. Words [0, nb) hold the integer part in base 10^9, least
// significant block first; a fraction, if any, lives in words
// [kFracBase, kFracBase + frac_w) as a binary number scaled by 2^-32*frac_w.
template <int kWords> class ExactDigits {
public:
  void init(uint64_t mant, int exp2) {
    mant_ = mant;
    exp2_ = exp2;
    nb_ = 0;
    frac_w_ = 0;
    if (exp2 >= 0) {
      int lz = clz64(mant);
      int first = exp2 < lz ? exp2 : lz;
      push_blocks(mant << first);
      for (int sh = exp2 - first; sh > 0;) {
        // Blocks are < 10^9 < 2^30, so a 29-bit shift plus carry fits in 64.
        int step = sh < 29 ? sh : 29;
        sh -= step;
        uint64_t carry = 0;
        for (int i = 0; i < nb_; ++i) {
          uint64_t t = (static_cast<uint64_t>(w_[i]) << step) + carry;
          carry = t / kBlock;
          w_[i] = static_cast<uint32_t>(t - carry * kBlock);
        }
        while (carry) {
          uint64_t q = carry / kBlock;
          w_[nb_++] = static_cast<uint32_t>(carry - q * kBlock);
          carry = q;
        }
      }
    } else {
      int k = -exp2;
      push_blocks(k < 64 ? mant >> k : 0);
      frac_w_ = (k + 31) / 32;
    }
    int_lo_ = 0;
    while (int_lo_ < nb_ && w_[int_lo_] == 0)
      ++int_lo_;
    rewind();
  }

  // Number of digits of the integer part; 0 when the value is below 1.
  int int_digits() const {
    return nb_ ? 9 * (nb_ - 1) + decimal_digits(w_[nb_ - 1]) : 0;
  }

  // Restarts the stream at the most significant integer digit (or the first
  // fraction digit if the integer part is 0).
  void rewind() {
    next_block_ = nb_ - 1;
    pos_ = len_ = 0;
    if (!frac_w_)
      return;
    int k = -exp2_;
    uint64_t f = k < 64 ? mant_ & ((1ull << k) - 1) : mant_;
    uint32_t *fw = w_ + kFracBase;
    for (int i = 0; i < frac_w_; ++i)
      fw[i] = 0;
    // Left-align the k fraction bits to a word boundary: F << (32W - k).
    u128 v = static_cast<u128>(f) << (32 * frac_w_ - k);
    fw[0] = static_cast<uint32_t>(v);
    if (frac_w_ > 1)
      fw[1] = static_cast<uint32_t>(v >> 32);
    if (frac_w_ > 2)
      fw[2] = static_cast<uint32_t>(v >> 64);
    frac_lo_ = 0;
    while (frac_lo_ < frac_w_ && fw[frac_lo_] == 0)
      ++frac_lo_;
  }

  // For a value below 1 (int_digits() == 0): consumes the zeros after the
  // decimal point and returns how many there were.
  int skip_leading_zeros() {
    int zeros = 0;
    for (;;) {
      uint32_t b = next_frac_block();
      if (b) {
        u32_to_dec9(b, buf_);
        len_ = 9;
        pos_ = 9 - decimal_digits(b);
        return zeros + pos_;
      }
      zeros += 9;
    }
  }

  bool at_block_end() const { return pos_ == len_; }
  // Only meaningful at a block end: every remaining digit is 0.
  bool exhausted() const {
    return next_block_ < int_lo_ && frac_lo_ == frac_w_;
  }

  int next_digit() {
    if (pos_ == len_)
      load_block();
    return buf_[pos_++] - '0';
  }

  // Classifies the digits after the current position against half a unit
  // of the last digit taken. Consumes digits.
  RestClass rest_class() {
    if (pos_ == len_) {
      if (exhausted())
        return kRestBelowHalf;
      load_block();
    }
    int d = buf_[pos_++] - '0';
    if (d != 5)
      return d < 5 ? kRestBelowHalf : kRestAboveHalf;
    for (int i = pos_; i < len_; ++i)
      if (buf_[i] != '0')
        return kRestAboveHalf;
    return exhausted() ? kRestHalf : kRestAboveHalf;
  }

private:
  static constexpr uint32_t kBlock = 1000000000u;
  static constexpr int kFracBase = 3; // 2^64 < 10^27: three blocks.

  void push_blocks(uint64_t v) {
    while (v) {
      uint64_t q = v / kBlock;
      w_[nb_++] = static_cast<uint32_t>(v - q * kBlock);
      v = q;
    }
  }

  uint32_t next_frac_block() {
    uint32_t *fw = w_ + kFracBase;
    uint64_t carry = 0;
    for (int i = frac_lo_; i < frac_w_; ++i) {
      uint64_t t = static_cast<uint64_t>(fw[i]) * kBlock + carry;
      fw[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    // Each step appends 9 zero bits at the bottom; drop emptied words.
    while (frac_lo_ < frac_w_ && fw[frac_lo_] == 0)
      ++frac_lo_;
    return static_cast<uint32_t>(carry);
  }

  void load_block() {
    if (next_block_ >= 0) {
      uint32_t b = w_[next_block_];
      u32_to_dec9(b, buf_);
      // The leading block carries no leading zeros.
      pos_ = next_block_ == nb_ - 1 ? 9 - decimal_digits(b) : 0;
      --next_block_;
    } else {
      u32_to_dec9(next_frac_block(), buf_);
      pos_ = 0;
    }
    len_ = 9;
  }

  uint32_t w_[kWords];
  uint64_t mant_ = 0;
  int exp2_ = 0;
  int nb_ = 0;         // Integer blocks.
  int int_lo_ = 0;     // Lowest nonzero integer block.
  int frac_w_ = 0;     // Fraction words (0: no fraction).
  int frac_lo_ = 0;    // Lowest nonzero fraction word.
  int next_block_ = 0; // Next integer block to print; < 0: in the fraction.
  char buf_[9];
  int pos_ = 0, len_ = 0;
};

// What the planning pass learns about the first n digits.
struct RoundPlan {
  bool round_up = false;
  int64_t last_non9 = -1;    // Index of the last digit that is not 9.
  int64_t last_nonzero = -1; // Index of the last nonzero digit.
  bool carry() const { return round_up && last_non9 < 0; }
};

// `virtual_zero` prepends a '0' digit: %f of a value below 1 prints "0."
// and a carry turns that 0 into 1 without lengthening the field.
template <class Gen>
RoundPlan plan_rounding(Gen &g, int64_t n, bool virtual_zero) {
  RoundPlan p;
  int64_t i = 0;
  int last = 0;
  if (virtual_zero) {
    p.last_non9 = 0;
    i = 1;
  }
  for (; i < n; ++i) {
    if (g.at_block_end() && g.exhausted()) {
      p.last_non9 = n - 1; // The rest are zeros; nothing to round.
      return p;
    }
    int d = g.next_digit();
    if (d != 9)
      p.last_non9 = i;
    if (d != 0)
      p.last_nonzero = i;
    last = d;
  }
  RestClass rest = g.rest_class();
  p.round_up = rest == kRestAboveHalf || (rest == kRestHalf && (last & 1));
  return p;
}

// Second pass: yields the rounded digits described by a plan.
template <class Gen> class RoundedDigits {
public:
  RoundedDigits(Gen &g, const RoundPlan &p, bool virtual_zero)
      : g_(g), plan_(p), vz_(virtual_zero) {}

  void emit(Writer &w, int64_t count) {
    char tmp[32];
    int n = 0;
    while (count > 0 && !zeros_) {
      int d;
      if (plan_.carry()) {
        d = 1; // 99.9 -> 100.0: a one, then zeros.
        zeros_ = true;
      } else {
        if (vz_) {
          d = 0;
          vz_ = false;
        } else if (g_.at_block_end() && g_.exhausted()) {
          zeros_ = true;
          break;
        } else {
          d = g_.next_digit();
        }
        if (plan_.round_up && i_ == plan_.last_non9) {
          ++d;
          zeros_ = true; // The 9s after it became 0s.
        }
      }
      tmp[n++] = static_cast<char>('0' + d);
      ++i_;
      --count;
      if (n == static_cast<int>(sizeof(tmp))) {
        w.write(tmp, n);
        n = 0;
      }
    }
    if (n)
      w.write(tmp, n);
    if (count > 0) {
      w.pad('0', static_cast<size_t>(count));
      i_ += count;
    }
  }

private:
  Gen &g_;
  RoundPlan plan_;
  bool vz_;
  bool zeros_ = false;
  int64_t i_ = 0;
};

// Fast-path digits: a short string, then zeros.
struct BufferDigits {
  const char *p;
  int n;
  int pos = 0;
  void emit(Writer &w, int64_t count) {
    int64_t avail = n - pos;
    int64_t k = count < avail ? count : avail;
    if (k > 0) {
      w.write(p + pos, static_cast<size_t>(k));
      pos += static_cast<int>(k);
    }
    if (count > k)
      w.pad('0', static_cast<size_t>(count - k));
  }
};

// [sign] <a digits, or "0" if a == 0> ['.'] <z zeros> <b digits> <exponent>
struct Layout {
  char sign = 0;
  int64_t a = 0;
  bool point = false;
  int64_t z = 0;
  int64_t b = 0;
  char exp[8];
  int exp_len = 0;
};

inline void set_exponent(Layout &l, char e, int x) {
  l.exp[0] = e;
  l.exp[1] = x < 0 ? '-' : '+';
  unsigned u = x < 0 ? -static_cast<unsigned>(x) : static_cast<unsigned>(x);
  char tmp[8];
  char *end = tmp + sizeof(tmp);
  char *s = u64_to_dec(u, end);
  if (end - s < 2)
    *--s = '0'; // At least two exponent digits.
  int n = static_cast<int>(end - s);
  for (int i = 0; i < n; ++i)
    l.exp[2 + i] = s[i];
  l.exp_len = 2 + n;
}

// Padding exactly as glibc's printf_fp: spaces before the sign, zeros after
// it, and when left-justified the fill is glibc's pad character, which is
// '0' in the positional negative-'*'-width corner case.
template <class Src>
void emit_layout(Writer &w, const Spec &spec, const Layout &l, Src &src) {
  int64_t len = (l.sign != 0) + (l.a ? l.a : 1) + l.point + l.z + l.b +
                l.exp_len;
  int64_t padn = spec.width > len ? spec.width - len : 0;
  if (!spec.left && !spec.pad_zero)
    w.pad(' ', static_cast<size_t>(padn));
  if (l.sign)
    w.put(l.sign);
  if (!spec.left && spec.pad_zero)
    w.pad('0', static_cast<size_t>(padn));
  if (l.a)
    src.emit(w, l.a);
  else
    w.put('0');
  if (l.point)
    w.put('.');
  if (l.z)
    w.pad('0', static_cast<size_t>(l.z));
  src.emit(w, l.b);
  if (l.exp_len)
    w.write(l.exp, static_cast<size_t>(l.exp_len));
  if (spec.left)
    w.pad(spec.pad_zero ? '0' : ' ', static_cast<size_t>(padn));
}

// %g: P significant digits (already rounded), exponent x after rounding,
// `kept` digits up to the last nonzero one, `carried` if rounding raised the
// exponent (9.99.. -> 10.0..).
inline void general_layout(Layout &l, const Spec &spec, int64_t p, int x,
                           int64_t kept, bool carried) {
  bool upper = spec.conv == 'G';
  if (carried && x == p) {
    // glibc picks the style from the unrounded exponent (p - 1: plain
    // notation with no fraction digits) and, when the carry then forces
    // exponent notation, keeps that fraction length of zero. It only shows
    // with '#': "%#g" of 999999.5 is "1.e+06", not "1.00000e+06".
    l.a = 1;
    l.point = spec.alt;
    set_exponent(l, upper ? 'E' : 'e', x);
    return;
  }
  if (p > x && x >= -4) {
    if (x >= 0) {
      l.a = x + 1;
      l.b = spec.alt ? p - 1 - x : (kept > x + 1 ? kept - (x + 1) : 0);
    } else {
      l.a = 0;
      l.z = -x - 1;
      l.b = spec.alt ? p : kept;
    }
    l.point = l.b > 0 || spec.alt;
  } else {
    l.a = 1;
    l.b = spec.alt ? p - 1 : kept - 1;
    l.point = l.b > 0 || spec.alt;
    set_exponent(l, upper ? 'E' : 'e', x);
  }
}

template <int kWords>
__attribute__((noinline)) void exact_fixed(Writer &w, const Spec &spec,
                                           char sign, uint64_t mant, int exp2,
                                           int64_t prec) {
  ExactDigits<kWords> g;
  g.init(mant, exp2);
  int64_t nint = g.int_digits();
  bool vz = nint == 0;
  int64_t a = vz ? 1 : nint;
  RoundPlan plan = plan_rounding(g, a + prec, vz);
  g.rewind();
  RoundedDigits<ExactDigits<kWords>> src(g, plan, vz);
  Layout l;
  l.sign = sign;
  l.a = a + plan.carry();
  l.point = prec > 0 || spec.alt;
  l.b = prec;
  emit_layout(w, spec, l, src);
}

// %e (general == false) and %g (general == true); p is the number of
// significant digits.
template <int kWords>
__attribute__((noinline)) void exact_sci(Writer &w, const Spec &spec,
                                         char sign, uint64_t mant, int exp2,
                                         int64_t p, bool general) {
  ExactDigits<kWords> g;
  g.init(mant, exp2);
  int nint = g.int_digits();
  int x = nint ? nint - 1 : -(g.skip_leading_zeros() + 1);
  RoundPlan plan = plan_rounding(g, p, false);
  g.rewind();
  if (!nint)
    g.skip_leading_zeros();
  x += plan.carry();
  RoundedDigits<ExactDigits<kWords>> src(g, plan, false);
  Layout l;
  l.sign = sign;
  if (general) {
    int64_t kept = plan.carry()      ? 1
                   : plan.round_up   ? plan.last_non9 + 1
                                     : plan.last_nonzero + 1;
    general_layout(l, spec, p, x, kept, plan.carry());
  } else {
    l.a = 1;
    l.b = p - 1;
    l.point = p > 1 || spec.alt;
    set_exponent(l, spec.conv == 'E' ? 'E' : 'e', x);
  }
  emit_layout(w, spec, l, src);
}

template <int kWords>
void exact_dispatch(Writer &w, const Spec &spec, char sign, uint64_t mant,
                    int exp2, int64_t digits, char kind) {
  if (kind == 'f')
    exact_fixed<kWords>(w, spec, sign, mant, exp2, digits);
  else
    exact_sci<kWords>(w, spec, sign, mant, exp2, digits, kind == 'g');
}

} // namespace fp_detail

inline char sign_char(const Spec &spec, bool negative) {
  return negative ? '-' : spec.showsign ? '+' : spec.space ? ' ' : 0;
}

// inf and nan: never zero-padded.
inline void format_special(Writer &w, const Spec &spec, const FloatParts &fp) {
  char sign = sign_char(spec, fp.negative);
  bool upper = spec.conv >= 'A' && spec.conv <= 'Z';
  const char *text = fp.kind == FloatKind::kInf ? (upper ? "INF" : "inf")
                                                : (upper ? "NAN" : "nan");
  int64_t len = 3 + (sign != 0);
  size_t padn = spec.width > len ? static_cast<size_t>(spec.width - len) : 0;
  if (!spec.left)
    w.pad(' ', padn);
  if (sign)
    w.put(sign);
  w.write(text, 3);
  if (spec.left)
    w.pad(' ', padn);
}

// %f %F %e %E %g %G of a finite value.
inline void format_decimal(Writer &w, const Spec &spec, const FloatParts &fp) {
  using namespace fp_detail;
  char sign = sign_char(spec, fp.negative);
  char c = spec.conv;
  char kind = (c == 'f' || c == 'F') ? 'f' : (c == 'e' || c == 'E') ? 'e' : 'g';
  int64_t prec = spec.prec < 0 ? 6 : spec.prec;
  if (kind == 'g' && prec == 0)
    prec = 1;

  char buf[32];
  char *end = buf + sizeof(buf);
  Layout l;
  l.sign = sign;

  if (fp.kind == FloatKind::kZero) {
    BufferDigits src{"0", 1};
    if (kind == 'f') {
      l.a = 0;
      l.point = prec > 0 || spec.alt;
      l.z = prec;
    } else if (kind == 'e') {
      l.a = 1;
      l.b = prec;
      l.point = prec > 0 || spec.alt;
      set_exponent(l, c == 'E' ? 'E' : 'e', 0);
    } else {
      general_layout(l, spec, prec, 0, 1, false);
    }
    emit_layout(w, spec, l, src);
    return;
  }

  // Normalise the significand for the fast path.
  int lz = clz64(fp.mant);
  uint64_t m = fp.mant << lz;
  int e = fp.exp2 - lz;

  if (kind == 'f') {
    uint64_t d;
    if (fixed_fast(m, e, static_cast<int>(prec), d)) {
      char *s = u64_to_dec(d, end);
      int nd = static_cast<int>(end - s);
      BufferDigits src{s, nd};
      if (d == 0) {
        l.z = prec;
      } else if (nd <= prec) {
        l.z = prec - nd;
        l.b = nd;
      } else {
        l.a = nd - prec;
        l.b = prec;
      }
      l.point = prec > 0 || spec.alt;
      emit_layout(w, spec, l, src);
      return;
    }
  } else {
    int64_t n = kind == 'e' ? prec + 1 : prec;
    uint64_t d;
    int x;
    bool carried;
    if (n <= 19 && sci_fast(m, e, static_cast<int>(n), d, x, carried)) {
      char *s = u64_to_dec(d, end);
      BufferDigits src{s, static_cast<int>(n)};
      if (kind == 'e') {
        l.a = 1;
        l.b = prec;
        l.point = prec > 0 || spec.alt;
        set_exponent(l, c == 'E' ? 'E' : 'e', x);
      } else {
        int64_t kept = n;
        while (kept > 1 && s[kept - 1] == '0')
          --kept;
        general_layout(l, spec, n, x, kept, carried);
      }
      emit_layout(w, spec, l, src);
      return;
    }
  }
  // The exact path takes the number of fraction digits for %f and of
  // significant digits for %e/%g.
  int64_t digits = kind == 'f' ? prec : kind == 'e' ? prec + 1 : prec;
  if (kExactWordsLongDouble != kExactWordsDouble && fp.is_long_double)
    exact_dispatch<kExactWordsLongDouble>(w, spec, sign, fp.mant, fp.exp2,
                                          digits, kind);
  else
    exact_dispatch<kExactWordsDouble>(w, spec, sign, fp.mant, fp.exp2,
                                      digits, kind);
}

} // namespace printf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_DEC_H
