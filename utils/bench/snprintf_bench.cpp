// snprintf throughput: gpulibc's printf engine against the host glibc.
//
// Build and run (from the repository root):
//   clang++-22 -std=c++17 -O2 -I libc/src/.. utils/bench/snprintf_bench.cpp -o /tmp/snb && /tmp/snb
//
// For each format both implementations format the same 4096 argument sets
// (fixed seed) into a 128-byte buffer; the best of several rounds is
// reported in ns/call, with ratio = ours / glibc (below 1 means faster).
// The outputs are compared once up front so the timing is of equal work.

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "src/__support/printf/format.h"

namespace pc = gpulibc::printf_core;

namespace {

constexpr int kValues = 4096;
constexpr int kRounds = 15;

struct Rng {
  uint64_t s = 0x243f6a8885a308d3ull;
  uint64_t next() {
    s += 0x9e3779b97f4a7c15ull;
    uint64_t z = s;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  double unit() { return (next() >> 11) * 0x1p-53; }
};

struct Inputs {
  std::vector<int> ints;
  std::vector<double> doubles;
  std::vector<const char *> strings;
};

Inputs make_inputs() {
  Rng r;
  Inputs in;
  static const char *const words[] = {"alpha", "beta", "gamma", "delta",
                                      "epsilon", "x", "hello world", ""};
  for (int i = 0; i < kValues; ++i) {
    // Integers of every magnitude, both signs.
    int64_t v = static_cast<int64_t>(r.next());
    in.ints.push_back(static_cast<int>(v >> (r.next() % 32)));
    // Doubles: log-uniform over 1e-12 .. 1e12 with random sign, the kind of
    // values programs print.
    double d = std::pow(10.0, r.unit() * 24 - 12) * ((r.next() & 1) ? -1 : 1);
    in.doubles.push_back(d);
    in.strings.push_back(words[r.next() % 8]);
  }
  return in;
}

template <class F> double time_ns(F &&body) {
  double best = 1e30;
  for (int round = 0; round < kRounds; ++round) {
    auto t0 = std::chrono::steady_clock::now();
    body();
    auto t1 = std::chrono::steady_clock::now();
    double ns = std::chrono::duration<double, std::nano>(t1 - t0).count() / kValues;
    if (ns < best)
      best = ns;
  }
  return best;
}

// Keeps the compiler from discarding the formatted output.
volatile unsigned sink;

struct Case {
  const char *fmt;
  int (*glibc)(char *, size_t, const Inputs &, int);
  int (*ours)(char *, size_t, const Inputs &, int);
};

#define CASE(FMT, ...)                                                       \
  Case {                                                                     \
    FMT,                                                                     \
        [](char *b, size_t n, const Inputs &in, int i) {                     \
          (void)in;                                                          \
          return snprintf(b, n, FMT, __VA_ARGS__);                           \
        },                                                                   \
        [](char *b, size_t n, const Inputs &in, int i) {                     \
          (void)in;                                                          \
          return pc::format_to_buffer(b, n, FMT, __VA_ARGS__);               \
        }                                                                    \
  }

} // namespace

int main() {
  Inputs in = make_inputs();
  const Case cases[] = {
      CASE("%d %s %f", in.ints[i], in.strings[i], in.doubles[i]),
      CASE("%.17g", in.doubles[i]),
      CASE("%.6e", in.doubles[i]),
      CASE("%d", in.ints[i]),
  };

  int status = 0;
  printf("%-12s %14s %14s %8s\n", "format", "glibc ns/call", "ours ns/call",
         "ratio");
  for (const Case &c : cases) {
    char a[128], b[128];
    for (int i = 0; i < kValues; ++i) {
      int ra = c.glibc(a, sizeof(a), in, i);
      int rb = c.ours(b, sizeof(b), in, i);
      if (ra != rb || strcmp(a, b)) {
        printf("output differs for \"%s\": \"%s\" vs \"%s\"\n", c.fmt, a, b);
        status = 1;
        break;
      }
    }
    double tg = time_ns([&] {
      unsigned acc = 0;
      for (int i = 0; i < kValues; ++i)
        acc += c.glibc(a, sizeof(a), in, i) + a[0];
      sink = acc;
    });
    double to = time_ns([&] {
      unsigned acc = 0;
      for (int i = 0; i < kValues; ++i)
        acc += c.ours(b, sizeof(b), in, i) + b[0];
      sink = acc;
    });
    printf("%-12s %14.1f %14.1f %8.2f\n", c.fmt, tg, to, to / tg);
  }
  return status;
}
