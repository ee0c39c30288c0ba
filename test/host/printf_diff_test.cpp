// Differential test: gpulibc's printf engine against the host glibc.
//
// Build and run (from the repository root):
//   clang++-22 -std=c++17 -O2 -I libc/src/.. test/host/printf_diff_test.cpp -o /tmp/pdt && /tmp/pdt
//   /tmp/pdt [seed] [random-cases]     (defaults: seed 1, 400000 cases)
//
// Every case runs the same format and the same arguments through glibc's
// vsnprintf and through printf_core::vformat_to_buffer, then compares the
// return value, errno (for failures), every byte of the destination buffer
// including what lies past the terminator, and every %n target.
//
// Random argument lists are passed as real va_lists: on x86-64 SysV a
// va_list whose register areas are marked as used up reads everything from
// its "overflow area", so we lay the arguments out in memory exactly as
// the ABI places stack arguments and hand both implementations a va_list
// pointing there. That lets one test format take any run-time mix of int,
// long, double, long double and pointers. Curated cases use ordinary
// variadic calls, which also checks that the fabricated lists match the
// compiler's.
//
// Expects the C locale (the default for a program that never calls
// setlocale) and x86-64 (the x87 long double layout and the va_list trick).

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <string>
#include <vector>

#include "src/__support/printf/format.h"

#if !defined(__x86_64__) || !defined(__GLIBC__)
#error "this test needs x86-64 glibc"
#endif

namespace pc = gpulibc::printf_core;

namespace {

//===----------------------------------------------------------------------===//
// Random numbers (xoshiro256**, seeded by splitmix64).
//===----------------------------------------------------------------------===//

struct Rng {
  uint64_t s[4];
  explicit Rng(uint64_t seed) {
    for (auto &x : s) {
      seed += 0x9e3779b97f4a7c15ull;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
      x = z ^ (z >> 31);
    }
  }
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t next() {
    uint64_t r = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return r;
  }
  // Uniform in [0, n).
  uint64_t below(uint64_t n) { return n ? next() % n : 0; }
  int range(int lo, int hi) { return lo + static_cast<int>(below(hi - lo + 1)); }
  bool chance(int percent) { return below(100) < static_cast<uint64_t>(percent); }
};

//===----------------------------------------------------------------------===//
// Arguments and fabricated va_lists.
//===----------------------------------------------------------------------===//

enum class Kind { kInt, kLong, kDouble, kLongDouble, kPtr, kNSlot };

struct Arg {
  Kind kind;
  int64_t i = 0;
  double d = 0;
  long double ld = 0;
  const void *p = nullptr;
  int slot = 0; // kNSlot: index of a %n target.
};

constexpr int kNSlots = 16;

struct ArgPack {
  alignas(16) unsigned char mem[16384];
  size_t off = 0;
  ArgPack() { memset(mem, 0, sizeof(mem)); }
  void put8(const void *v) {
    memcpy(mem + off, v, 8);
    off += 8;
  }
  void add(const Arg &a, uint64_t *slots) {
    switch (a.kind) {
    case Kind::kInt:
    case Kind::kLong: {
      int64_t v = a.i;
      put8(&v);
      break;
    }
    case Kind::kDouble:
      put8(&a.d);
      break;
    case Kind::kLongDouble:
      off = (off + 15) & ~size_t(15);
      memcpy(mem + off, &a.ld, 10);
      off += 16;
      break;
    case Kind::kPtr:
      put8(&a.p);
      break;
    case Kind::kNSlot: {
      void *p = &slots[a.slot];
      put8(&p);
      break;
    }
    }
  }
};

// The SysV x86-64 va_list element.
struct VaTag {
  unsigned gp_offset;
  unsigned fp_offset;
  void *overflow_arg_area;
  void *reg_save_area;
};
static_assert(sizeof(VaTag) == sizeof(__builtin_va_list), "x86-64 va_list");

void make_va_list(va_list ap, void *mem) {
  VaTag t = {48, 176, mem, nullptr}; // All 6 GP and 8 SSE registers used.
  memcpy(ap, &t, sizeof(t));
}

//===----------------------------------------------------------------------===//
// Running both implementations.
//===----------------------------------------------------------------------===//

const char *errno_hook(void *, bool name) {
  static thread_local char buf[64];
  int e = errno;
  if (name) {
    const char *n = strerrorname_np(e);
    if (n)
      return n;
    snprintf(buf, sizeof(buf), "%d", e);
    return buf;
  }
  return strerror(e);
}

int to_errno(int r) {
  switch (r) {
  case pc::kErrorInvalid:
    return EINVAL;
  case pc::kErrorOverflow:
    return EOVERFLOW;
  case pc::kErrorIllegalSequence:
    return EILSEQ;
  default:
    return EIO;
  }
}

struct Outcome {
  int ret;
  int err;
  std::string buf; // size + guard bytes, raw.
  uint64_t slots[kNSlots];
};

constexpr size_t kGuard = 16;
constexpr int kTestErrno = EAGAIN; // What %m sees on both sides.

template <class Call> Outcome run_one(size_t size, bool null_buf, Call call) {
  Outcome o;
  std::vector<char> buf(size + kGuard, '\xcc');
  memset(o.slots, 0xa5, sizeof(o.slots));
  errno = kTestErrno;
  o.ret = call(null_buf ? nullptr : buf.data(), size, o.slots);
  o.err = o.ret < 0 ? errno : 0;
  o.buf.assign(buf.data(), buf.size());
  return o;
}

struct Stats {
  uint64_t passed = 0, failed = 0;
} stats;

std::string printable(const std::string &s, size_t max = 400) {
  std::string out;
  for (size_t i = 0; i < s.size() && out.size() < max; ++i) {
    unsigned char c = s[i];
    if (c >= 32 && c < 127 && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char b[8];
      snprintf(b, sizeof(b), "\\x%02x", c);
      out += b;
    }
  }
  if (out.size() >= max)
    out += "...";
  return out;
}

std::string visible_result(const Outcome &o, size_t size) {
  // The part of the buffer the implementation wrote, for the report.
  if (size == 0)
    return "";
  size_t n = o.ret >= 0 ? std::min<size_t>(o.ret, size - 1) : strnlen(o.buf.data(), size);
  return o.buf.substr(0, n);
}

void compare(const std::string &fmt, const std::string &args_desc,
             const Outcome &want, const Outcome &got, size_t size) {
  bool ok = want.ret == got.ret && (want.ret >= 0 || want.err == got.err) &&
            want.buf == got.buf &&
            memcmp(want.slots, got.slots, sizeof(want.slots)) == 0;
  if (ok) {
    ++stats.passed;
    return;
  }
  ++stats.failed;
  if (stats.failed <= 20) {
    printf("MISMATCH format \"%s\" args [%s] size %zu\n", printable(fmt).c_str(),
           args_desc.c_str(), size);
    printf("  expected ret=%d errno=%d \"%s\"\n", want.ret, want.err,
           printable(visible_result(want, size)).c_str());
    printf("  got      ret=%d errno=%d \"%s\"\n", got.ret, got.err,
           printable(visible_result(got, size)).c_str());
    if (want.buf != got.buf)
      printf("  (buffers differ)\n");
    if (memcmp(want.slots, got.slots, sizeof(want.slots)))
      printf("  (%%n targets differ)\n");
  }
}

std::string describe(const std::vector<Arg> &args) {
  std::string s;
  char b[160];
  for (const Arg &a : args) {
    if (!s.empty())
      s += ", ";
    switch (a.kind) {
    case Kind::kInt:
      snprintf(b, sizeof(b), "int %lld", (long long)a.i);
      break;
    case Kind::kLong:
      snprintf(b, sizeof(b), "long %lld", (long long)a.i);
      break;
    case Kind::kDouble:
      snprintf(b, sizeof(b), "double %a", a.d);
      break;
    case Kind::kLongDouble: {
      uint64_t m;
      uint16_t se;
      memcpy(&m, &a.ld, 8);
      memcpy(&se, reinterpret_cast<const char *>(&a.ld) + 8, 2);
      snprintf(b, sizeof(b), "ldouble %La [se=%04x m=%016llx]", a.ld, se,
               (unsigned long long)m);
      break;
    }
    case Kind::kPtr:
      snprintf(b, sizeof(b), "ptr %p", a.p);
      break;
    case Kind::kNSlot:
      snprintf(b, sizeof(b), "%%n slot %d", a.slot);
      break;
    }
    s += b;
  }
  return s;
}

// Streams: the same format through a Writer with a tiny buffer and a flush
// hook must produce exactly glibc's output.
struct StreamSink {
  std::string out;
  int calls = 0;
  int fail_at = -1; // Make the n-th flush fail.
};

int sink_flush(void *ctx, const char *data, size_t len) {
  auto *s = static_cast<StreamSink *>(ctx);
  if (s->calls++ == s->fail_at)
    return -1;
  s->out.append(data, len);
  return 0;
}

void check_stream(const std::string &fmt, const std::vector<Arg> &args,
                  const Outcome &want, size_t cap) {
  std::vector<char> buf(cap);
  StreamSink sink;
  uint64_t slots[kNSlots];
  memset(slots, 0xa5, sizeof(slots));
  ArgPack pack;
  for (const Arg &a : args)
    pack.add(a, slots);
  va_list ap;
  make_va_list(ap, pack.mem);
  pc::FormatOptions opts;
  opts.errno_text = errno_hook;
  pc::Writer w(buf.data(), cap, sink_flush, &sink);
  errno = kTestErrno;
  int r = pc::format(w, fmt.c_str(), ap, &opts);
  int f = w.finish();
  std::string expect = want.buf.substr(0, want.ret);
  if (r == want.ret && f == 0 && sink.out == expect &&
      memcmp(slots, want.slots, sizeof(slots)) == 0) {
    ++stats.passed;
    return;
  }
  ++stats.failed;
  if (stats.failed <= 20)
    printf("MISMATCH (stream, buffer %zu) format \"%s\": expected %d \"%s\", got %d "
           "\"%s\"\n",
           cap, printable(fmt).c_str(), want.ret, printable(expect).c_str(), r,
           printable(sink.out).c_str());
}

// Runs `fmt` with a run-time argument list through both implementations.
// With stream_cap > 0 the result is also checked through a streaming Writer
// whose buffer holds stream_cap bytes.
void check_pack(const std::string &fmt, const std::vector<Arg> &args,
                size_t size, bool null_buf = false, size_t stream_cap = 0) {
  auto call_with = [&](bool ours) {
    return [&, ours](char *buf, size_t n, uint64_t *slots) {
      ArgPack pack;
      for (const Arg &a : args)
        pack.add(a, slots);
      va_list ap;
      make_va_list(ap, pack.mem);
      if (!ours)
        return vsnprintf(buf, n, fmt.c_str(), ap);
      pc::FormatOptions opts;
      opts.errno_text = errno_hook;
      int r = pc::vformat_to_buffer(buf, n, fmt.c_str(), ap, &opts);
      if (r < 0) {
        errno = to_errno(r);
        return -1;
      }
      return r;
    };
  };
  Outcome want = run_one(size, null_buf, call_with(false));
  Outcome got = run_one(size, null_buf, call_with(true));
  compare(fmt, describe(args), want, got, size);
  if (stream_cap && want.ret >= 0 && static_cast<size_t>(want.ret) < size)
    check_stream(fmt, args, want, stream_cap);
}

// Curated cases: ordinary variadic calls.
int ours_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap) {
  pc::FormatOptions opts;
  opts.errno_text = errno_hook;
  int r = pc::vformat_to_buffer(buf, n, fmt, ap, &opts);
  if (r < 0) {
    errno = to_errno(r);
    return -1;
  }
  return r;
}

void check_va(size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  va_list a1, a2;
  va_copy(a1, ap);
  va_copy(a2, ap);
  Outcome want = run_one(size, false, [&](char *b, size_t n, uint64_t *) {
    return vsnprintf(b, n, fmt, a1);
  });
  Outcome got = run_one(size, false, [&](char *b, size_t n, uint64_t *) {
    return ours_vsnprintf(b, n, fmt, a2);
  });
  va_end(a1);
  va_end(a2);
  va_end(ap);
  compare(fmt, "(variadic call)", want, got, size);
}
#define CHECK(...) check_va(512, __VA_ARGS__)

//===----------------------------------------------------------------------===//
// Values.
//===----------------------------------------------------------------------===//

double from_bits(uint64_t b) {
  double d;
  memcpy(&d, &b, 8);
  return d;
}

long double ld_from_parts(uint64_t mant, uint16_t se) {
  long double x = 0;
  memcpy(&x, &mant, 8);
  memcpy(reinterpret_cast<char *>(&x) + 8, &se, 2);
  return x;
}

const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

double random_double(Rng &r) {
  double sign = r.chance(50) ? -1.0 : 1.0;
  switch (r.below(14)) {
  case 0:
  case 1:
    return from_bits(r.next()); // Any bit pattern: mostly huge/tiny.
  case 2:                       // Subnormal.
    return from_bits((r.next() & 0x800fffffffffffffull) >> r.below(52));
  case 3: { // Specials.
    const double sp[] = {0.0,      -0.0,        INFINITY,     -INFINITY,
                         NAN,      -NAN,        DBL_MAX,      DBL_MIN,
                         DBL_TRUE_MIN, DBL_EPSILON, 1.0,     0.5};
    double v = sp[r.below(12)];
    if (r.chance(20))
      v = from_bits(0x7ff0000000000000ull | (r.next() & 0x800fffffffffffffull) |
                    1); // NaN payloads
    return v;
  }
  case 4: { // Exact binary fractions: decimal ties at some precision.
    double v = static_cast<double>(r.below(1u << r.range(0, 30))) /
               static_cast<double>(1ull << r.range(0, 40));
    return sign * v;
  }
  case 5: { // n + 0.5, n + 0.25 ... : ties for %.0f, %.1f, ...
    double v = static_cast<double>(r.below(1000)) +
               static_cast<double>(r.range(1, 15)) / 16.0;
    return sign * v;
  }
  case 6: { // Decimal-looking values (1.005, 2.675, 0.125 ...).
    double v = static_cast<double>(r.below(1000000)) / kPow10[r.range(0, 8)];
    return sign * v;
  }
  case 7: { // Around powers of ten.
    double v = std::pow(10.0, r.range(-320, 308));
    int steps = r.range(-3, 3);
    for (int i = 0; i < std::abs(steps); ++i)
      v = std::nextafter(v, steps < 0 ? 0.0 : INFINITY);
    return sign * v;
  }
  case 8: { // Rounds to a power of ten at some precision: 9.9999..., 0.0999...
    double v = (1.0 - std::pow(10.0, -r.range(1, 17))) *
               std::pow(10.0, r.range(-30, 30));
    return sign * v;
  }
  case 9: // Integers, up to and beyond 2^64.
    return sign * std::ldexp(static_cast<double>(r.next() >> 11),
                             r.range(-53, 30));
  case 10: // Log-uniform over a wide range.
    return sign * std::pow(10.0, (r.below(1u << 20) / double(1 << 20)) * 80 - 40);
  case 11: // Log-uniform over the whole range.
    return sign * std::pow(10.0, (r.below(1u << 20) / double(1 << 20)) * 630 - 322);
  case 12: // Random mantissa, modest exponent.
    return from_bits((r.next() & 0x800fffffffffffffull) |
                     (static_cast<uint64_t>(r.range(1023 - 70, 1023 + 70)) << 52));
  default:
    return sign * static_cast<double>(r.range(-100000, 100000)) / 8.0;
  }
}

long double random_long_double(Rng &r) {
  uint16_t sign = r.chance(50) ? 0x8000 : 0;
  switch (r.below(9)) {
  case 0: // Any valid normal.
    return ld_from_parts(r.next() | (1ull << 63),
                         sign | static_cast<uint16_t>(r.range(1, 0x7ffe)));
  case 1: // Denormal.
    return ld_from_parts((r.next() & ~(1ull << 63)) >> r.below(63), sign);
  case 2: // Weird x87 encodings: unnormals, pseudo-denormals, pseudo-NaN/inf.
    switch (r.below(5)) {
    case 0:
      return ld_from_parts(r.next() & ~(1ull << 63),
                           sign | static_cast<uint16_t>(r.range(1, 0x7ffe)));
    case 1:
      return ld_from_parts(r.next() | (1ull << 63), sign);
    case 2:
      return ld_from_parts(r.next(), sign | 0x7fff);
    case 3:
      return ld_from_parts(1ull << 63, sign | 0x7fff);
    default:
      return ld_from_parts(0, sign | static_cast<uint16_t>(r.range(0, 0x7fff)));
    }
  case 3: // Modest exponents.
    return ld_from_parts(r.next() | (1ull << 63),
                         sign | static_cast<uint16_t>(r.range(16383 - 80, 16383 + 80)));
  case 4: { // Exact binary fractions.
    long double v = static_cast<long double>(r.below(1ull << r.range(0, 62))) /
                    static_cast<long double>(1ull << r.range(0, 63));
    return sign ? -v : v;
  }
  case 5: { // Decimal-looking.
    long double v = static_cast<long double>(r.below(100000000)) /
                    static_cast<long double>(kPow10[r.range(0, 12)]);
    return sign ? -v : v;
  }
  case 6: { // Specials.
    const long double sp[] = {0.0L, -0.0L, INFINITY, -INFINITY, NAN,
                              LDBL_MAX, LDBL_MIN, LDBL_TRUE_MIN, LDBL_EPSILON, 1.0L};
    return sp[r.below(10)];
  }
  case 7: { // Around powers of ten.
    long double v = std::pow(10.0L, r.range(-4950, 4932));
    int steps = r.range(-2, 2);
    for (int i = 0; i < std::abs(steps); ++i)
      v = std::nextafter(v, steps < 0 ? 0.0L : (long double)INFINITY);
    return sign ? -v : v;
  }
  default:
    return static_cast<long double>(random_double(r));
  }
}

int64_t random_int(Rng &r, bool wide) {
  switch (r.below(6)) {
  case 0:
    return r.range(-10, 10);
  case 1:
    return r.range(-100000, 100000);
  case 2: {
    const int64_t sp[] = {0, 1, -1, INT_MAX, INT_MIN, LONG_MAX, LONG_MIN,
                          UINT_MAX, 255, 256, -128, -129, 65535, 32768};
    int64_t v = sp[r.below(14)];
    return wide ? v : static_cast<int>(v);
  }
  case 3:
    return wide ? static_cast<int64_t>(r.next() >> r.below(64))
                : static_cast<int>(r.next() >> r.below(64));
  default:
    return wide ? static_cast<int64_t>(r.next()) : static_cast<int>(r.next());
  }
}

const char *const kStrings[] = {
    "", "a", "hello", "hello, world", "tab\there", "\xc3\xa9t\xc3\xa9",
    "0123456789012345678901234567890123456789", "(null)", "%d%s",
    "a fairly long string that goes on for a while to exercise widths"};
const wchar_t *const kWideStrings[] = {
    L"", L"w", L"wide", L"wide string!", L"tab\there", L"0123456789012345678",
    L"caf\xe9", L"\x263a smile", L"ok\x7f"};

//===----------------------------------------------------------------------===//
// Random well-formed formats.
//===----------------------------------------------------------------------===//

struct Directive {
  char conv;
  std::string flags, length;
  int width_kind; // 0 none, 1 number, 2 star
  int width;
  int prec_kind; // 0 none, 1 ".", 2 ".N", 3 ".*"
  int prec;
  Arg width_arg, prec_arg, value;
  bool has_value = true;
};

Directive random_directive(Rng &r, int &nslot, bool positional) {
  Directive d;
  // Weighted: numbers and floats dominate.
  static const char weighted[] =
      "ddddiiuuuooxxxXXbBeeeeEEffffffFFggggggGGaaaaAAccssssSCppnnn%m";
  d.conv = weighted[r.below(sizeof(weighted) - 1)];
  const char flag_chars[] = "-+ #0";
  int nflags = r.chance(40) ? 0 : r.range(1, 4);
  for (int i = 0; i < nflags; ++i)
    d.flags += flag_chars[r.below(5)];
  if (r.chance(3))
    d.flags += r.chance(50) ? '\'' : 'I';

  bool is_float = strchr("eEfFgGaA", d.conv) != nullptr;
  int w = static_cast<int>(r.below(100));
  d.width_kind = w < 45 ? 0 : w < 88 ? 1 : 2;
  d.width = r.chance(95) ? r.range(0, 25) : r.range(26, 300);
  if (d.width_kind == 2) {
    d.width_arg.kind = Kind::kInt;
    d.width_arg.i = r.chance(80) ? r.range(-30, 30) : r.range(-300, 300);
  }
  int p = static_cast<int>(r.below(100));
  d.prec_kind = p < 40 ? 0 : p < 45 ? 1 : p < 90 ? 2 : 3;
  int big = static_cast<int>(r.below(1000));
  d.prec = big < 900 ? r.range(0, 20) : big < 985 ? r.range(21, 120)
           : is_float ? r.range(300, 1100) : r.range(121, 400);
  if (d.prec_kind == 3) {
    d.prec_arg.kind = Kind::kInt;
    d.prec_arg.i = r.chance(85) ? r.range(-5, 30) : r.range(-100, 400);
  }

  switch (d.conv) {
  case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'b':
  case 'B': {
    static const char *const lens[] = {"", "", "", "hh", "h", "l", "ll",
                                       "j", "z", "t", "L", "q", "Z"};
    d.length = lens[r.below(13)];
    bool wide = d.length == "l" || d.length == "ll" || d.length == "j" ||
                d.length == "z" || d.length == "t" || d.length == "Z" ||
                ((d.length == "L" || d.length == "q") && !positional);
    d.value.kind = wide ? Kind::kLong : Kind::kInt;
    d.value.i = random_int(r, wide);
    break;
  }
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a':
  case 'A': {
    int k = static_cast<int>(r.below(100));
    d.length = k < 60 ? "" : k < 70 ? "l" : k < 95 ? "L" : k < 98 ? "ll" : "q";
    if (d.length == "L" || d.length == "ll" || d.length == "q") {
      d.value.kind = Kind::kLongDouble;
      d.value.ld = random_long_double(r);
    } else {
      d.value.kind = Kind::kDouble;
      d.value.d = random_double(r);
    }
    break;
  }
  case 'c':
    d.length = r.chance(30) ? "l" : "";
    d.value.kind = Kind::kInt;
    if (d.length == "l")
      d.value.i = r.chance(95) ? r.range(0, 127) : r.range(128, 0x10ffff);
    else
      d.value.i = r.range(-300, 300);
    break;
  case 'C':
    d.value.kind = Kind::kInt;
    d.value.i = r.chance(95) ? r.range(0, 127) : r.range(-5, 0x2000);
    break;
  case 's':
    d.length = r.chance(30) ? "l" : "";
    d.value.kind = Kind::kPtr;
    if (r.chance(8))
      d.value.p = nullptr;
    else if (d.length == "l")
      d.value.p = kWideStrings[r.below(sizeof(kWideStrings) / sizeof(*kWideStrings))];
    else
      d.value.p = kStrings[r.below(sizeof(kStrings) / sizeof(*kStrings))];
    break;
  case 'S':
    d.value.kind = Kind::kPtr;
    d.value.p = r.chance(8) ? nullptr
                : kWideStrings[r.below(sizeof(kWideStrings) / sizeof(*kWideStrings))];
    break;
  case 'p':
    d.value.kind = Kind::kPtr;
    d.value.p = r.chance(15) ? nullptr
                : reinterpret_cast<const void *>(static_cast<uintptr_t>(
                      r.next() >> r.below(64)));
    break;
  case 'n': {
    static const char *const lens[] = {"", "hh", "h", "l", "ll", "j",
                                       "z", "t", "L", "q", "Z"};
    d.length = lens[r.below(11)];
    // Positional 'L'/'q' store an int, like glibc; nothing special needed.
    d.value.kind = Kind::kNSlot;
    d.value.slot = nslot++ % kNSlots;
    break;
  }
  case '%':
  case 'm':
    d.has_value = false;
    if (positional) { // C has no positional form of these; keep them bare.
      d.flags.clear();
      d.width_kind = d.prec_kind = 0;
    }
    break;
  }
  return d;
}

void random_case(Rng &r) {
  bool positional = r.chance(12);
  int n = r.chance(60) ? 1 : r.range(2, 5);
  int nslot = 0;
  std::vector<Directive> ds;
  for (int i = 0; i < n; ++i)
    ds.push_back(random_directive(r, nslot, positional));

  std::vector<Arg> args;
  std::string fmt;
  auto literal = [&] {
    static const char *const lits[] = {"", "", " ", "|", "x=", " and ",
                                       "[", "]\n", "\xc3\xa9"};
    fmt += lits[r.below(9)];
  };
  if (!positional) {
    for (const Directive &d : ds) {
      literal();
      fmt += '%';
      fmt += d.flags;
      if (d.width_kind == 1)
        fmt += std::to_string(d.width);
      else if (d.width_kind == 2) {
        fmt += '*';
        args.push_back(d.width_arg);
      }
      if (d.prec_kind == 1)
        fmt += '.';
      else if (d.prec_kind == 2)
        fmt += "." + std::to_string(d.prec);
      else if (d.prec_kind == 3) {
        fmt += ".*";
        args.push_back(d.prec_arg);
      }
      fmt += d.length;
      fmt += d.conv;
      if (d.has_value)
        args.push_back(d.value);
    }
    literal();
  } else {
    // Collect every argument, shuffle their numbers, then print the
    // directives referring to them.
    struct Ref {
      Arg arg;
      int number;
    };
    std::vector<Ref> refs;
    std::vector<std::vector<int>> per(ds.size());
    for (size_t i = 0; i < ds.size(); ++i) {
      const Directive &d = ds[i];
      if (d.width_kind == 2) {
        per[i].push_back(static_cast<int>(refs.size()));
        refs.push_back({d.width_arg, 0});
      }
      if (d.prec_kind == 3) {
        per[i].push_back(static_cast<int>(refs.size()));
        refs.push_back({d.prec_arg, 0});
      }
      if (d.has_value) {
        per[i].push_back(static_cast<int>(refs.size()));
        refs.push_back({d.value, 0});
      }
    }
    std::vector<int> order(refs.size());
    for (size_t i = 0; i < order.size(); ++i)
      order[i] = static_cast<int>(i);
    for (size_t i = order.size(); i > 1; --i)
      std::swap(order[i - 1], order[r.below(i)]);
    args.resize(refs.size());
    for (size_t i = 0; i < refs.size(); ++i) {
      refs[order[i]].number = static_cast<int>(i) + 1;
      args[i] = refs[order[i]].arg;
    }
    for (size_t i = 0; i < ds.size(); ++i) {
      const Directive &d = ds[i];
      size_t k = 0;
      literal();
      fmt += '%';
      int wn = d.width_kind == 2 ? refs[per[i][k++]].number : 0;
      int pn = d.prec_kind == 3 ? refs[per[i][k++]].number : 0;
      int vn = d.has_value ? refs[per[i][k++]].number : 0;
      if (d.has_value)
        fmt += std::to_string(vn) + "$";
      fmt += d.flags;
      if (d.width_kind == 1)
        fmt += std::to_string(d.width);
      else if (d.width_kind == 2)
        fmt += "*" + std::to_string(wn) + "$";
      if (d.prec_kind == 1)
        fmt += '.';
      else if (d.prec_kind == 2)
        fmt += "." + std::to_string(d.prec);
      else if (d.prec_kind == 3)
        fmt += ".*" + std::to_string(pn) + "$";
      fmt += d.length;
      fmt += d.conv;
      // Sometimes print the same value again through its number.
      if (d.has_value && r.chance(15) && d.conv != 'n')
        fmt += "|%" + std::to_string(vn) + "$" + d.length + d.conv;
    }
    literal();
  }
  size_t size;
  int s = static_cast<int>(r.below(100));
  if (s < 75)
    size = 8192;
  else if (s < 95)
    size = r.below(48);
  else
    size = r.below(600);
  size_t stream_cap = r.chance(20) ? r.range(1, 24) : 0;
  check_pack(fmt, args, size, size == 0 && r.chance(50), stream_cap);
}

//===----------------------------------------------------------------------===//
// Random malformed formats.
//===----------------------------------------------------------------------===//

// Formats made of printf syntax in random order: incomplete directives,
// unknown conversions, positional/sequential mixes, stray '$', ... Only
// conversions that cannot dereference an argument appear (no %s %S %n), and
// every argument slot holds a small integer, so any interpretation of the
// list is safe: widths stay small and floats read tiny denormals.
// True if, once glibc switches to positional mode, some argument would be
// read as two different types. C leaves that undefined and glibc then prints
// uninitialised memory, so such formats are not comparable.
bool has_type_conflict(const std::string &fmt) {
  namespace d = pc::detail;
  int types[1000];
  for (int &t : types)
    t = -1;
  int posn = 0;
  auto set = [&](int index, int type) {
    if (index < 0 || index >= 1000)
      return true;
    if (types[index] >= 0 && types[index] != type)
      return false;
    types[index] = type;
    return true;
  };
  for (const char *p = fmt.c_str();;) {
    while (*p && *p != '%')
      ++p;
    if (!*p)
      break;
    d::ParsedSpec ps;
    d::parse_spec(p, false, ps);
    if (ps.width_arg == -1)
      ps.width_arg = posn++;
    if (ps.prec_arg == -1)
      ps.prec_arg = posn++;
    d::ArgType t = d::data_type(ps.spec);
    if (ps.data_arg == -1 && t != d::kArgNone)
      ps.data_arg = posn++;
    if (!set(ps.width_arg, d::kArgInt) || !set(ps.prec_arg, d::kArgInt) ||
        (t != d::kArgNone && !set(ps.data_arg, t)))
      return true;
    if (!ps.spec.conv)
      break;
    p = ps.end;
  }
  return false;
}

void fuzz_case(Rng &r) {
  static const char alphabet[] = "%%%%%%%%-+ #0'I1234567890**$$..hhllLqjzZt"
                                 "diuoxXbBeEfFgGaAcCpm%y!kK\x80 ";
  int len = r.range(1, 14);
  std::string fmt;
  for (int i = 0; i < len; ++i) {
    char c = alphabet[r.below(sizeof(alphabet) - 1)];
    if (c >= '0' && c <= '9' && fmt.size() && fmt.back() >= '0' &&
        fmt.back() <= '9')
      c = '$'; // One-digit numbers: small widths, existing arguments.
    fmt += c;
  }
  if (r.chance(30))
    fmt = "%" + fmt;
  if (has_type_conflict(fmt))
    return;
  std::vector<Arg> args;
  for (int i = 0; i < 64; ++i) {
    Arg a;
    a.kind = Kind::kLong;
    a.i = r.range(-20, 40);
    args.push_back(a);
  }
  check_pack(fmt, args, r.chance(80) ? 512 : r.below(8), false,
             r.chance(20) ? r.range(1, 8) : 0);
}

// More positional arguments than the engine's type cache holds.
void many_arguments() {
  std::vector<Arg> args;
  std::string fmt;
  Rng r(99);
  for (int i = 0; i < 150; ++i) {
    Arg a;
    switch (i % 5) {
    case 0:
      a.kind = Kind::kInt;
      a.i = i;
      break;
    case 1:
      a.kind = Kind::kLong;
      a.i = -1000000000000ll * i;
      break;
    case 2:
      a.kind = Kind::kDouble;
      a.d = i / 7.0;
      break;
    case 3:
      a.kind = Kind::kLongDouble;
      a.ld = i / 3.0L;
      break;
    default:
      a.kind = Kind::kPtr;
      a.p = kStrings[i % 10];
      break;
    }
    args.push_back(a);
  }
  // Every argument must be referenced: glibc reads the others as int.
  static const char *const conv[] = {"d", "ld", "g", "Lg", "s"};
  std::vector<int> order(150);
  for (int i = 0; i < 150; ++i)
    order[i] = i;
  for (int i = 149; i > 0; --i)
    std::swap(order[i], order[r.below(i + 1)]);
  for (int k = 0; k < 190; ++k) {
    int i = k < 150 ? order[k] : static_cast<int>(r.below(150));
    fmt += "%" + std::to_string(i + 1) + "$" + conv[i % 5] + " ";
  }
  fmt += "%150$s|%149$.3Lf|%148$a";
  check_pack(fmt, args, 8192, false, 5);
}

// Without a hook, %m prints what glibc prints for errno 0.
void percent_m_default() {
  char buf[64];
  int r = pc::format_to_buffer(buf, sizeof(buf), "%m|%#m|%5.2m");
  if (r == 15 && !strcmp(buf, "Success|0|   Su")) {
    ++stats.passed;
  } else {
    ++stats.failed;
    printf("MISMATCH %%m default: %d \"%s\"\n", r, buf);
  }
}

// A flush hook that fails stops the formatting with kErrorWrite.
void stream_failure() {
  char buf[4];
  StreamSink sink;
  sink.fail_at = 1;
  pc::Writer w(buf, sizeof(buf), sink_flush, &sink);
  va_list ap;
  ArgPack pack;
  make_va_list(ap, pack.mem);
  int r = pc::format(w, "0123456789abcdef", ap);
  if (r == pc::kErrorWrite && w.finish() == pc::kErrorWrite && sink.out == "0123") {
    ++stats.passed;
  } else {
    ++stats.failed;
    printf("MISMATCH stream failure: r=%d out=\"%s\"\n", r, sink.out.c_str());
  }
}

//===----------------------------------------------------------------------===//
// Curated edge cases.
//===----------------------------------------------------------------------===//

void curated() {
  // Halfway cases and classic rounding traps.
  CHECK("%.0f %.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5, -2.5);
  CHECK("%.2f %.2f %.2f %.1f %.1f", 1.005, 2.675, 1.125, 0.25, 0.35);
  CHECK("%.3e %.0e %.0e %.0e", 1.0005, 2.5, 3.5, 5e-324);
  CHECK("%.1f %.2f %.3f %.0f", 0.05, 0.005, 0.0005, 0.49999999999999994);
  CHECK("%.15g %.16g %.17g %.18g %.20g", 0.1, 0.1, 0.1, 0.1, 0.1);
  CHECK("%g %g %g %g %g %g", 100000.0, 1000000.0, 1e-4, 1e-5, 123456.5, 999999.5);
  CHECK("%.3g %.3g %.3g %#.3g %#g", 9995.0, 0.0009995, 99.95, 1.0, 123.0);
  CHECK("%.0g %.1g %#.0g %g %G", 0.5, 0.05, 0.5, 1e300, 1e-300);
  // glibc keeps the fraction length of the unrounded style: "1.e+06".
  CHECK("%#g %#.3g %#.2G %#.1g %g %#.3g %#.3g", 999999.5, 999.96, 99.5, 9.5, 999999.5, 0.99996, 0.000099996);
  CHECK("%#.2g %#.3g %#.3g %.2g %#.1g", 0.0999, 0.09995, 0.01999, 9.96e-5, 9.9e-5);
  CHECK("%f %e %g %a", 0.0, 0.0, 0.0, 0.0);
  CHECK("%f %e %g %a", -0.0, -0.0, -0.0, -0.0);
  CHECK("%+f % e %+g % a %+a", 0.0, 0.0, -0.0, 1.0, -2.0);
  // Huge precisions and magnitudes.
  CHECK("%.1000f", 1e300);
  CHECK("%.1100f", 5e-324);
  CHECK("%.1074e", 5e-324);
  CHECK("%.800g", 2.2250738585072014e-308);
  CHECK("%f", 1.7976931348623157e308);
  CHECK("%.40f %.40e %.40g", 1.0 / 3, 2.0 / 3, 1e23);
  CHECK("%.17g %.17g %.17g %.17g", 9007199254740993.0, 1e23, 5e-324, 1.7976931348623157e308);
  CHECK("%.6e %.6e %.6e", 9.9999995, 9.99999949, 1e-310);
  // Integer parts ending in blocks of zeros (exact path).
  CHECK("%f %.3f %.0f %.30e %.25g %f", 1e20, 1e22, 1e21, 1e22, 1e22, 1e300 * 1e8);
  CHECK("%Lf %.30Le %.22Lg", 1e25L, 1e26L, 1e40L);
  // Scalings by exactly 10^(28q), the seams of the power-of-ten table.
  CHECK("%.6e %.6e %.17g %.17g %.0e %.27f", 1.234e-22, 1.234e34, 1e-12, 3e44, 7e-29, 0.3);
  check_va(8192, "%.3000f", 1e-300);
  check_va(8192, "%5000.4000f|%-5000.10e|", 1.5, -2.5);
  check_va(64, "%.100000f", 0.1); // Mostly truncated, but the count matters.
  // Infinities and NaNs: no zero padding, sign rules.
  CHECK("%f %F %e %E %g %G %a %A", INFINITY, INFINITY, -INFINITY, -INFINITY,
        NAN, NAN, -NAN, -NAN);
  CHECK("%010f|%-10f|%+010e|% 10g|%010a", INFINITY, -INFINITY, NAN, -NAN, INFINITY);
  // Hex floats.
  CHECK("%a %a %a %a %a", 1.0, 0.1, -3.5, 1e300, 5e-324);
  CHECK("%.0a %.0a %.0a %.0a %.1a %.1a", 1.5, 2.5, 3.0, 1.96875, 0x1.08p0, 0x1.18p0);
  CHECK("%.1a %.2a %.13a %.20a %#a %#.0a", 0x1.f8p0, 0x1.fffp0, 0.1, 0.1, 1.0, 3.0);
  CHECK("%.0a %.3a %a %A", 0x1.8p-1022, 0x0.fffp-1022, 2.2250738585072009e-308, 0x1.ABCDEFp10);
  CHECK("%20a|%-20a|%020a|%+.3A", 1.0, -1.0, -0.1, 255.5);
  // x87 long double.
  CHECK("%Lf %Le %Lg %La", 1.0L, 1.0L, 1.0L, 1.0L);
  CHECK("%La %La %La %.0La %.0La %.1La", 3.5L, 0.1L, LDBL_MAX, 0xf.8p0L, 0xe.8p0L, 0x9.f8p0L);
  CHECK("%La %La %La %La", LDBL_MIN, LDBL_TRUE_MIN, -LDBL_TRUE_MIN, 0.0L);
  CHECK("%Le %Le %.30Le %Lg", LDBL_MAX, LDBL_MIN, LDBL_TRUE_MIN, LDBL_EPSILON);
  CHECK("%.0Lf %.0Lf %.20Lf %.25Le", 0.5L, 2.5L, 0.1L, 1.0L / 3);
  check_va(8192, "%.5000Lf", 1e-4900L);
  check_va(8192, "%Lf", LDBL_MAX);
  check_va(8192, "%.6000Le", LDBL_TRUE_MIN);
  CHECK("%Lf %Le %La", ld_from_parts(0x8000000000000001ull, 0),
        ld_from_parts(0x8000000000000000ull, 0), ld_from_parts(0x4000000000000000ull, 0x3fff));
  CHECK("%Lf %Le %La %Lg", ld_from_parts(0, 0x3fff), ld_from_parts(0, 0x7fff),
        ld_from_parts(0x4000000000000000ull, 0xffff), ld_from_parts(1, 0x8001));
  CHECK("%llf %qe", 1.5L, -2.5L); // glibc: 'll'/'q' mean long double too.
  // Integers.
  CHECK("%hhd %hhd %hhu %hhx %hd %hu %hx", 300, -129, -1, 0x1ff, 70000, -1, 0x12345);
  CHECK("%d %d %i %u %x %X %o", INT_MIN, INT_MAX, -1, UINT_MAX, 0xdeadbeefu, 0xabcdefu, 8u);
  CHECK("%ld %lld %lu %llx %jd %ju %zd %zu %td %tx", LONG_MIN, LLONG_MAX, ULONG_MAX,
        ULLONG_MAX, INTMAX_MIN, UINTMAX_MAX, (ssize_t)-1, SIZE_MAX, PTRDIFF_MIN, (ptrdiff_t)-1);
  CHECK("%Ld %qd %Zd %Lu", 1LL << 40, -(1LL << 41), (size_t)1 << 42, ~0ULL);
  CHECK("%#x %#o %#X %#b %#B %#.0o %#.0x %#5o %#-8x|", 0, 0, 255, 5, 5, 0, 0, 8, 255);
  CHECK("%.0d|%.0u|%5.0d|%-5.0x|%+.0d|% .0i|%#.0x", 0, 0, 0, 0, 0, 0, 0);
  CHECK("%05d %-05d %+05d % 05d %05.3d %08.3x %#08x %#08o", -42, 42, 42, 42, 42, 255, 255, 8);
  CHECK("%.10d %+.10d %-+15.10d| %015.10d %0*d %-*d|", 42, -42, 42, -42, 5, 42, -5, 42);
  CHECK("%b %B %#b %#B %.10b %010b %lb", 10u, 10u, 10u, 0u, 5u, 5u, ~0UL);
  CHECK("%'d %'u %I d %'.3f", 1234567, 7654321u, 42, 1234567.891);
  // Characters and strings.
  CHECK("%c%c%c|%5c|%-5c|%05c|%.0c", 'a', 0, 255, 'x', 'y', 'z', 'w');
  CHECK("%s|%10s|%-10s|%.2s|%.0s|%10.3s|%-10.3s|", "hello", "hi", "hi", "hello", "x", "abcdef", "abcdef");
  CHECK("%s|%.5s|%.6s|%10s|%-10.3s|", (char *)0, (char *)0, (char *)0, (char *)0, (char *)0);
  CHECK("%ls|%lc|%5ls|%-5lc|%.2ls|%S|%C", L"wide", (wint_t)L'W', L"ab", (wint_t)L'c', L"xyz", L"SS", (wint_t)L'C');
  CHECK("%ls|%.3ls|%.7ls|", (wchar_t *)0, (wchar_t *)0, (wchar_t *)0);
  CHECK("%lc|", (wint_t)0xe9);    // EILSEQ in the C locale.
  CHECK("ab%ls|", L"x\xe9y");     // EILSEQ, nothing of the string written.
  CHECK("%.1ls|%.2ls|", L"a\xe9", L"a\xe9"); // Precision stops before / at it.
  CHECK("%lc%lc|", (wint_t)0, (wint_t)-1);
  CHECK("%5lc|%-5C|", (wint_t)'q', (wint_t)'r');
  // Pointers.
  CHECK("%p %p %20p %-20p| %+p % p %#p %.20p %020p", (void *)0x1234, (void *)0, (void *)1,
        (void *)0xffffffffffffffff, (void *)42, (void *)42, (void *)42, (void *)42, (void *)42);
  CHECK("%10p|%-10p|%.3p|%010p|%+p", (void *)0, (void *)0, (void *)0, (void *)0, (void *)0);
  // %n with every modifier.
  {
    signed char hh = 1;
    short h = 1;
    int n = 1;
    long l = 1;
    long long ll = 1;
    intmax_t j = 1;
    size_t z = 1;
    ptrdiff_t t = 1;
    signed char hh2 = 1;
    short h2 = 1;
    int n2 = 1;
    long l2 = 1;
    long long ll2 = 1;
    intmax_t j2 = 1;
    size_t z2 = 1;
    ptrdiff_t t2 = 1;
    char buf[512], buf2[512];
    const char *f = "%300d%hhn|%hn|%n|%ln|%lln|%jn|%zn|%tn";
    int r1 = snprintf(buf, sizeof(buf), f, 1, &hh, &h, &n, &l, &ll, &j, &z, &t);
    int r2 = pc::format_to_buffer(buf2, sizeof(buf2), f, 1, &hh2, &h2, &n2, &l2, &ll2,
                                  &j2, &z2, &t2);
    bool ok = r1 == r2 && !strcmp(buf, buf2) && hh == hh2 && h == h2 && n == n2 &&
              l == l2 && ll == ll2 && j == j2 && z == z2 && t == t2;
    if (ok) {
      ++stats.passed;
    } else {
      ++stats.failed;
      printf("MISMATCH %%n modifiers: %d/%d hh %d/%d h %d/%d n %d/%d\n", r1, r2, hh, hh2,
             h, h2, n, n2);
    }
  }
  // Positional arguments.
  CHECK("%2$d %1$s", "x", 5);
  CHECK("%1$d %1$d %1$x", 255);
  CHECK("%3$s %1$.*2$f %4$*5$d|", 3.14159, 3, "pi", 42, -8);
  CHECK("%2$*1$d|%2$-*1$d|%3$.*1$f", 7, 42, 2.5);
  CHECK("%1$Lf %2$d %3$La", 1.5L, 7, -0.25L);
  CHECK("%1$d %d %d", 5, 6, 7); // glibc: sequential numbering of its own.
  CHECK("%d %2$d %d", 5, 6, 7);
  CHECK("%1$0*2$f|%1$0*2$e|%1$0*2$a|", 1.5, -14);
  CHECK("%1$hhd %1$hd %1$Ld %1$qd", 0x12345678);
  CHECK("%d %.*3$d|%*3$d", 1, 2, 3);
  // Malformed formats: glibc's exact behaviour.
  CHECK("abc%");
  CHECK("abc%-");
  CHECK("abc%5");
  CHECK("abc%.");
  CHECK("abc%l");
  CHECK("abc%hh");
  CHECK("abc%*", 5);
  CHECK("%d%", 1);
  CHECK("abc%y|%-5.3ly|%#'+ 0I7q|%k", 7);
  CHECK("%5-d|%d", 3, 4);
  CHECK("%*y|%d", 3, 4);
  CHECK("%0*y|%.*y|%.y|%00005y", -12, -3);
  CHECK("%y %");
  CHECK("%1$d %", 7);
  CHECK("%1$", 7);
  CHECK("%1$-", 7);
  CHECK("%1$5.2", 7);
  CHECK("%1$l", 7);
  CHECK("abc%1$d%", 1);
  CHECK("%0$d|%1$*d|%*1$d", 1, 2);
  CHECK("%5$|", 1);
  CHECK("%hf %hc %hs %hp|%", 1.5, 'c', "s", (void *)1);
  CHECK("%.-5d|%1$.-5d", 1);
  CHECK("%\x80|%\xff");
  CHECK("%5%|%-5%|%l%|%hh%|%.3%|%*%|%d", 3, 4);
  CHECK("%m|%#m|%10m|%-10m|%.3m|%hm");
  CHECK("%1$m %2$d %1$d", 5, 6);
  // Overflow.
  CHECK("%2147483648d|", 1);
  CHECK("%.2147483648d|", 1);
  CHECK("%99999999999d|", 1);
  CHECK("%*99999999999d|", 1, 2);
  CHECK("%.*99999999999d|", 1, 2);
  CHECK("%1$2147483648d|%1$.2147483648d|", 1);
  CHECK("%1$.*99999999999$d|", 1, 2);
  CHECK("%1$*99999999999d|", 1, 2);
  CHECK("abc%1$d%2147483648$d", 1);
  // Results just past INT_MAX (glibc really produces the 2^31 bytes, so
  // each of these takes it a few seconds).
  CHECK("%*d|", INT_MIN, 42);
  CHECK("%1$*2$d|", 1, INT_MIN);
  CHECK("%1073741824d%1073741824d", 1, 2);
  check_va(0, "%2147483646d%c", 1, 'x');
  // Buffer sizes around the result length.
  for (size_t size = 0; size < 12; ++size)
    check_va(size, "%s=%d", "abcd", 1234);
  check_va(1, "%c", 'x');
  check_va(0, "%ls", L"\xe9");
}

} // namespace

int main(int argc, char **argv) {
  uint64_t seed = argc > 1 ? strtoull(argv[1], nullptr, 0) : 1;
  long cases = argc > 2 ? strtol(argv[2], nullptr, 0) : 400000;

  curated();
  many_arguments();
  stream_failure();
  percent_m_default();
  uint64_t curated_passed = stats.passed, curated_failed = stats.failed;

  Rng r(seed);
  for (long i = 0; i < cases; ++i)
    random_case(r);
  for (long i = 0; i < cases / 4; ++i)
    fuzz_case(r);

  printf("seed %llu: %llu curated + %ld random + %ld malformed-format cases\n",
         (unsigned long long)seed, (unsigned long long)(curated_passed + curated_failed),
         cases, cases / 4);
  printf("%llu passed, %llu failed\n", (unsigned long long)stats.passed,
         (unsigned long long)stats.failed);
  return stats.failed ? 1 : 0;
}
