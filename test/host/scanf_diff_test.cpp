// Differential test: gpulibc's scanf engine against the host glibc.
//
// Build and run (from the repository root):
// clang-format off
//   clang++-22 -std=c++17 -O2 -I libc test/host/scanf_diff_test.cpp -o /tmp/sct && /tmp/sct
// clang-format on
//   /tmp/sct [seed] [random-cases]   (defaults: seed 1, 200000 cases; the
//   SCANF_SEED environment variable also sets the seed)
//
// Every case scans one input with one format through glibc's sscanf and
// through scanf_core::scan_string and compares the return value, errno
// (preset to a sentinel), and every byte of the destinations: each argument
// points into an arena filled with a sentinel pattern, so values, string
// terminators, partial writes and writes that must not happen all show. The
// %n targets are part of that. How much input was consumed is compared too,
// although sscanf cannot show it after a failure: the input also goes
// through glibc's fscanf on an fmemopen() stream, whose ftell() must equal
// what our reader consumed. Some cases are streams with NUL bytes in them
// (which only fscanf can meet); those compare glibc's fscanf with the
// engine reading the same bytes.
//
// All scanf arguments are pointers, so every call passes the same sixteen
// pointers into the arena and the format decides what lands where; formats
// may use "%n$" positions freely.
//
// Known glibc defect: glibc 2.36's strtod family mis-rounds some results in
// the subnormal range and misses ERANGE for some inexact ones (see
// strto_diff_test.cpp, which checks our parser against exact arithmetic
// there). The generator keeps decimal and hex floats out of that range for
// the type being read; if one gets there anyway (fields split by a width),
// a one-ulp subnormal difference in a float destination is reported as a
// "glibc-2.36 subnormal defect" line, not a failure.
//
// Expects the C locale (a program that never calls setlocale) and x86-64.
// Prints mismatches and a final line "N passed, M failed"; exits non-zero on
// any mismatch.

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "src/__support/scanf/scan.h"

#if !defined(__x86_64__) || !defined(__GLIBC__)
#error "this test needs x86-64 glibc"
#endif

namespace sc = gpulibc::scanf_core;

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
  uint64_t below(uint64_t n) { return n ? next() % n : 0; }
  int range(int lo, int hi) { return lo + static_cast<int>(below(hi - lo + 1)); }
  bool chance(int percent) { return below(100) < static_cast<uint64_t>(percent); }
  char pick(const char *s) { return s[below(strlen(s))]; }
  template <class T, size_t N> const T &pick(const T (&a)[N]) { return a[below(N)]; }
};

//===----------------------------------------------------------------------===//
// Running one case.
//===----------------------------------------------------------------------===//

constexpr int kArgs = 16;
constexpr int kErrnoSentinel = 12345;
constexpr unsigned char kFill = 0xa5;

// What a destination holds, for the subnormal-defect allowance and for
// messages. kMixed: several directives of different types share it.
enum class Slot : uint8_t { kUnused, kFloat, kDouble, kLongDouble, kOther, kMixed };

struct Outcome {
  int ret;
  int err;
  long consumed;
  std::vector<unsigned char> arena;
};

struct Stats {
  uint64_t passed = 0, failed = 0, defects = 0;
  uint64_t returned[4] = {}; // glibc returned EOF, 0, 1, more
} stats;

int ours_scan(sc::StringReader &reader, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sc::ScanResult r = sc::scan(reader, fmt, ap);
  va_end(ap);
  if (r.error != sc::kErrnoUnchanged)
    errno = r.error;
  return r.count;
}

template <class F> int call_with_slots(unsigned char *arena, size_t slot, F f) {
  void *p[kArgs];
  for (int i = 0; i < kArgs; ++i)
    p[i] = arena + i * slot;
  return f(p);
}

// Largest bytes any directive can store: a wide string as long as the input.
size_t slot_size_for(const std::string &input) {
  size_t n = 4 * (input.size() + 2) + 32;
  return (n + 15) & ~size_t(15);
}

Outcome run_glibc(const std::string &input, const std::string &format) {
  size_t slot = slot_size_for(input);
  Outcome o;
  o.arena.assign(slot * kArgs, kFill);
  const char *fmt = format.c_str();
  errno = kErrnoSentinel;
  o.ret = call_with_slots(o.arena.data(), slot, [&](void **p) {
    return sscanf(input.c_str(), fmt, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
                  p[8], p[9], p[10], p[11], p[12], p[13], p[14], p[15]);
  });
  o.err = errno;
  // The same scan on a stream shows how much it consumed.
  o.consumed = 0;
  if (!input.empty()) {
    std::vector<unsigned char> scratch(slot * kArgs, kFill);
    FILE *fp = fmemopen(const_cast<char *>(input.data()), input.size(), "r");
    if (!fp) {
      perror("fmemopen");
      exit(2);
    }
    int r = call_with_slots(scratch.data(), slot, [&](void **p) {
      return fscanf(fp, fmt, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8],
                    p[9], p[10], p[11], p[12], p[13], p[14], p[15]);
    });
    o.consumed = ftell(fp);
    fclose(fp);
    if (r != o.ret || scratch != o.arena) {
      printf("note: glibc's fscanf and sscanf disagree on %s\n", fmt);
      o.consumed = -2;
    }
  }
  return o;
}

Outcome run_ours(const std::string &input, const std::string &format) {
  size_t slot = slot_size_for(input);
  Outcome o;
  o.arena.assign(slot * kArgs, kFill);
  sc::StringReader reader(input.c_str());
  errno = kErrnoSentinel;
  o.ret = call_with_slots(o.arena.data(), slot, [&](void **p) {
    return ours_scan(reader, format.c_str(), p[0], p[1], p[2], p[3], p[4], p[5], p[6],
                     p[7], p[8], p[9], p[10], p[11], p[12], p[13], p[14], p[15]);
  });
  o.err = errno;
  o.consumed = static_cast<long>(reader.consumed());
  return o;
}

// A stream's bytes, NULs included: how fscanf will feed the engine.
class ByteReader {
public:
  explicit ByteReader(const std::string &s)
      : begin_(reinterpret_cast<const unsigned char *>(s.data())), pos_(begin_),
        end_(begin_ + s.size()) {}
  int get() { return pos_ == end_ ? sc::kEof : *pos_++; }
  void unget(int) { --pos_; }
  size_t consumed() const { return static_cast<size_t>(pos_ - begin_); }
  int error() const { return 0; }

private:
  const unsigned char *begin_, *pos_, *end_;
};

int ours_scan_bytes(ByteReader &reader, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sc::ScanResult r = sc::scan(reader, fmt, ap);
  va_end(ap);
  if (r.error != sc::kErrnoUnchanged)
    errno = r.error;
  return r.count;
}

// glibc's fscanf on an fmemopen() stream of `input`, which may hold NULs.
Outcome run_glibc_stream(const std::string &input, const std::string &format) {
  size_t slot = slot_size_for(input);
  Outcome o;
  o.arena.assign(slot * kArgs, kFill);
  FILE *fp = fmemopen(const_cast<char *>(input.data()), input.size(), "r");
  if (!fp) {
    perror("fmemopen");
    exit(2);
  }
  const char *fmt = format.c_str();
  errno = kErrnoSentinel;
  o.ret = call_with_slots(o.arena.data(), slot, [&](void **p) {
    return fscanf(fp, fmt, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9],
                  p[10], p[11], p[12], p[13], p[14], p[15]);
  });
  o.err = errno;
  o.consumed = ftell(fp);
  fclose(fp);
  return o;
}

Outcome run_ours_stream(const std::string &input, const std::string &format) {
  size_t slot = slot_size_for(input);
  Outcome o;
  o.arena.assign(slot * kArgs, kFill);
  ByteReader reader(input);
  errno = kErrnoSentinel;
  o.ret = call_with_slots(o.arena.data(), slot, [&](void **p) {
    return ours_scan_bytes(reader, format.c_str(), p[0], p[1], p[2], p[3], p[4], p[5],
                           p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13], p[14],
                           p[15]);
  });
  o.err = errno;
  o.consumed = static_cast<long>(reader.consumed());
  return o;
}

std::string escape(const std::string &s, size_t limit = 160) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (out.size() > limit) {
      out += "...(" + std::to_string(s.size()) + " bytes)";
      break;
    }
    unsigned char c = s[i];
    if (c == '\\' || c == '"') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      snprintf(buf, sizeof(buf), "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

bool is_tiny(long double v, Slot t) {
  long double a = fabsl(v);
  switch (t) {
  case Slot::kFloat: return a <= FLT_MIN;
  case Slot::kDouble: return a <= DBL_MIN;
  case Slot::kLongDouble: return a <= LDBL_MIN;
  default: return false;
  }
}

// glibc 2.36's subnormal defect: a destination of a float type holding two
// tiny values one ulp apart.
bool subnormal_defect(const unsigned char *a, const unsigned char *b, Slot t) {
  long double x, y, step;
  if (t == Slot::kFloat) {
    float u, v;
    memcpy(&u, a, sizeof u);
    memcpy(&v, b, sizeof v);
    x = u, y = v, step = nextafterf(0.0f, 1.0f);
  } else if (t == Slot::kDouble) {
    double u, v;
    memcpy(&u, a, sizeof u);
    memcpy(&v, b, sizeof v);
    x = u, y = v, step = nextafter(0.0, 1.0);
  } else if (t == Slot::kLongDouble) {
    memcpy(&x, a, 10);
    memcpy(&y, b, 10);
    step = nextafterl(0.0L, 1.0L);
  } else {
    return false;
  }
  return is_tiny(x, t) && is_tiny(y, t) && fabsl(x - y) == step;
}

int failures_shown = 0;

void report(const char *what, const std::string &input, const std::string &format,
            const Outcome &g, const Outcome &o, size_t slot) {
  ++stats.failed;
  if (++failures_shown > 40)
    return;
  printf("FAIL (%s)\n  input  \"%s\"\n  format \"%s\"\n", what, escape(input).c_str(),
         escape(format).c_str());
  printf("  glibc: ret %d errno %d consumed %ld\n  ours:  ret %d errno %d consumed %ld\n",
         g.ret, g.err, g.consumed, o.ret, o.err, o.consumed);
  for (int i = 0; i < kArgs; ++i) {
    const unsigned char *a = g.arena.data() + i * slot, *b = o.arena.data() + i * slot;
    if (memcmp(a, b, slot) == 0)
      continue;
    size_t first = 0;
    while (a[first] == b[first])
      ++first;
    printf("  arg %d differs from byte %zu:\n    glibc", i, first);
    for (size_t j = 0; j < 16 && j < slot; ++j)
      printf(" %02x", a[j]);
    printf("\n    ours ");
    for (size_t j = 0; j < 16 && j < slot; ++j)
      printf(" %02x", b[j]);
    printf("\n");
  }
}

// Compares a scan of `input` by `format`; as sscanf, or with `stream` as
// fscanf of a stream holding exactly the bytes of `input` (NULs too).
void check(const std::string &input, const std::string &format,
           const std::vector<Slot> &slots = {}, bool stream = false) {
  Outcome g = stream ? run_glibc_stream(input, format) : run_glibc(input, format);
  Outcome o = stream ? run_ours_stream(input, format) : run_ours(input, format);
  ++stats.returned[g.ret < 0 ? 0 : g.ret > 2 ? 3 : g.ret + 1];
  size_t slot = slot_size_for(input);
  bool defect = false;
  if (g.arena != o.arena) {
    for (int i = 0; i < kArgs; ++i) {
      const unsigned char *a = g.arena.data() + i * slot, *b = o.arena.data() + i * slot;
      if (memcmp(a, b, slot) == 0)
        continue;
      Slot t = static_cast<size_t>(i) < slots.size() ? slots[i] : Slot::kUnused;
      if (!subnormal_defect(a, b, t) || memcmp(a + 16, b + 16, slot - 16) != 0) {
        report("stored values", input, format, g, o, slot);
        return;
      }
      defect = true;
    }
  }
  bool errno_ok = g.err == o.err || (defect && (g.err == ERANGE || o.err == ERANGE));
  if (g.ret != o.ret)
    report("return value", input, format, g, o, slot);
  else if (!errno_ok)
    report("errno", input, format, g, o, slot);
  else if (g.consumed != -2 && !input.empty() && g.consumed != o.consumed)
    report("consumed", input, format, g, o, slot);
  else if (defect) {
    ++stats.defects;
    ++stats.passed;
    printf("glibc-2.36 subnormal defect: \"%s\" \"%s\"\n", escape(input, 80).c_str(),
           escape(format).c_str());
  } else {
    ++stats.passed;
  }
}

//===----------------------------------------------------------------------===//
// Curated cases.
//===----------------------------------------------------------------------===//

struct Curated {
  const char *input;
  const char *format;
};

// Each runs as given; the results must agree with glibc in every respect.
const Curated kCurated[] = {
    // Return values: EOF only for an input failure before any assignment.
    {"", "%d"}, {"   ", "%d"}, {"", ""}, {"", " "}, {"", "%n"}, {"", "a"},
    {"", "%%"}, {"", "%c"}, {"", "%s"}, {"", "%[a]"}, {"", "%lf"}, {"", "%*d"},
    {"5", "%d%d"}, {"5", "%d %d"}, {"5 ", "%d%d"}, {"5x", "%d%d"},
    {"5", "%d%n%d"}, {"abc", "abc%d"}, {"abc", "abd%d"}, {"abc", "abc%n"},
    {"1 2 3", "%d %d %d"}, {"1 2 3", "%d %*d %d"}, {"1 2 3", "%*d%*d%*d"},
    {"x", "%d"}, {"-", "%d"}, {"+", "%d"}, {"- 5", "%d"}, {"-x", "%d"},
    {"12", "%d%n"}, {"123", "%d%n%n%d"}, {"  42", "%n%d%n"}, {"42  ", "%d %n"},
    {"42  ", "%d%n "}, {"a b", "a %n b"}, {"a   b", "a%nb"}, {"ab", "a b"},
    {"a\t\n\v\f\rb", "a b%n"}, {"%", "%%"}, {"  %", "%%%n"}, {"  %", " %%%n"},
    {"x", "%%"}, {"%5", "%%%d"}, {"5", "%5%"}, {"5", "%*%"},
    // Integers, bases, prefixes, widths.
    {"12345", "%3d%n%d"}, {"-12345", "%3d%d"}, {"+1", "%1d"}, {"-1", "%1d%n"},
    {"0x1f", "%x%n"}, {"0X1F", "%X%n"}, {"0x1f", "%i%n"}, {"0x", "%x%n"},
    {"0xg", "%x%n"}, {"0xg", "%i%n"}, {"0x", "%2x%n"}, {"0x1", "%2x%n%x"},
    {"0x1", "%3i%n"}, {"0x1", "%1x%n"}, {"010", "%i%n"}, {"08", "%i%n%d"},
    {"0", "%i%n"}, {"-0x10", "%i%n"}, {"+0x10", "%x%n"}, {"-010", "%o%n"},
    {"0x12", "%o%n"}, {"0x12", "%d%n"}, {"0x12", "%u%n"}, {"1234567", "%2o%n"},
    {"ff", "%x"}, {"FFg", "%x%n"}, {"0b101", "%i%n"}, {"101", "%b"},
    {"789", "%o%n"}, {"99", "%o%n"}, {"00000000000000000000000000000000000000012", "%d%n"},
    {"2147483647", "%d"}, {"2147483648", "%d"}, {"-2147483648", "%d"},
    {"-2147483649", "%d"}, {"4294967295", "%u"}, {"4294967296", "%u"},
    {"-1", "%u"}, {"-4294967295", "%u"}, {"9223372036854775807", "%ld"},
    {"9223372036854775808", "%ld"}, {"-9223372036854775808", "%lld"},
    {"-9223372036854775809", "%lld"}, {"18446744073709551615", "%lu"},
    {"18446744073709551616", "%lu"}, {"-18446744073709551615", "%lu"},
    {"-18446744073709551616", "%llu"}, {"99999999999999999999", "%d"},
    {"99999999999999999999", "%hhd"}, {"255", "%hhu"}, {"256", "%hhu"},
    {"-129", "%hhd"}, {"65536", "%hd"}, {"65535", "%hu"}, {"-32769", "%hd"},
    {"123", "%jd"}, {"123", "%zd"}, {"123", "%td"}, {"123", "%qd"}, {"123", "%Ld"},
    {"123", "%lld"}, {"-5", "%zu"}, {"12", "%md"}, {"12", "%'d"}, {"12", "%Id"},
    {"1,234", "%'d%n"}, {"12", "%I'd"}, {"12", "%*'Id"},
    {"99999999999999999999 5", "%d%n %d"}, {"99999999999999999999", "%d%n %d"},
    {"99999999999999999999 x", "%d %d"}, {"99999999999999999999", "%d"},
    {"99999999999999999999", "%d "}, {"1e999", "%lf %d"}, {"1e999", "%lf%d"},
    // Pointers.
    {"0x1234", "%p%n"}, {"1234", "%p%n"}, {"(nil)", "%p%n"}, {"(NIL)", "%p%n"},
    {"(nil)", "%4p%n"}, {"(nil)", "%5p%n"}, {"(ni", "%p%n"}, {"(nix", "%p%n"},
    {"-(nil)", "%p"}, {"-0x10", "%p%n"}, {"0x", "%p%n"}, {"(", "%p"},
    {"ffffffffffffffffff", "%p"}, {"12", "%hhp%n"}, {"12", "%hp"}, {"12", "%Lp"},
    // Floats.
    {"1e+x", "%lf%n"}, {"1e", "%lf%n"}, {"1e-", "%lf%n"}, {"1.", "%lf%n"},
    {".5", "%lf%n"}, {".", "%lf%n"}, {"-.", "%lf%n"}, {"-", "%lf%n"}, {"+", "%f"},
    {"- 1", "%lf"}, {".e5", "%lf"}, {"e5", "%lf"}, {"1.2.3", "%lf%n%lf"},
    {"1e5e5", "%lf%n"}, {"1e5.5", "%lf%n"}, {"123456", "%3lf%n%lf"},
    {"1.5e10", "%4f%n"}, {"1.5e10", "%5f%n"}, {"1.5e+10", "%5f%n%f"},
    {"-1.5", "%1lf%n"}, {"-1.5", "%2lf%n"}, {"0x1p3", "%3lf%n"},
    {"0x1p3", "%2lf%n"}, {"0x1p3", "%1lf%n"}, {"0x", "%lf%n"}, {"0x.", "%lf%n"},
    {"0x.p1", "%lf%n"}, {"0xp1", "%lf%n"}, {"0x.8", "%lf%n"}, {"-0x", "%lf%n"},
    {"-0x.", "%lf%n"}, {"0x1.8p1", "%lf%n"}, {"0X1.8P-1", "%la%n"},
    {"0x1e+5", "%lf%n"}, {"0x1p+", "%lf%n"}, {"0x1pp", "%lf%n"},
    {"0x1.fffffffffffff8p1023", "%lf"}, {"0x1.fffffffffffffp1023", "%lf"},
    {"0x1p1024", "%lf"}, {"0x1p-1074", "%lf"}, {"0x1p-1075", "%lf"},
    {"0x1p-1076", "%lf"}, {"0x1p-126", "%f"}, {"0x1p-150", "%f"},
    {"0x1p-149", "%f"}, {"0x1p16384", "%Lf"}, {"0x1p-16446", "%Lf"},
    {"inf", "%lf%n"}, {"INF", "%lf%n"}, {"infinity", "%lf%n"},
    {"INFINITY", "%Lf%n"}, {"infin", "%lf%n"}, {"infinityx", "%lf%n"},
    {"infx", "%lf%n"}, {"-inf", "%f%n"}, {"+Infinity", "%e%n"}, {"in", "%lf"},
    {"i", "%lf"}, {"nan", "%lf%n"}, {"-nan", "%lf%n"}, {"NaN", "%Lf%n"},
    {"nan(123)", "%lf%n"}, {"na", "%lf%n"}, {"nax", "%lf%n"}, {"n", "%lf"},
    {"infinity", "%5lf%n"}, {"infinity", "%3lf%n%s"}, {"infinity", "%4lf%n%s"},
    {"infinity", "%8lf%n"}, {"-infinity", "%9lf%n"}, {"-inf", "%2lf%n"},
    {"nan", "%2lf%n"}, {"-nan", "%3lf%n"}, {"1e400", "%lf%n"},
    {"1e-400", "%lf%n"}, {"1e39", "%f"}, {"1e-50", "%f"}, {"1e5000", "%Lf"},
    {"1e-5000", "%Lf"}, {"3.4028235e38", "%f"}, {"3.4028236e38", "%f"},
    {"1.7976931348623157e308", "%lf"}, {"1.7976931348623159e308", "%lf"},
    {"1.5", "%hf"}, {"1.5", "%hhf"}, {"1.5", "%zf"}, {"1.5", "%jf"},
    {"1.5", "%llf"}, {"1.5", "%qf"}, {"1.5", "%If%n"}, {"1.5", "%'f%n"},
    {"1.5", "%mf"}, {"1.5", "%E"}, {"1.5", "%F"}, {"1.5", "%G"}, {"1.5", "%A"},
    {"1.5", "%g"}, {"1.5", "%a"}, {"1.5", "%e"},
    {"0.000000000000000000000000000000000000000000000000000000000000000000000001e70", "%lf"},
    {"100000000000000000000000000000000000000000000000000000000000000000000e-60", "%lf"},
    // Characters, strings, sets.
    {"abc", "%5c%n"}, {"abc", "%c%n"}, {" abc", "%c%n"}, {" abc", " %c%n"},
    {"abc", "%2c%c%n"}, {"abc", "%*2c%c%n"}, {"a", "%0c%n"}, {"a", "%lc%n"},
    {"ab", "%3lc%n"}, {"a\x80z", "%lc%lc%n"}, {"\x80z", "%lc%n"}, {"\x80z", "%*lc%n"},
    {"a\x80z", "%ls%n"}, {"a\x80z", "%*ls%n"}, {"a\x80z", "%l[^ ]%n"},
    {"a\x80z", "%*l[^ ]%n"}, {"a\x80z", "%2l[^ ]%n"}, {"a\x80z", "%C%n"},
    {"a\x80z", "%S%n"}, {"hello world", "%s%n%s"}, {"hello world", "%3s%n%s"},
    {"  hello", "%s%n"}, {"hello", "%0s%n"}, {"\xff\xfe x", "%s%n"},
    {"hello world", "%ls%n%3ls"}, {"hello", "%Ls"}, {"hello", "%lls"},
    {"hello", "%hs"}, {"hello", "%*ms%n"}, {"hello", "%*mc%n"}, {"hello", "%*m[a-z]%n"},
    {"hello", "%as"},
    {"abc]def", "%[^]]%n"}, {"]]]x", "%[]]%n"}, {"--x", "%[-]%n"},
    {"a-b", "%[a-]%n"}, {"a-b", "%[-a]%n"}, {"zyx-a", "%[z-a]%n"},
    {"abcxyz", "%[a-c]%n"}, {"abc", "%[a-a]%n"}, {"]-^", "%[]-^]%n"},
    {"^^a", "%[^^]%n"}, {"^^a", "%[\\^]%n"}, {"abc", "%[^a]%n"}, {"abc", "%[abc"},
    {"abc", "%["}, {"abc", "%[]"}, {"abc", "%[^"}, {"abc", "%[^]"},
    {"  abc", "%[a-z]%n"}, {"  abc", " %[a-z]%n"}, {"abc", "%2[a-z]%n%s"},
    {"xyz", "%[a-c]%n"}, {"", "%[a-c]%n"}, {"a-c", "%[--/a]%n"},
    {"\x80\xff\x7f", "%[\x80-\xff]%n"}, {"\x80\xff", "%[^\x01-\x7f]%n"},
    {"abc", "%*[a-z]%n"}, {"abc", "%l[a-z]%n"}, {"abc", "%L[a-z]%n"},
    {"abc", "%h[a-z]%n"},
    // Positional arguments.
    {"5 6", "%2$d %1$d"}, {"5 6 7", "%2$d %d %d"}, {"5 6", "%1$d %1$d"},
    {"5 6", "%0$d %d"}, {"5", "%3$n%2$d%1$n"}, {"5 6", "%2$*d %1$d"},
    {"5", "%99999999999d%n"}, {"123", "%99999999999c%n"},
    // Format oddities.
    {"5", "%"}, {"5", "%5"}, {"5", "%l"}, {"5", "%hh"}, {"5", "%*"}, {"5", "%3$"},
    {"5", "%y"}, {"5", "%k%d"}, {"5", "%w32d"}, {"5", "%5*d"}, {"5", "%*5d%n"},
    {"  5", "%y"}, {"  5", "%y%n"}, {"\xe9z", "\xe9z%n"}, {"\xe9z", "\xe9y%n"},
    {"x", "\xe9"}, {"", "\xe9"}, {"5", "%hld"}, {"5", "%lhd"},
};

// Streams may hold NUL bytes, which sscanf never sees.
struct CuratedStream {
  std::string input;
  const char *format;
};
const CuratedStream kCuratedStreams[] = {
    {std::string("a\0b c", 5), "%3lc%n"}, {std::string("a\0b c", 5), "%ls%n"},
    {std::string("a\0b c", 5), "%s%n"},   {std::string("a\0b c", 5), "%l[^ ]%n"},
    {std::string("\0", 1), "%c%n"},       {std::string("\0", 1), "%lc%n"},
    {std::string("\0", 1), "%*lc%n"},     {std::string("1\0", 2), "%d%n%c"},
    {std::string(" \0 5", 4), "%d"},      {std::string("\0", 1), "%[^a]%n"},
    {std::string("x\0y", 3), "x%cy%n"},   {std::string("1.5\0e3", 6), "%lf%n"},
};

void curated() {
  for (const Curated &c : kCurated)
    check(c.input, c.format);
  for (const CuratedStream &c : kCuratedStreams)
    check(c.input, c.format, {}, true);
}

//===----------------------------------------------------------------------===//
// Random cases.
//===----------------------------------------------------------------------===//

struct Piece {
  std::string format;
  std::string input;
  Slot type = Slot::kUnused; // of the argument it stores, if any
  bool stores = false;       // takes an argument
};

const char *const kSpaces[] = {"", "", "", " ", "  ", "\t", "\n", " \t\n\v\f\r"};

std::string digits(Rng &r, int n, const char *alphabet = "0123456789") {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += r.pick(alphabet);
  return s;
}

std::string to_base(unsigned __int128 v, int base, bool upper) {
  const char *d = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string s;
  do {
    s.insert(s.begin(), d[static_cast<int>(v % base)]);
    v /= base;
  } while (v);
  return s;
}

std::string integer_text(Rng &r, char conv) {
  std::string s;
  int k = r.range(0, 99);
  if (k < 8) {
    const char *const weird[] = {"0x", "0X", "0xg", "0x-1", "08", "09", "-",  "+",
                                 "x",  "(nil)", "(NIL)", "(nix", "(ni", "- 1", "+-1",
                                 "0x(nil)", "00x1", "0b1", "1e5", "0x 1"};
    return r.pick(weird);
  }
  if (r.chance(20))
    s += r.chance(70) ? '-' : '+';
  int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
  bool prefix = false;
  if (conv == 'i') {
    int b = r.range(0, 2);
    base = b == 0 ? 10 : b == 1 ? 16 : 8;
    prefix = base != 10;
  } else if (base == 16) {
    prefix = r.chance(40);
  }
  if (prefix)
    s += base == 16 ? (r.chance(50) ? "0x" : "0X") : "0";
  if (k < 50) {
    // Near the limits of every destination type.
    static const unsigned __int128 kEdges[] = {
        0, 1, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2147483647u,
        2147483648u, 4294967295u, 4294967296u, 9223372036854775807u,
        9223372036854775808u, 18446744073709551615u,
        static_cast<unsigned __int128>(18446744073709551615u) + 1,
        static_cast<unsigned __int128>(10000000000000000000u) * 10};
    unsigned __int128 v = r.pick(kEdges);
    v += r.range(-2, 2);
    if (r.chance(5))
      v = r.next();
    if (r.chance(30))
      s += std::string(r.range(1, 5), '0');
    s += to_base(v, base, r.chance(50));
  } else {
    int n = r.chance(5) ? r.range(20, 90) : r.range(1, 12);
    const char *alphabet = base == 16 ? "0123456789abcdefABCDEF" : base == 8 ? "01234567" : "0123456789";
    s += digits(r, n, alphabet);
  }
  if (r.chance(15))
    s += r.pick("89aAfgxX.-+ ");
  return s;
}

// Whether a value of about 10^e10 (decimal) lies where glibc 2.36's strtod
// may be wrong for type t: the subnormal range and a margin around it.
bool near_subnormal(int64_t e10, Slot t) {
  int lo = t == Slot::kFloat ? -48 : t == Slot::kDouble ? -327 : -4953;
  int hi = t == Slot::kFloat ? -36 : t == Slot::kDouble ? -306 : -4930;
  return e10 >= lo && e10 <= hi;
}

int max_exponent10(Slot t) {
  return t == Slot::kFloat ? 40 : t == Slot::kDouble ? 310 : 4935;
}

std::string decimal_text(Rng &r, Slot t) {
  for (;;) {
    std::string s;
    int int_digits = r.chance(20) ? 0 : r.range(1, r.chance(10) ? 40 : 8);
    int frac_digits = r.chance(40) ? 0 : r.range(0, r.chance(10) ? 40 : 8);
    bool dot = frac_digits > 0 || r.chance(30);
    if (int_digits == 0 && frac_digits == 0)
      int_digits = 1;
    int lead_zeros = r.chance(15) ? r.range(1, 30) : 0;
    std::string ip = digits(r, int_digits);
    std::string fp = digits(r, frac_digits);
    if (lead_zeros) {
      if (dot && r.chance(60))
        fp = std::string(lead_zeros, '0') + fp;
      else
        ip = std::string(lead_zeros, '0') + ip;
    }
    s = ip;
    if (dot)
      s += '.' + fp;
    int64_t e = 0;
    bool has_exp = r.chance(50);
    std::string exp;
    if (has_exp) {
      int m = max_exponent10(t);
      e = r.chance(40) ? r.range(-m - 10, m + 10) : r.range(-30, 30);
      if (r.chance(3))
        e = r.chance(50) ? 99999999 : -99999999;
      exp = std::string(1, r.pick("eE"));
      if (e < 0 || r.chance(20))
        exp += e < 0 ? '-' : '+';
      if (r.chance(10))
        exp += "000";
      exp += std::to_string(e < 0 ? -e : e);
      s += exp;
    }
    // Estimate the magnitude: the first non-zero digit's position.
    size_t nz = s.find_first_not_of("0.");
    if (nz == std::string::npos || !isdigit(static_cast<unsigned char>(s[nz])))
      return s; // Zero.
    size_t dotpos = s.find('.');
    size_t int_end = dotpos != std::string::npos ? dotpos : s.find_first_of("eE");
    if (int_end == std::string::npos)
      int_end = s.size();
    int64_t mag = nz < int_end ? static_cast<int64_t>(int_end - nz) - 1
                               : -static_cast<int64_t>(nz - int_end);
    if (!near_subnormal(mag + e, t) && !near_subnormal(mag + e + 1, t) &&
        !near_subnormal(mag + e - 1, t))
      return s;
  }
}

std::string hex_text(Rng &r, Slot t) {
  for (;;) {
    std::string s = r.chance(50) ? "0x" : "0X";
    int int_digits = r.chance(20) ? 0 : r.range(1, r.chance(10) ? 40 : 6);
    int frac_digits = r.chance(40) ? 0 : r.range(0, r.chance(10) ? 40 : 16);
    bool dot = frac_digits > 0 || r.chance(20);
    if (int_digits == 0 && frac_digits == 0 && r.chance(80))
      int_digits = 1;
    std::string ip = digits(r, int_digits, "0123456789abcdefABCDEF");
    std::string fp = digits(r, frac_digits, "0123456789abcdefABCDEF");
    s += ip;
    if (dot)
      s += '.' + fp;
    int64_t e = 0;
    if (r.chance(60)) {
      int m = t == Slot::kFloat ? 140 : t == Slot::kDouble ? 1090 : 16460;
      e = r.chance(50) ? r.range(-m, m) : r.range(-20, 20);
      s += r.pick("pP");
      if (e < 0 || r.chance(20))
        s += e < 0 ? '-' : '+';
      s += std::to_string(e < 0 ? -e : e);
    }
    // Magnitude in bits, from the first non-zero hex digit.
    size_t nz = s.find_first_not_of("0.", 2);
    if (nz == std::string::npos || !isxdigit(static_cast<unsigned char>(s[nz])) ||
        (int_digits == 0 && frac_digits == 0))
      return s;
    size_t int_end = 2 + ip.size();
    int64_t mag = nz < int_end ? 4 * (static_cast<int64_t>(int_end - nz) - 1)
                               : -4 * static_cast<int64_t>(nz - int_end);
    int64_t e2 = mag + e;
    int lo = t == Slot::kFloat ? -160 : t == Slot::kDouble ? -1090 : -16460;
    int hi = t == Slot::kFloat ? -120 : t == Slot::kDouble ? -1015 : -16375;
    if (e2 < lo - 8 || e2 > hi + 8)
      return s;
  }
}

// A long mantissa around the midpoint between two adjacent values of a
// (normal) type, written out exactly: tests the sticky digit of the compact
// copy and correct rounding through it.
std::string midpoint_text(Rng &r, Slot t) {
  char buf[1400];
  if (t == Slot::kFloat) {
    float x = ldexpf(1.0f + static_cast<float>(r.below(1 << 23)) / (1 << 23), r.range(-120, 120));
    double mid = (static_cast<double>(x) + static_cast<double>(nextafterf(x, INFINITY))) / 2;
    snprintf(buf, sizeof(buf), "%.*e", r.range(30, 200), mid);
  } else {
    double x = ldexp(1.0 + static_cast<double>(r.below(uint64_t(1) << 52)) / 4503599627370496.0,
                     r.range(-1000, 1000));
    long double mid = (static_cast<long double>(x) + nextafter(x, INFINITY)) / 2;
    snprintf(buf, sizeof(buf), "%.*Le", r.range(40, 800), mid);
  }
  std::string s = buf;
  size_t e = s.find('e');
  std::string mant = s.substr(0, e), exp = s.substr(e);
  switch (r.range(0, 3)) {
  case 0: break;                                        // exact, or the long tail of it
  case 1: mant += std::string(r.range(0, 900), '0') + "1"; break; // just above
  case 2: mant += std::string(r.range(0, 900), '0'); break;       // exact with zeros
  case 3: {                                                      // just below
    size_t i = mant.find_last_not_of('0');
    if (isdigit(static_cast<unsigned char>(mant[i])) && mant[i] != '0') {
      mant[i] -= 1;
      mant += std::string(r.range(0, 30), '9');
    }
    break;
  }
  }
  return mant + exp;
}

std::string long_mantissa_text(Rng &r, Slot t) {
  int n = r.chance(3) && t == Slot::kLongDouble ? r.range(11500, 11700) : r.range(100, 2500);
  std::string s;
  switch (r.range(0, 3)) {
  case 0: s = digits(r, n); break;
  case 1: s = "1" + std::string(n, '0') + (r.chance(50) ? "1" : ""); break;
  case 2: s = "0." + std::string(n, '0') + digits(r, r.range(1, 30)); break;
  case 3: s = digits(r, r.range(1, 20)) + "." + digits(r, n); break;
  }
  if (r.chance(50)) {
    int64_t adjust = s.find('.') == std::string::npos ? -static_cast<int64_t>(s.size()) : 0;
    int64_t e = adjust + r.range(-max_exponent10(t) - 5, max_exponent10(t) + 5);
    if (s[0] == '0')
      e = r.range(n - 10, n + max_exponent10(t));
    s += "e" + std::to_string(e);
  }
  return s;
}

std::string float_text(Rng &r, Slot t) {
  std::string sign;
  if (r.chance(20))
    sign = r.chance(70) ? "-" : "+";
  int k = r.range(0, 99);
  if (k < 45)
    return sign + decimal_text(r, t);
  if (k < 62)
    return sign + hex_text(r, t);
  if (k < 72) {
    const char *const words[] = {"inf", "INF", "Inf", "infinity", "INFINITY", "InFiNiTy",
                                 "infin", "infinit", "infinityx", "infx", "in", "i",
                                 "nan", "NAN", "nAn", "nan(123)", "nan()", "nan(", "na",
                                 "n", "nax", "inf5", "nan5"};
    return sign + r.pick(words);
  }
  if (k < 80) {
    const char *const weird[] = {".", "-.", "1e", "1e+", "1e-x", "0x", "0x.", "0x.p1",
                                 "0xp1", ".e5", "e5", "1.2.3", "1e5e5", "0x1p", "0x1p-",
                                 "0x1.8p+x", ".5", "5.", "0e", "0.e1", "0x0p0", "00x1",
                                 "0x1e+1", "1ee1", "1e+-1", "+-1", "--1", "1.e", "0X.8P1"};
    return sign + r.pick(weird);
  }
  if (k < 90) {
    std::string s = midpoint_text(r, t);
    // Midpoints of floats are fine for float, of doubles for double and
    // long double; they are never subnormal.
    return sign + s;
  }
  // Long mantissas, checked against the subnormal band once written.
  for (;;) {
    std::string s = long_mantissa_text(r, t);
    long double v = strtold(s.c_str(), nullptr);
    long double a = fabsl(v);
    bool tiny = t == Slot::kFloat ? (a < 1e-36L && a > 1e-48L)
                : t == Slot::kDouble ? (a < 1e-305L && a > 1e-328L)
                                     : (a < 1e-4929L && a > 0);
    if (!tiny)
      return sign + s;
  }
}

std::string random_chars(Rng &r, int n, const char *alphabet) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += r.chance(3) ? static_cast<char>(r.range(0x80, 0xff)) : r.pick(alphabet);
  return s;
}

// A scanset body (after "%[") and a matching alphabet for its input.
std::string scanset(Rng &r) {
  const char *alphabet = "abcdef012-]^ ";
  std::string s;
  if (r.chance(30))
    s += '^';
  if (r.chance(10))
    s += ']';
  else if (r.chance(10))
    s += '-';
  int n = r.range(1, 5);
  for (int i = 0; i < n; ++i) {
    if (r.chance(25)) {
      char a = r.pick(alphabet), b = r.pick(alphabet);
      if (r.chance(80) && a > b)
        std::swap(a, b);
      if (a == ']' || b == ']')
        continue;
      s += a;
      s += '-';
      s += b;
    } else if (r.chance(3)) {
      s += static_cast<char>(r.range(0x80, 0xff));
    } else {
      char c = r.pick(alphabet);
      if (c != ']')
        s += c;
    }
  }
  if (r.chance(10))
    s += '-';
  if (!r.chance(2))
    s += ']';
  return s;
}

std::string width(Rng &r, int percent, int max) {
  if (!r.chance(percent))
    return "";
  if (r.chance(3))
    return "0";
  return std::to_string(r.range(1, max));
}

Piece random_piece(Rng &r) {
  Piece p;
  std::string flags = r.chance(18) ? "*" : "";
  if (r.chance(3))
    flags += r.pick("'I");
  bool suppress = !flags.empty() && flags[0] == '*';
  int k = r.range(0, 99);
  if (k < 24) { // integers
    char conv = r.pick("ddiiuoxXp");
    const char *const mods[] = {"", "", "", "", "hh", "h", "l", "ll", "L", "q", "j", "z", "t"};
    std::string mod = r.pick(mods);
    if (conv == 'p' && !r.chance(10))
      mod = "";
    p.format = "%" + flags + width(r, 25, 25) + mod + conv;
    p.input = integer_text(r, conv);
    p.type = Slot::kOther;
  } else if (k < 50) { // floats
    char conv = r.pick("eEfFgGaA");
    const char *const mods[] = {"", "", "l", "l", "l", "L", "L", "ll", "q", "h", "z"};
    std::string mod = r.pick(mods);
    Slot t = (mod == "L" || mod == "ll" || mod == "q") ? Slot::kLongDouble
             : (mod == "l" || mod == "z")              ? Slot::kDouble
                                                       : Slot::kFloat;
    p.format = "%" + flags + width(r, 20, 30) + mod + conv;
    p.input = float_text(r, t);
    p.type = t;
  } else if (k < 57) { // %c
    bool wide = r.chance(25);
    p.format = "%" + flags + width(r, 50, 8) + (wide ? (r.chance(80) ? "l" : "L") : "") + "c";
    if (wide && r.chance(10))
      p.format = "%" + flags + width(r, 50, 8) + "C";
    p.input = random_chars(r, r.range(0, 8), "abcxyz \t\n019");
    p.type = Slot::kOther;
  } else if (k < 66) { // %s
    bool wide = r.chance(25);
    p.format = "%" + flags + width(r, 40, 12) + (wide ? "l" : "") + "s";
    if (wide && r.chance(10))
      p.format = "%" + flags + width(r, 40, 12) + "S";
    p.input = random_chars(r, r.range(0, 14), "abcdefghij0123456789-_.");
    if (r.chance(50))
      p.input += r.pick(" \t\n");
    p.type = Slot::kOther;
  } else if (k < 75) { // %[
    bool wide = r.chance(20);
    p.format = "%" + flags + width(r, 30, 10) + (wide ? "l" : "") + "[" + scanset(r);
    p.input = random_chars(r, r.range(0, 10), "abcdef012-]^ xyz");
    p.type = Slot::kOther;
  } else if (k < 83) { // %n
    const char *const mods[] = {"", "", "", "hh", "h", "l", "ll", "j", "z", "t", "L"};
    p.format = std::string("%") + (r.chance(5) ? "*" : "") + r.pick(mods) + "n";
    suppress = p.format[1] == '*';
    p.type = Slot::kOther;
  } else if (k < 86) { // %%
    const char *const forms[] = {"%%", "%%", "%*%", "%5%", "%l%"};
    p.format = r.pick(forms);
    p.input = r.chance(90) ? "%" : "x";
    suppress = true;
  } else if (k < 95) { // literal text and white space
    if (r.chance(40)) {
      p.format = r.pick(kSpaces);
      if (p.format.empty())
        p.format = " ";
      p.input = r.pick(kSpaces);
    } else {
      p.format = random_chars(r, r.range(1, 3), "abc:;,.-=xyz");
      size_t pct = p.format.find('%');
      if (pct != std::string::npos)
        p.format.erase(pct);
      p.input = p.format;
    }
    suppress = true;
  } else { // unknown or odd conversions
    const char *const odd[] = {"%y", "%b", "%B", "%k", "%w32d", "%md", "%*ms", "%5*d",
                               "%hld", "%I5d", "%C", "%S", "%*mlc", "%0$d", "%*md"};
    p.format = r.pick(odd);
    p.input = r.chance(50) ? "5" : "abc";
    bool assigns = p.format == "%md" || p.format == "%C" || p.format == "%S" ||
                   p.format == "%0$d";
    suppress = !assigns;
    p.type = Slot::kOther;
  }
  p.stores = !suppress;
  // Input mutations: the field is cut short, changed or followed by junk.
  if (!p.input.empty() && r.chance(8))
    p.input.resize(r.below(p.input.size()));
  if (!p.input.empty() && r.chance(4))
    p.input[r.below(p.input.size())] = r.pick("x.-+e0 9(");
  if (r.chance(6))
    p.input += r.pick("x.-+e0 9()");
  return p;
}

void random_case(Rng &r) {
  int n = r.range(1, 6);
  std::vector<Piece> pieces;
  for (int i = 0; i < n; ++i)
    pieces.push_back(random_piece(r));
  // Positions: none, all directives, or a mix.
  int mode = r.range(0, 99) < 85 ? 0 : r.chance(60) ? 1 : 2;
  std::string format, input;
  std::vector<Slot> slots(kArgs, Slot::kUnused);
  int sequential = 0;
  for (Piece &p : pieces) {
    if (!p.input.empty() || r.chance(30))
      input += r.pick(kSpaces);
    input += p.input;
    int index = -1;
    if (p.format[0] == '%' && p.format.size() > 1 && p.format[1] != '%' &&
        (mode == 1 || (mode == 2 && r.chance(50)))) {
      int pos = r.chance(80) ? sequential + 1 : r.range(1, kArgs);
      p.format.insert(1, std::to_string(pos) + "$");
      if (p.stores)
        index = pos - 1;
    } else if (p.stores) {
      index = sequential++;
    }
    if (index >= 0 && index < kArgs)
      slots[index] = slots[index] == Slot::kUnused || slots[index] == p.type ? p.type : Slot::kMixed;
    format += p.format;
  }
  if (sequential > kArgs)
    return;
  if (r.chance(5))
    input += random_chars(r, r.range(1, 5), "abc 123");
  if (r.chance(3)) {
    const char *const tails[] = {"%", "%5", "%l", "%*", "%3$", "%["};
    format += r.pick(tails);
  }
  if (!input.empty() && r.chance(4)) {
    // A stream with NUL bytes in it.
    for (int i = r.range(1, 3); i > 0; --i)
      input[r.below(input.size())] = '\0';
    check(input, format, slots, true);
    return;
  }
  check(input, format, slots);
}

} // namespace

int main(int argc, char **argv) {
  uint64_t seed = 1;
  if (const char *env = getenv("SCANF_SEED"))
    seed = strtoull(env, nullptr, 0);
  if (argc > 1)
    seed = strtoull(argv[1], nullptr, 0);
  long cases = argc > 2 ? strtol(argv[2], nullptr, 0) : 200000;

  curated();
  uint64_t curated_count = stats.passed + stats.failed;

  Rng r(seed);
  for (long i = 0; i < cases; ++i)
    random_case(r);

  printf("seed %llu: %llu curated + %ld random cases, %llu glibc-2.36 subnormal defects\n",
         static_cast<unsigned long long>(seed), static_cast<unsigned long long>(curated_count),
         cases, static_cast<unsigned long long>(stats.defects));
  printf("glibc returned EOF %llu, 0 %llu, 1 %llu, more %llu times\n",
         static_cast<unsigned long long>(stats.returned[0]),
         static_cast<unsigned long long>(stats.returned[1]),
         static_cast<unsigned long long>(stats.returned[2]),
         static_cast<unsigned long long>(stats.returned[3]));
  printf("%llu passed, %llu failed\n", static_cast<unsigned long long>(stats.passed),
         static_cast<unsigned long long>(stats.failed));
  return stats.failed ? 1 : 0;
}
