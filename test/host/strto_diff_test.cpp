// Differential test of gpulibc's number parsers against the host glibc.
//
// Build and run (from the repository root):
// clang-format off
//   clang++-22 -std=c++17 -O2 -I libc test/host/strto_diff_test.cpp -o /tmp/sdt && /tmp/sdt
// clang-format on
// Options: /tmp/sdt [seed] [scale]   (defaults: a fixed seed, scale 1; scale
// multiplies the number of random cases). STRTO_SEED in the environment also
// sets the seed.
//
// Every float input is parsed by glibc's strtof/strtod/strtold and by
// parse_float<float/double/long double>; the value must agree bit for bit
// (NaN sign and payload included), and so must the consumed length and the
// range-error outcome. Integers are compared the same way with strtol,
// strtoll, strtoul and strtoull over every base; the 32-bit variants are
// compared with what glibc's 32-bit strtol/strtoul would return, derived from
// strtoll/strtoull.
//
// Known glibc defect: glibc 2.36 (and earlier) mis-rounds some results in
// the subnormal range and misses ERANGE for some inexact ones, because its
// round_and_return() drops the first rounding bit when it denormalises
// (upstream later added `more_bits |= old_half_bit`). Our parser rounds
// correctly there. When the two disagree, this test recomputes the exact
// value with its own big-integer code and accepts the difference only if our
// result is the correctly rounded one AND glibc's result is exactly what the
// defective algorithm produces; such cases are counted and reported as
// "glibc-2.36 subnormal defect" lines, not as failures.
//
// Prints mismatches and a final line "N passed, M failed"; exits non-zero on
// any mismatch.

#include "src/__support/str_to_float.h"
#include "src/__support/str_to_integer.h"

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace gi = gpulibc::internal;
using u128 = unsigned __int128;

static_assert(gi::kRange == ERANGE, "kRange must equal the host's ERANGE");
static_assert(gi::kInvalid == EINVAL, "kInvalid must equal the host's EINVAL");

//===----------------------------------------------------------------------===//
// Bookkeeping
//===----------------------------------------------------------------------===//

static uint64_t g_passed = 0, g_failed = 0, g_glibc_defect = 0;
static int g_printed = 0;
static std::mt19937_64 g_rng;

static uint64_t r64() { return g_rng(); }
static int rint(int lo, int hi) { // inclusive
  return lo + static_cast<int>(r64() % static_cast<uint64_t>(hi - lo + 1));
}
static bool chance(int n) { return r64() % n == 0; }

static std::string printable(const std::string &s) {
  std::string out;
  size_t limit = s.size() > 160 ? 120 : s.size();
  for (size_t i = 0; i < limit; ++i) {
    unsigned char c = s[i];
    if (c >= 32 && c < 127) {
      out += c;
    } else {
      char buf[8];
      snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  if (limit < s.size())
    out += "...(" + std::to_string(s.size()) + " chars)";
  return out;
}

static void fail(const char *what, const std::string &input,
                 const std::string &detail) {
  ++g_failed;
  if (g_printed++ < 60)
    printf("MISMATCH %s \"%s\": %s\n", what, printable(input).c_str(),
           detail.c_str());
}

static std::string sfmt(const char *f, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, f);
  vsnprintf(buf, sizeof buf, f, ap);
  va_end(ap);
  return buf;
}

//===----------------------------------------------------------------------===//
// A small, slow, independent big integer for the oracle and for writing
// exact decimal expansions.
//===----------------------------------------------------------------------===//

struct TBig {
  std::vector<uint32_t> d; // little endian, no leading zero limbs

  static TBig from(u128 v) {
    TBig b;
    while (v) {
      b.d.push_back(static_cast<uint32_t>(v));
      v >>= 32;
    }
    return b;
  }
  bool zero() const { return d.empty(); }
  void trim() {
    while (!d.empty() && d.back() == 0)
      d.pop_back();
  }
  void mul_small(uint32_t m) {
    uint64_t carry = 0;
    for (auto &x : d) {
      uint64_t p = static_cast<uint64_t>(x) * m + carry;
      x = static_cast<uint32_t>(p);
      carry = p >> 32;
    }
    if (carry)
      d.push_back(static_cast<uint32_t>(carry));
    trim();
  }
  void add_small(uint32_t a) {
    uint64_t carry = a;
    for (size_t i = 0; i < d.size() && carry; ++i) {
      uint64_t s = static_cast<uint64_t>(d[i]) + carry;
      d[i] = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
    if (carry)
      d.push_back(static_cast<uint32_t>(carry));
  }
  uint32_t div_small(uint32_t m) { // returns the remainder
    uint64_t rem = 0;
    for (size_t i = d.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | d[i];
      d[i] = static_cast<uint32_t>(cur / m);
      rem = cur % m;
    }
    trim();
    return static_cast<uint32_t>(rem);
  }
  void shl(size_t n) {
    if (zero())
      return;
    size_t words = n / 32, bits = n % 32;
    std::vector<uint32_t> r(d.size() + words + 1, 0);
    for (size_t i = 0; i < d.size(); ++i) {
      r[i + words] |= d[i] << bits;
      if (bits)
        r[i + words + 1] |= d[i] >> (32 - bits);
    }
    d.swap(r);
    trim();
  }
  size_t bits() const {
    if (d.empty())
      return 0;
    return d.size() * 32 - __builtin_clz(d.back());
  }
  void mul_pow(uint32_t base, long n) {
    for (; n > 0; --n)
      mul_small(base);
  }
};

static int tcmp(const TBig &a, const TBig &b) {
  if (a.d.size() != b.d.size())
    return a.d.size() < b.d.size() ? -1 : 1;
  for (size_t i = a.d.size(); i-- > 0;)
    if (a.d[i] != b.d[i])
      return a.d[i] < b.d[i] ? -1 : 1;
  return 0;
}

static void tsub(TBig &a, const TBig &b) { // a -= b, requires a >= b
  int64_t borrow = 0;
  for (size_t i = 0; i < a.d.size(); ++i) {
    int64_t x = static_cast<int64_t>(a.d[i]) - borrow -
                (i < b.d.size() ? static_cast<int64_t>(b.d[i]) : 0);
    borrow = x < 0;
    a.d[i] = static_cast<uint32_t>(x + (borrow ? (int64_t(1) << 32) : 0));
  }
  a.trim();
}

static std::string to_dec(TBig b) {
  if (b.zero())
    return "0";
  std::vector<uint32_t> chunks;
  while (!b.zero())
    chunks.push_back(b.div_small(1000000000u));
  std::string s = std::to_string(chunks.back());
  for (size_t i = chunks.size() - 1; i-- > 0;)
    s += sfmt("%09u", chunks[i]);
  return s;
}

// The exact value m * 2^e as significant digits D (no leading or trailing
// zeros) and an exponent x: value = D * 10^x.
static void exact_decimal(u128 m, long e, std::string &digits, long &x) {
  TBig b = TBig::from(m);
  if (e >= 0) {
    b.shl(e);
    x = 0;
  } else {
    b.mul_pow(5, -e);
    x = e;
  }
  digits = to_dec(b);
  while (digits.size() > 1 && digits.back() == '0') {
    digits.pop_back();
    ++x;
  }
}

//===----------------------------------------------------------------------===//
// Float formats as the test sees them
//===----------------------------------------------------------------------===//

struct LdBits {
  uint64_t mant;
  uint16_t se;
  bool operator==(const LdBits &o) const {
    return mant == o.mant && se == o.se;
  }
};

template <typename T> struct TT;
template <> struct TT<float> {
  static constexpr const char *kName = "strtof";
  static constexpr int p = 24, emin = -126, emax = 127;
  static float glibc(const char *s, char **e) { return strtof(s, e); }
  using Bits = uint32_t;
  static Bits bits(float v) {
    Bits b;
    memcpy(&b, &v, sizeof b);
    return b;
  }
  static std::string show(float v) {
    return sfmt("%08x (%.9g)", bits(v), static_cast<double>(v));
  }
};
template <> struct TT<double> {
  static constexpr const char *kName = "strtod";
  static constexpr int p = 53, emin = -1022, emax = 1023;
  static double glibc(const char *s, char **e) { return strtod(s, e); }
  using Bits = uint64_t;
  static Bits bits(double v) {
    Bits b;
    memcpy(&b, &v, sizeof b);
    return b;
  }
  static std::string show(double v) {
    return sfmt("%016llx (%.17g)", static_cast<unsigned long long>(bits(v)), v);
  }
};
#if LDBL_MANT_DIG == 64
template <> struct TT<long double> {
  static constexpr const char *kName = "strtold";
  static constexpr int p = 64, emin = -16382, emax = 16383;
  static long double glibc(const char *s, char **e) { return strtold(s, e); }
  using Bits = LdBits;
  static Bits bits(long double v) {
    Bits b;
    memcpy(&b.mant, &v, 8);
    memcpy(&b.se, reinterpret_cast<const char *>(&v) + 8, 2);
    return b;
  }
  static std::string show(long double v) {
    Bits b = bits(v);
    return sfmt("%04x:%016llx (%.21Lg)", b.se,
                static_cast<unsigned long long>(b.mant), v);
  }
};
#else
// Built with -mlong-double-64 to check the GPUs' long double (binary64) on
// the host. glibc's strtold cannot be called then (its ABI returns x87), so
// the reference is strtod.
static_assert(LDBL_MANT_DIG == 53, "unexpected long double");
template <> struct TT<long double> {
  static constexpr const char *kName = "strtold(binary64)";
  static constexpr int p = 53, emin = -1022, emax = 1023;
  static long double glibc(const char *s, char **e) { return strtod(s, e); }
  using Bits = uint64_t;
  static Bits bits(long double v) {
    Bits b;
    memcpy(&b, &v, sizeof b);
    return b;
  }
  static std::string show(long double v) {
    return sfmt("%016llx (%.17g)", static_cast<unsigned long long>(bits(v)),
                static_cast<double>(v));
  }
};
#endif

// frexp/ldexp for every type; with -mlong-double-64 glibc's long double
// functions have the wrong ABI, so they go through double.
static float xfrexp(float v, int *e) { return std::frexp(v, e); }
static double xfrexp(double v, int *e) { return std::frexp(v, e); }
static long double xfrexp(long double v, int *e) {
#if LDBL_MANT_DIG == 64
  return std::frexp(v, e);
#else
  return std::frexp(static_cast<double>(v), e);
#endif
}
static float xldexp(float v, int e) { return std::ldexp(v, e); }
static double xldexp(double v, int e) { return std::ldexp(v, e); }
static long double xldexp(long double v, int e) {
#if LDBL_MANT_DIG == 64
  return std::ldexp(v, e);
#else
  return std::ldexp(static_cast<double>(v), e);
#endif
}

//===----------------------------------------------------------------------===//
// The oracle: exact value of an accepted input, correctly rounded result and
// what glibc 2.36's defective subnormal rounding makes of it.
//===----------------------------------------------------------------------===//

struct Exact {
  bool ok = false;
  bool negative = false;
  TBig num, den; // value = num / den (> 0)
};

// Parses the accepted prefix of `s` (as told by the consumed length) exactly.
// Only finite numbers with moderate exponents are handled.
static Exact exact_value(const std::string &s, size_t consumed) {
  Exact ex;
  std::string t = s.substr(0, consumed);
  size_t i = 0;
  while (i < t.size() && strchr(" \t\n\v\f\r", t[i]))
    ++i;
  if (i < t.size() && (t[i] == '+' || t[i] == '-'))
    ex.negative = t[i++] == '-';
  bool hex = i + 1 < t.size() && t[i] == '0' && (t[i + 1] | 0x20) == 'x';
  if (hex)
    i += 2;
  TBig m;
  long exp_adj = 0; // in digits of the base
  bool seen_point = false, any = false;
  for (; i < t.size(); ++i) {
    char c = t[i];
    int d = -1;
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
      d = (c | 0x20) - 'a' + 10;
    if (d >= 0) {
      m.mul_small(hex ? 16 : 10);
      m.add_small(d);
      if (seen_point)
        --exp_adj;
      any = true;
      continue;
    }
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    break;
  }
  if (!any || m.zero())
    return ex;
  long e = 0;
  if (i < t.size() && ((t[i] | 0x20) == (hex ? 'p' : 'e'))) {
    ++i;
    bool neg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-'))
      neg = t[i++] == '-';
    for (; i < t.size(); ++i) {
      if (e > 100000000)
        return ex;
      e = e * 10 + (t[i] - '0');
    }
    if (neg)
      e = -e;
  }
  ex.num = m;
  ex.den = TBig::from(1);
  if (hex) {
    long b2 = e + 4 * exp_adj;
    if (b2 > 40000 || b2 < -40000)
      return ex;
    if (b2 >= 0)
      ex.num.shl(b2);
    else
      ex.den.shl(-b2);
  } else {
    long b10 = e + exp_adj;
    if (b10 > 12000 || b10 < -30000)
      return ex;
    if (b10 >= 0) {
      ex.num.mul_pow(10, b10);
    } else {
      ex.den.mul_pow(10, -b10);
    }
  }
  ex.ok = true;
  return ex;
}

// floor(num * 2^s / den) (known to be below 2^(qbits)) and whether a
// remainder is left.
static u128 scaled_quotient(const Exact &ex, long s, int qbits, bool &rem) {
  TBig a = ex.num, b = ex.den;
  if (s >= 0)
    a.shl(s);
  else
    b.shl(-s);
  u128 q = 0;
  for (int bit = qbits - 1; bit >= 0; --bit) {
    TBig t = b;
    t.shl(bit);
    if (tcmp(a, t) >= 0) {
      tsub(a, t);
      q |= u128(1) << bit;
    }
  }
  rem = !a.zero();
  return q;
}

template <typename T> struct OracleResult {
  T correct;
  bool correct_erange;
  bool defect_applies; // glibc's defective path is taken for this value
  T glibc_model;
  bool glibc_model_erange;
};

template <typename T> static T make_value(bool neg, u128 mant, long lsb) {
  long double v = xldexp(static_cast<long double>(static_cast<uint64_t>(mant)),
                         static_cast<int>(lsb));
  if (mant >> 64)
    v = xldexp(1.0L, static_cast<int>(lsb + 64));
  T r = static_cast<T>(v);
  return neg ? -r : r;
}

template <typename T>
static bool oracle(const std::string &s, size_t consumed,
                   OracleResult<T> &out) {
  constexpr int p = TT<T>::p, emin = TT<T>::emin, emax = TT<T>::emax;
  Exact ex = exact_value(s, consumed);
  if (!ex.ok)
    return false;
  // E = floor(log2(value)).
  long e0 = static_cast<long>(ex.num.bits()) - static_cast<long>(ex.den.bits());
  {
    TBig a = ex.num, b = ex.den;
    if (e0 >= 0)
      b.shl(e0);
    else
      a.shl(-e0);
    if (tcmp(a, b) < 0)
      --e0;
  }
  const long E = e0;
  if (E > emax + 1 || E < emin - p - 8)
    return false; // outside the interesting range
  // Normal-precision mantissa M, first dropped bit R0 and sticky S0.
  bool s0;
  u128 q2 = scaled_quotient(ex, p - E, p + 2, s0);
  u128 M = q2 >> 1;
  bool r0 = q2 & 1;
  // Correct rounding at the real scale.
  long lsb = (E < emin ? emin : E) - (p - 1);
  bool sticky;
  u128 q = scaled_quotient(ex, 1 - lsb, p + 2, sticky);
  u128 mant = q >> 1;
  bool round = q & 1;
  bool inexact = round || sticky;
  if (round && (sticky || (mant & 1)))
    ++mant;
  bool overflow = false;
  if (mant >> p) {
    mant >>= 1;
    ++lsb;
  }
  if (lsb + p - 1 > emax)
    overflow = true;
  bool tiny = false;
  if (E < emin - 1)
    tiny = true;
  else if (E == emin - 1)
    tiny = !(r0 && M == (u128(1) << p) - 1); // rounding M up reaches 2^emin
  out.correct = overflow ? (ex.negative ? -static_cast<T>(INFINITY)
                                        : static_cast<T>(INFINITY))
                         : make_value<T>(ex.negative, mant, lsb);
  out.correct_erange = overflow || (tiny && inexact);
  // glibc 2.36: for E in [emin - p, emin - 1] it shifts M right by
  // emin - E, rounding with the bits of M and S0 but without R0.
  out.defect_applies = E < emin && E >= emin - p;
  if (out.defect_applies) {
    int shift = static_cast<int>(emin - E);
    u128 gm = M >> shift;
    bool gr = (M >> (shift - 1)) & 1;
    bool gs = (M & ((u128(1) << (shift - 1)) - 1)) != 0 || s0;
    if (gr && (gs || (gm & 1)))
      ++gm;
    out.glibc_model = make_value<T>(ex.negative, gm, emin - (p - 1));
    bool g_tiny = shift == 1 ? !(r0 && M == (u128(1) << p) - 1) : true;
    out.glibc_model_erange = g_tiny && (gr || gs);
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Float comparison
//===----------------------------------------------------------------------===//

template <typename T> static void check_float_one(const std::string &s) {
  using K = TT<T>;
  char *end = nullptr;
  errno = 0;
  T g = K::glibc(s.c_str(), &end);
  int gerr = errno;
  size_t gcons = static_cast<size_t>(end - s.c_str());
  gi::ParseResult<T> o = gi::parse_float<T>(s.c_str());
  int oerr = o.error == gi::kRange ? ERANGE : o.error;

  bool same =
      K::bits(g) == K::bits(o.value) && gcons == o.consumed && gerr == oerr;
  if (same) {
    ++g_passed;
  } else {
    OracleResult<T> orc;
    if (gcons == o.consumed && oracle<T>(s, gcons, orc) && orc.defect_applies &&
        K::bits(o.value) == K::bits(orc.correct) &&
        (oerr == ERANGE) == orc.correct_erange &&
        K::bits(g) == K::bits(orc.glibc_model) &&
        (gerr == ERANGE) == orc.glibc_model_erange) {
      ++g_passed;
      if (g_glibc_defect++ < 5)
        printf("note: glibc-2.36 subnormal defect on %s(\"%s\"): glibc %s "
               "errno %d, ours %s errno %d (correct)\n",
               K::kName, printable(s).c_str(), K::show(g).c_str(), gerr,
               K::show(o.value).c_str(), oerr);
    } else {
      fail(K::kName, s,
           sfmt("glibc %s consumed %zu errno %d | ours %s consumed %zu "
                "errno %d",
                K::show(g).c_str(), gcons, gerr, K::show(o.value).c_str(),
                o.consumed, oerr));
    }
  }

  // The length-bounded variant must see exactly the prefix.
  if (chance(8)) {
    size_t n = s.empty() ? 0 : static_cast<size_t>(r64() % (s.size() + 2));
    std::string prefix = s.substr(0, n);
    gi::ParseResult<T> a = gi::parse_float_n<T>(s.c_str(), n);
    gi::ParseResult<T> b = gi::parse_float<T>(prefix.c_str());
    if (K::bits(a.value) == K::bits(b.value) && a.consumed == b.consumed &&
        a.error == b.error)
      ++g_passed;
    else
      fail("parse_float_n", s, sfmt("n=%zu differs from the prefix", n));
  }
}

static uint64_t g_float_inputs = 0;

static void check_float(const std::string &s) {
  ++g_float_inputs;
  check_float_one<float>(s);
  check_float_one<double>(s);
  check_float_one<long double>(s);
}

//===----------------------------------------------------------------------===//
// Float input generators
//===----------------------------------------------------------------------===//

static std::string random_ws() {
  static const char ws[] = " \t\n\v\f\r";
  std::string s;
  int n = rint(1, 3);
  for (int i = 0; i < n; ++i)
    s += ws[rint(0, 5)];
  return s;
}

static std::string random_junk() {
  static const char *junk[] = {"x",  "e",  "e+", "e-",  ".",    "p", "0x",
                               " 1", "a",  "(",  ")",   "-",    "+", "E5",
                               "e9", ".5", "f",  "inf", "\n",   "_", "e-x",
                               "P1", "0",  "9",  "ee",  "e+-1", ",", "L"};
  return junk[rint(0, sizeof junk / sizeof *junk - 1)];
}

// Decorates a number with optional whitespace, sign and trailing junk.
static std::string decorate(std::string body) {
  if (chance(6))
    body = random_ws() + body;
  if (chance(5) && body[0] != '-' && body[0] != '+')
    body = (chance(2) ? "-" : "+") + body;
  if (chance(5))
    body += random_junk();
  return body;
}

static double random_double_bits() {
  uint64_t b = r64();
  double d;
  memcpy(&d, &b, 8);
  return d;
}
static float random_float_bits() {
  uint32_t b = static_cast<uint32_t>(r64());
  float f;
  memcpy(&f, &b, 4);
  return f;
}
static long double random_ld_bits() {
#if LDBL_MANT_DIG != 64
  return static_cast<long double>(random_double_bits());
#else
  uint64_t mant = r64();
  uint16_t exp;
  switch (rint(0, 5)) {
  case 0:
    exp = 0; // subnormal
    break;
  case 1:
    exp = static_cast<uint16_t>(rint(1, 80)); // near the bottom
    break;
  case 2:
    exp = static_cast<uint16_t>(rint(32680, 32766)); // near the top
    break;
  default:
    exp = static_cast<uint16_t>(rint(1, 32766));
  }
  if (exp)
    mant |= uint64_t(1) << 63;
  else
    mant &= ~(uint64_t(1) << 63);
  uint16_t se = static_cast<uint16_t>(exp | (chance(2) ? 0x8000 : 0));
  long double v = 0;
  memcpy(&v, &mant, 8);
  memcpy(reinterpret_cast<char *>(&v) + 8, &se, 2);
  return v;
#endif
}

static void gen_printf_roundtrips(int n) {
  static const char *dfmts[] = {"%.17g", "%.16g", "%.15g", "%a",   "%.17e",
                                "%.6g",  "%.3a",  "%A",    "%.0e", "%.20g",
                                "%.25e", "%G",    "%.10a", "%f",   "%.1a"};
  for (int i = 0; i < n; ++i) {
    double d = random_double_bits();
    if (chance(3)) // many more moderate values
      d = std::ldexp(static_cast<double>(r64() >> 11), rint(-100, 100) - 53);
    std::string f = dfmts[rint(0, sizeof dfmts / sizeof *dfmts - 1)];
    if (f == "%f" && std::fabs(d) > 1e30)
      f = "%.17g";
    if (chance(4))
      f = sfmt("%%.%dg", rint(1, 19));
    std::string s = sfmt(f.c_str(), d);
    check_float(chance(4) ? decorate(s) : s);

    float fl = random_float_bits();
    static const char *ffmts[] = {"%.9g", "%.8g", "%a", "%.7e", "%.12g"};
    check_float(sfmt(ffmts[rint(0, 4)], static_cast<double>(fl)));

    long double ld = random_ld_bits();
    static const char *lfmts[] = {"%.21Lg", "%.20Lg", "%La",  "%.19Le",
                                  "%.25Lg", "%.18Lg", "%.5La"};
#if LDBL_MANT_DIG == 64
    check_float(sfmt(lfmts[rint(0, 6)], ld));
#else
    (void)lfmts;
    check_float(sfmt("%.17g", static_cast<double>(ld)));
#endif
  }
}

// Splits a value D * 10^x into a decimal string in a random style.
static std::string render_decimal(const std::string &digits, long x) {
  long sci = x + static_cast<long>(digits.size()) - 1; // exponent of 1st digit
  int style = rint(0, 3);
  if (style == 0 || sci > 400 || sci < -400) {
    std::string s = digits.substr(0, 1);
    if (digits.size() > 1)
      s += "." + digits.substr(1);
    return s + (chance(2) ? "e" : "E") + std::to_string(sci);
  }
  if (style == 1) { // positional
    if (x >= 0)
      return digits + std::string(x, '0') + (chance(2) ? ".0" : "");
    long int_digits = static_cast<long>(digits.size()) + x;
    if (int_digits > 0)
      return digits.substr(0, int_digits) + "." + digits.substr(int_digits);
    return "0." + std::string(-int_digits, '0') + digits;
  }
  if (style == 2) // integer digits with an exponent
    return digits + "e" + std::to_string(x);
  // leading zeros and a point at the front
  return "000." + digits + "e" +
         std::to_string(x + static_cast<long>(digits.size()));
}

// Adds +1 or -1 at the last digit of a digit string (no sign change: the
// string is long and starts with a non-zero digit).
static std::string bump(std::string d, int delta) {
  size_t i = d.size();
  if (delta > 0) {
    while (i-- > 0) {
      if (d[i] == '9') {
        d[i] = '0';
      } else {
        ++d[i];
        return d;
      }
    }
    return "1" + d;
  }
  while (i-- > 0) {
    if (d[i] == '0') {
      d[i] = '9';
    } else {
      --d[i];
      break;
    }
  }
  return d;
}

// Exact midpoints (2m + 1) * 2^(e-1) and their perturbations.
static void check_midpoint(u128 twice_plus_one, long e) {
  std::string digits;
  long x;
  exact_decimal(twice_plus_one, e, digits, x);
  check_float(render_decimal(digits, x));
  // Pad to at least 800 significant digits, then nudge the last one.
  size_t len = digits.size() < 800 ? 800 : digits.size() + 3;
  std::string padded = digits + std::string(len - digits.size(), '0');
  long px = x - static_cast<long>(len - digits.size());
  check_float(render_decimal(bump(padded, +1), px));
  check_float(render_decimal(bump(padded, -1), px));
  if (chance(2)) // and the same with a long tail of zeros then a one
    check_float(render_decimal(padded + "00000000000000000001", px - 20));
  // The midpoint cut to k significant digits, and that plus one unit: within
  // 10^-k of it, which for k = 20..40 lands inside the error bound of the
  // 128-bit approximation and forces the exact step.
  static const int cuts[] = {17, 19, 20, 21, 25, 30, 34, 36, 37, 38, 39, 40};
  for (int k : cuts) {
    if (digits.size() <= static_cast<size_t>(k) || !chance(3))
      continue;
    std::string cut = digits.substr(0, k);
    long cx = x + static_cast<long>(digits.size()) - k;
    check_float(render_decimal(cut, cx));
    check_float(render_decimal(bump(cut, +1), cx));
  }
  // The same midpoint in hexadecimal: exact (a tie), and nudged up by a
  // non-zero digit far beyond the 32 hex digits the parser keeps.
  if (e > -20000 && e < 20000 && chance(2)) {
    std::string hex;
    for (u128 v = twice_plus_one; v; v >>= 4)
      hex.insert(hex.begin(), "0123456789abcdef"[static_cast<int>(v & 15)]);
    int z = rint(0, 40);
    std::string zeros(z, '0');
    check_float("0x" + hex + zeros + "p" + std::to_string(e - 4 * z));
    check_float("0x" + hex + zeros + "1p" + std::to_string(e - 4 * (z + 1)));
    check_float("0x" + hex.substr(0, 1) + "." + hex.substr(1) + zeros + "1p" +
                std::to_string(e + 4 * (static_cast<long>(hex.size()) - 1)));
  }
}

template <typename T> static void midpoint_of(T v) {
  // v = m * 2^e exactly, m < 2^p.
  int exp;
  T fr = xfrexp(v, &exp); // v = fr * 2^exp, fr in [0.5, 1)
  constexpr int p = TT<T>::p;
  u128 m = static_cast<u128>(static_cast<uint64_t>(xldexp(fr, p)));
  long e = exp - p;
  long min_lsb = TT<T>::emin - (p - 1);
  if (e < min_lsb) { // subnormal: renormalise to the fixed lsb
    m >>= (min_lsb - e);
    e = min_lsb;
  }
  check_midpoint(2 * m + 1, e - 1);
}

static void gen_midpoints(int n) {
  for (int i = 0; i < n; ++i) {
    double d = std::fabs(random_double_bits());
    if (std::isfinite(d) && d != 0)
      midpoint_of(d);
    float f = std::fabs(random_float_bits());
    if (std::isfinite(f) && f != 0)
      midpoint_of(f);
    if (i % 8 == 0) { // long double midpoints can have 11500 digits
      long double ld = std::fabs(random_ld_bits());
      if (chance(2))
        ld = xldexp(static_cast<long double>(r64() | 1), rint(-200, 200));
      if (std::isfinite(ld) && ld != 0)
        midpoint_of(ld);
    }
    // Subnormal doubles and floats, where the hardest cases live.
    double sd = std::ldexp(static_cast<double>(r64() >> rint(11, 63)), -1074);
    if (sd != 0)
      midpoint_of(sd);
    float sf = std::ldexp(static_cast<float>(r64() >> rint(40, 63)), -149);
    if (sf != 0)
      midpoint_of(sf);
  }
}

template <typename T> static void boundaries_for() {
  constexpr int p = TT<T>::p, emin = TT<T>::emin, emax = TT<T>::emax;
  // Midpoint between 0 and the smallest subnormal, and its neighbours.
  check_midpoint(1, emin - p);
  check_midpoint(3, emin - p);
  // Between the largest subnormal and the smallest normal.
  check_midpoint((u128(1) << p) - 1, emin - p);
  // The tininess threshold 2^emin - 2^(emin-p-1).
  check_midpoint((u128(1) << (p + 1)) - 1, emin - p - 1);
  check_midpoint((u128(1) << (p + 1)) - 3, emin - p - 1);
  // The overflow threshold: between the largest finite and 2^(emax+1).
  check_midpoint((u128(1) << (p + 1)) - 1, emax - p);
  check_midpoint((u128(1) << (p + 1)) - 3, emax - p);
  // Powers of two around the ends.
  for (int k = -3; k <= 3; ++k) {
    check_midpoint(1, emin + k);
    check_midpoint(1, emax - k);
  }
}

static void gen_boundaries() {
  boundaries_for<float>();
  boundaries_for<double>();
  boundaries_for<long double>();
  static const char *fixed[] = {
      "2.2250738585072011e-308",
      "2.2250738585072012e-308",
      "2.2250738585072014e-308",
      "2.225073858507201136057409796709131975934819546351645648e-308",
      "4.9406564584124654e-324",
      "2.4703282292062327e-324",
      "2.4703282292062328e-324",
      "2."
      "470328229206232720882843964341106861825299013071623822127928412503377536"
      "351043759326499181808179961898982823477228588654633283551779698981993873"
      "980053909390631503565951557022639229085839244910518443593180284993653615"
      "250031937045767824921936562366986365848075700158576926990370631192827955"
      "855133292783433840935197801553124659726357957462276646527282722005637400"
      "648549997709659947045402082816622623785739345073633900796776193057750674"
      "017632467360096895134053553745851666113422376667860416215968046191446729"
      "184030053005753084904876539171138659164623952491262365388187963623937328"
      "042389101867234849766823508986338858792562830275599565752445550725518931"
      "369083625477918694866799496832404970582102851318545139621383772282614543"
      "76934125320985913276672363281255e-324",
      "1.7976931348623157e308",
      "1.7976931348623158e308",
      "1.7976931348623159e308",
      "1.797693134862315807e308",
      "1."
      "797693134862315807937289714053034150799341327100378269361737789804449682"
      "9276475094664736e308",
      "3.4028234663852886e38",
      "3.4028235677973366e38",
      "3.4028236e38",
      "1.17549435e-38",
      "1.1754942e-38",
      "1.4e-45",
      "7.0064923e-46",
      "7.006492321624085e-46",
      "1.18973149535723176502e+4932",
      "1.18973149535723176508e+4932",
      "3.36210314311209350626e-4932",
      "3.64519953188247460253e-4951",
      "1.82259976594123730126e-4951",
      "1.8225997659412373013e-4951",
      "1e23",
      "8.589973e9",
      "9007199254740993",
      "9007199254740992.5",
      "9007199254740993.0000000001",
      "0.1",
      "0.2",
      "0.3",
      "1e-7",
      "123456789012345678901234567890",
      "4.35679e-10",
      "179769313486231580793728971405303415079934132710037826936173778980444968"
      "292764750946649017977587207096330286416692887910946555547851940402630657"
      "488671505820681908902000708383676273854845817711531764475730270069855571"
      "366959622842914819860834936475292719074168444365510704342711559699508093"
      "042880177904174497791."
      "9999999999999999999999999999999999999999999999999999999999999999999999",
  };
  for (const char *s : fixed)
    check_float(s);
}

static void gen_specials() {
  static const char *base[] = {
      "inf",
      "INF",
      "Inf",
      "infinity",
      "INFINITY",
      "iNfInItY",
      "infinit",
      "infin",
      "infinityx",
      "in",
      "i",
      "nan",
      "NAN",
      "NaN",
      "nan()",
      "nan(123)",
      "nan(0x1f)",
      "nan(0X1F)",
      "nan(017)",
      "nan(08)",
      "nan(abc)",
      "nan(_)",
      "nan(a_b)",
      "nan(",
      "nan(1",
      "nan(-1)",
      "nan( 1)",
      "nan(1 )",
      "nan)",
      "na",
      "n",
      "nan(0)",
      "nan(0x)",
      "nan(())",
      "nan(x)",
      "nan(99999999999999999999)",
      "nan(99999999999999999999x)",
      "nan(0xffffffffffffffffffff)",
      "nan(18446744073709551615)",
      "nan(18446744073709551616)",
      "nan(0x7fffffffffffffff)",
      "nan(0x8000000000000000)",
      "nan(4194303)",
      "nan(4194304)",
      "nan(0x3fffff)",
      "nan(0x400000)",
      "nan(1)(2)",
      "nan(Z)",
      "nan(0b1)",
      "nanq",
      "nans",
      "infnan",
  };
  static const char *prefixes[] = {"", "-", "+", " ", "\t-", "  +", "--", "+-"};
  for (const char *b : base)
    for (const char *p : prefixes)
      check_float(std::string(p) + b);
}

static void gen_partials() {
  static const char *cases[] = {
      "",
      " ",
      "\t\n",
      "+",
      "-",
      ".",
      "-.",
      "+.",
      ".e1",
      "-.e1",
      "e5",
      "E5",
      "1e",
      "1e+",
      "1e-",
      "1E",
      "1e+x",
      "1.e5",
      "1.",
      ".5",
      "5.",
      "0.",
      "0",
      "-0",
      "+0",
      "-0.0e-0",
      "00",
      "000.000",
      "1..2",
      "1.2.3",
      "--1",
      "+-1",
      "1e5e5",
      "1ee5",
      "1e+-5",
      "0e",
      "0x",
      "0X",
      "0x.",
      "0x.p1",
      "0xp1",
      "0x1p",
      "0x1p+",
      "0x1p-",
      "0x1.8p-",
      "0X1P3",
      "0x.8",
      "0x1.",
      "0x0.p1",
      "-0x",
      "-0xg",
      "0xg",
      "0x.g",
      "0x0",
      "0x0p99999999999",
      "0x.0p1",
      "0x1.8",
      "0xABCDEFp-10",
      "0x1p-1074",
      "0x1p-1075",
      "0x1.8p-1075",
      "0x1p1024",
      "0x1.fffffffffffff8p1023",
      "0x1.fffffffffffff7ffp1023",
      "0x1.fffffffffffffp-1023",
      "0x1.ffffffffffffe8p-1023",
      "1e999999999999",
      "1e-999999999999",
      "0e999999999999",
      "1e-400000",
      "1e400000",
      "-1e400000",
      "123.456e-99999999999999999999999999",
      "1e+00000000000000000000000000001",
      "0.0e99999999999999999999",
      " \t\n\v\f\r1",
      "1,5",
      "1e0x",
      "0.000000000000000000000000000000001e33",
  };
  for (const char *c : cases)
    check_float(c);
  // Long zero runs, long digit strings.
  for (int n : {50, 400, 1000, 5000}) {
    std::string z(n, '0');
    check_float("0." + z + "1e" + std::to_string(n + 1));
    check_float("1" + z + "e-" + std::to_string(n));
    check_float("1" + z + "1e-" + std::to_string(n + 1));
    check_float("0." + z + "1e-300");
    check_float(z + "1");
    check_float("1." + z + "1");
    check_float("9." + std::string(n, '9') + "e307");
    check_float("1." + std::string(n, '9') + "e308");
    check_float("2.4703282292062327" + z + "1e-324");
    check_float("2.4703282292062327" + z + "e-324");
  }
}

static std::string random_digits(int n) {
  std::string s;
  int mode = rint(0, 5);
  for (int i = 0; i < n; ++i) {
    char c;
    if (mode == 0)
      c = chance(5) ? '0' + rint(1, 9) : '0';
    else if (mode == 1)
      c = chance(5) ? '0' + rint(0, 8) : '9';
    else
      c = '0' + rint(0, 9);
    s += c;
  }
  return s;
}

static void gen_random_decimals(int n) {
  // Decimal exponents around which each format changes behaviour.
  static const int hot[] = {0,     22,   23,   -22,  38,    -38,   -45,
                            -46,   308,  309,  -307, -308,  -323,  -324,
                            -325,  4931, 4932, 4933, -4931, -4950, -4951,
                            -4952, 19,   -19,  37,   39,    10,    -10};
  for (int i = 0; i < n; ++i) {
    int nd;
    int len_kind = rint(0, 9);
    if (len_kind < 5)
      nd = rint(1, 20);
    else if (len_kind < 8)
      nd = rint(15, 45);
    else if (len_kind < 9)
      nd = rint(40, 130);
    else
      nd = rint(100, 900);
    std::string digits = random_digits(nd);
    if (chance(3) && digits[0] == '0')
      digits[0] = '1';
    int mag = chance(2)
                  ? hot[rint(0, sizeof hot / sizeof *hot - 1)] + rint(-2, 2)
                  : rint(-5000, 5000);
    if (chance(3))
      mag = rint(-330, 330);
    // Place the point somewhere and pick the exponent that gives `mag`.
    int point = rint(0, nd);
    std::string s = digits.substr(0, point);
    if (point < nd || chance(3))
      s += "." + digits.substr(point);
    if (s[0] == '.' && chance(2))
      s = "0" + s;
    long exp = mag - point + 1;
    if (!(exp == 0 && chance(3)))
      s += (chance(2) ? "e" : "E") +
           std::string(exp >= 0 && chance(3) ? "+" : "") + std::to_string(exp);
    check_float(chance(3) ? decorate(s) : s);
  }
}

static void gen_random_hex(int n) {
  static const char hexd[] = "0123456789abcdefABCDEF";
  for (int i = 0; i < n; ++i) {
    int nd = chance(4) ? rint(15, 45) : rint(1, 20);
    std::string digits;
    for (int k = 0; k < nd; ++k)
      digits += hexd[rint(0, 21)];
    if (chance(4))
      digits = "1" + std::string(rint(10, 30), chance(2) ? '0' : 'f') +
               digits.substr(0, 2);
    int point = rint(0, static_cast<int>(digits.size()));
    std::string s = (chance(2) ? "0x" : "0X") + digits.substr(0, point);
    if (point < static_cast<int>(digits.size()) || chance(3))
      s += "." + digits.substr(point);
    int e;
    switch (rint(0, 5)) {
    case 0:
      e = rint(-1100, -1000);
      break;
    case 1:
      e = rint(-160, -110);
      break;
    case 2:
      e = rint(-16500, -16350);
      break;
    case 3:
      e = rint(100, 140) * (chance(2) ? 1 : 8) + (chance(2) ? 896 : 0);
      break;
    case 4:
      e = rint(16300, 16400);
      break;
    default:
      e = rint(-200, 200);
    }
    if (!chance(8))
      s += (chance(2) ? "p" : "P") + std::to_string(e);
    check_float(chance(4) ? decorate(s) : s);
  }
}

//===----------------------------------------------------------------------===//
// Integers
//===----------------------------------------------------------------------===//

template <typename T> struct IT;
template <> struct IT<long> {
  static constexpr const char *kName = "strtol";
  static long glibc(const char *s, char **e, int b) { return strtol(s, e, b); }
};
template <> struct IT<long long> {
  static constexpr const char *kName = "strtoll";
  static long long glibc(const char *s, char **e, int b) {
    return strtoll(s, e, b);
  }
};
template <> struct IT<unsigned long> {
  static constexpr const char *kName = "strtoul";
  static unsigned long glibc(const char *s, char **e, int b) {
    return strtoul(s, e, b);
  }
};
template <> struct IT<unsigned long long> {
  static constexpr const char *kName = "strtoull";
  static unsigned long long glibc(const char *s, char **e, int b) {
    return strtoull(s, e, b);
  }
};

template <typename T>
static void report_int(const char *name, const std::string &s, int base,
                       bool same, long long gv, size_t gc, int ge, long long ov,
                       size_t oc, int oe) {
  if (same) {
    ++g_passed;
    return;
  }
  fail(name, s,
       sfmt("base %d: glibc %lld consumed %zu errno %d | ours %lld consumed "
            "%zu errno %d",
            base, gv, gc, ge, ov, oc, oe));
}

template <typename T>
static void check_int_one(const std::string &s, int base) {
  // glibc leaves endptr alone for an invalid base; we report 0 consumed.
  char *end = const_cast<char *>(s.c_str());
  errno = 0;
  T g = IT<T>::glibc(s.c_str(), &end, base);
  int ge = errno;
  size_t gc = static_cast<size_t>(end - s.c_str());
  // glibc does not touch endptr for an invalid base (and sanitizer
  // interceptors then store garbage there): the expectation is "nothing".
  if (base < 0 || base == 1 || base > 36)
    gc = 0;
  gi::ParseResult<T> o = gi::parse_integer<T>(s.c_str(), base);
  report_int<T>(IT<T>::kName, s, base,
                g == o.value && gc == o.consumed && ge == o.error,
                static_cast<long long>(g), gc, ge,
                static_cast<long long>(o.value), o.consumed, o.error);
  if (chance(8)) {
    size_t n = static_cast<size_t>(r64() % (s.size() + 2));
    std::string prefix = s.substr(0, n);
    gi::ParseResult<T> a = gi::parse_integer_n<T>(s.c_str(), n, base);
    gi::ParseResult<T> b = gi::parse_integer<T>(prefix.c_str(), base);
    if (a.value == b.value && a.consumed == b.consumed && a.error == b.error)
      ++g_passed;
    else
      fail("parse_integer_n", s, sfmt("n=%zu base %d", n, base));
  }
}

// 32-bit results as a 32-bit glibc would give them, from strtoll/strtoull.
static void check_int32(const std::string &s, int base) {
  char *end = const_cast<char *>(s.c_str());
  errno = 0;
  long long v = strtoll(s.c_str(), &end, base);
  int ge = errno;
  size_t gc = static_cast<size_t>(end - s.c_str());
  const bool bad_base = base < 0 || base == 1 || base > 36;
  if (bad_base)
    gc = 0;
  int32_t expect = static_cast<int32_t>(v);
  if (ge == ERANGE || v > INT32_MAX || v < INT32_MIN) {
    expect = (v < 0) ? INT32_MIN : INT32_MAX;
    ge = ERANGE;
  }
  gi::ParseResult<int32_t> o = gi::parse_i32(s.c_str(), base);
  report_int<int32_t>("strtol/32", s, base,
                      o.value == expect && o.consumed == gc && o.error == ge,
                      expect, gc, ge, o.value, o.consumed, o.error);

  // Unsigned: the magnitude must fit in 32 bits, then '-' negates.
  std::string plus = s;
  size_t k = 0;
  while (k < plus.size() && strchr(" \t\n\v\f\r", plus[k]) && plus[k])
    ++k;
  bool neg = k < plus.size() && plus[k] == '-';
  if (neg)
    plus[k] = '+';
  end = const_cast<char *>(plus.c_str());
  errno = 0;
  unsigned long long mag = strtoull(plus.c_str(), &end, base);
  ge = errno;
  gc = bad_base ? 0 : static_cast<size_t>(end - plus.c_str());
  uint32_t uexpect;
  if (ge == ERANGE || mag > UINT32_MAX) {
    uexpect = UINT32_MAX;
    ge = ERANGE;
  } else {
    uexpect = neg ? static_cast<uint32_t>(0u - static_cast<uint32_t>(mag))
                  : static_cast<uint32_t>(mag);
  }
  gi::ParseResult<uint32_t> u = gi::parse_u32(s.c_str(), base);
  report_int<uint32_t>("strtoul/32", s, base,
                       u.value == uexpect && u.consumed == gc && u.error == ge,
                       uexpect, gc, ge, u.value, u.consumed, u.error);
}

static void check_int(const std::string &s, int base) {
  check_int_one<long>(s, base);
  check_int_one<long long>(s, base);
  check_int_one<unsigned long>(s, base);
  check_int_one<unsigned long long>(s, base);
  check_int32(s, base);
}

static std::string to_base(u128 v, int base) {
  static const char dig[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (v == 0)
    return "0";
  std::string s;
  while (v) {
    s += dig[static_cast<int>(v % base)];
    v /= base;
  }
  std::string r(s.rbegin(), s.rend());
  if (chance(4))
    for (auto &c : r)
      if (c >= 'a')
        c = static_cast<char>(c - 32);
  return r;
}

static void gen_integers(int n) {
  static const char *fixed[] = {"",
                                " ",
                                "+",
                                "-",
                                "0",
                                "-0",
                                "0x",
                                "0X",
                                "-0x",
                                "0xg",
                                "0x1",
                                "0xG",
                                "08",
                                "09",
                                "010",
                                "0b1",
                                "z",
                                "Z",
                                " -12",
                                "\t+7",
                                "- 1",
                                "+-1",
                                "1 2",
                                "0x0x1",
                                "00x1",
                                "0x_1",
                                "9223372036854775807",
                                "9223372036854775808",
                                "-9223372036854775808",
                                "-9223372036854775809",
                                "18446744073709551615",
                                "18446744073709551616",
                                "-18446744073709551615",
                                "-18446744073709551616",
                                "2147483647",
                                "2147483648",
                                "-2147483648",
                                "-2147483649",
                                "4294967295",
                                "4294967296",
                                "-4294967295",
                                "-4294967296",
                                "99999999999999999999999999999",
                                "0xffffffffffffffff",
                                "0x10000000000000000",
                                "-0x8000000000000000",
                                "0x7fffffffffffffff",
                                "0x8000000000000000",
                                "0777777777777777777777",
                                "01777777777777777777777",
                                "02000000000000000000000"};
  for (const char *s : fixed)
    for (int base = -1; base <= 37; ++base)
      check_int(s, base);
  for (int base : {-100, -2, 1, 37, 38, 100, INT_MAX, INT_MIN})
    check_int("123", base);

  static const u128 bounds[] = {0,
                                1,
                                INT32_MAX,
                                u128(INT32_MAX) + 1,
                                UINT32_MAX,
                                u128(UINT32_MAX) + 1,
                                INT64_MAX,
                                u128(INT64_MAX) + 1,
                                u128(INT64_MAX) + 2,
                                UINT64_MAX,
                                u128(UINT64_MAX) + 1,
                                u128(UINT64_MAX) * 10};
  for (int i = 0; i < n; ++i) {
    int base = rint(0, 36);
    if (base == 1)
      base = 0;
    int eff = base == 0 ? 10 : base;
    std::string body;
    u128 v;
    switch (rint(0, 3)) {
    case 0:
      v = bounds[rint(0, sizeof bounds / sizeof *bounds - 1)] + rint(-2, 2);
      break;
    case 1:
      v = r64() >> rint(0, 63);
      break;
    case 2:
      v = (static_cast<u128>(r64()) << 64 | r64()) >> rint(0, 127);
      break;
    default:
      v = r64();
    }
    if (base == 0 && chance(3)) {
      eff = chance(2) ? 16 : 8;
      body = (eff == 16 ? (chance(2) ? "0x" : "0X") : "0") + to_base(v, eff);
    } else if (base == 16 && chance(3)) {
      body = (chance(2) ? "0x" : "0X") + to_base(v, 16);
    } else {
      body = to_base(v, eff);
    }
    if (chance(10))
      body = std::string(rint(1, 30), '0') + body;
    if (chance(3))
      body = (chance(2) ? "-" : "+") + body;
    if (chance(5))
      body = random_ws() + body;
    if (chance(4)) {
      static const char *junk[] = {"x", "z", "Z", " ",  ".", "-",
                                   "9", "g", "_", "0x", "8", "2"};
      body += junk[rint(0, 11)];
    }
    check_int(body, base);
    if (chance(4)) // the same text in a different base
      check_int(body, rint(2, 36));
  }
}

//===----------------------------------------------------------------------===//

int main(int argc, char **argv) {
  uint64_t seed = 0x5eed0f6a7c1bdULL;
  if (const char *env = getenv("STRTO_SEED"))
    seed = strtoull(env, nullptr, 0);
  if (argc > 1)
    seed = strtoull(argv[1], nullptr, 0);
  int scale = argc > 2 ? atoi(argv[2]) : 1;
  if (scale < 1)
    scale = 1;
  g_rng.seed(seed);
  printf("strto_diff_test: seed 0x%llx, scale %d\n",
         static_cast<unsigned long long>(seed), scale);

  gen_specials();
  gen_partials();
  gen_boundaries();
  gen_printf_roundtrips(30000 * scale);
  gen_midpoints(2500 * scale);
  gen_random_decimals(30000 * scale);
  gen_random_hex(10000 * scale);
  uint64_t float_checks = g_passed + g_failed;
  gen_integers(40000 * scale);

  printf("float inputs: %llu (each through strtof, strtod and strtold), "
         "float checks: %llu, integer checks: %llu\n",
         static_cast<unsigned long long>(g_float_inputs),
         static_cast<unsigned long long>(float_checks),
         static_cast<unsigned long long>(g_passed + g_failed - float_checks));
  if (g_glibc_defect)
    printf("glibc-2.36 subnormal defect: %llu results differ from glibc and "
           "were verified as correctly rounded by the exact oracle\n",
           static_cast<unsigned long long>(g_glibc_defect));
  printf("%llu passed, %llu failed\n",
         static_cast<unsigned long long>(g_passed),
         static_cast<unsigned long long>(g_failed));
  return g_failed ? 1 : 0;
}
