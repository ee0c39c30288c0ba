// Host benchmark: gpulibc's parse_float<double> against glibc's strtod.
//
// Build and run (from the repository root):
// clang-format off
//   clang++-22 -std=c++17 -O2 -I libc utils/bench/strtod_bench.cpp -o /tmp/sb && /tmp/sb
// clang-format on
//
// For each data set both parsers run over the same strings, alternately and
// several times; the best run of each is reported as ns/call together with
// the ratio ours/glibc (the goal is <= 0.6). Both sides produce the value,
// the end position and the error status.

#include "src/__support/str_to_float.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace gi = gpulibc::internal;

static double now_ns() {
  return std::chrono::duration<double, std::nano>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

static volatile uint64_t g_sink;

static double time_glibc(const std::vector<std::string> &v, int reps) {
  double t0 = now_ns();
  uint64_t acc = 0;
  for (int r = 0; r < reps; ++r)
    for (const std::string &s : v) {
      char *end;
      double d = strtod(s.c_str(), &end);
      uint64_t b;
      memcpy(&b, &d, 8);
      acc += b + static_cast<uint64_t>(end - s.c_str());
    }
  g_sink = acc;
  return (now_ns() - t0) / (double(reps) * v.size());
}

static double time_ours(const std::vector<std::string> &v, int reps) {
  double t0 = now_ns();
  uint64_t acc = 0;
  for (int r = 0; r < reps; ++r)
    for (const std::string &s : v) {
      gi::ParseResult<double> p = gi::parse_float<double>(s.c_str());
      uint64_t b;
      memcpy(&b, &p.value, 8);
      acc += b + p.consumed + static_cast<uint64_t>(p.error);
    }
  g_sink = acc;
  return (now_ns() - t0) / (double(reps) * v.size());
}

static void run(const char *name, const std::vector<std::string> &v) {
  // Sanity: both must agree on every string before timing means anything.
  for (const std::string &s : v) {
    char *end;
    double g = strtod(s.c_str(), &end);
    gi::ParseResult<double> p = gi::parse_float<double>(s.c_str());
    if (memcmp(&g, &p.value, 8) != 0 ||
        p.consumed != static_cast<size_t>(end - s.c_str())) {
      printf("DISAGREEMENT on \"%s\"\n", s.c_str());
      exit(1);
    }
  }
  const int reps = static_cast<int>(2000000 / v.size()) + 1;
  double best_g = 1e300, best_o = 1e300;
  for (int round = 0; round < 7; ++round) {
    double g = time_glibc(v, reps);
    double o = time_ours(v, reps);
    best_g = g < best_g ? g : best_g;
    best_o = o < best_o ? o : best_o;
  }
  printf("%-28s glibc %7.1f ns/call   ours %7.1f ns/call   ours/glibc %.2f\n",
         name, best_g, best_o, best_o / best_g);
}

int main() {
  std::mt19937_64 rng(12345);
  auto random_double = [&](bool full_range) {
    for (;;) {
      double d;
      if (full_range) {
        uint64_t b = rng();
        memcpy(&d, &b, 8);
      } else {
        d = std::ldexp(static_cast<double>(rng() >> 11),
                       static_cast<int>(rng() % 120) - 60 - 53);
      }
      if (std::isfinite(d))
        return d;
    }
  };
  char buf[128];
  const int n = 4096;

  run("\"3.14159\"", std::vector<std::string>(n, "3.14159"));
  run("\"1e10\"", std::vector<std::string>(n, "1e10"));

  std::vector<std::string> v;
  for (int i = 0; i < n; ++i) {
    snprintf(buf, sizeof buf, "%.6g", random_double(false));
    v.push_back(buf);
  }
  run("random %.6g", v);

  v.clear();
  for (int i = 0; i < n; ++i) {
    snprintf(buf, sizeof buf, "%.17g", random_double(false));
    v.push_back(buf);
  }
  run("random %.17g (moderate)", v);

  v.clear();
  for (int i = 0; i < n; ++i) {
    snprintf(buf, sizeof buf, "%.17g", random_double(true));
    v.push_back(buf);
  }
  run("random %.17g (full range)", v);

  v.clear();
  for (int i = 0; i < n; ++i) {
    std::string s;
    for (int k = 0; k < 40; ++k)
      s += static_cast<char>('0' + rng() % 10);
    if (s[0] == '0')
      s[0] = '1';
    int point = static_cast<int>(rng() % 40);
    s.insert(s.begin() + point, '.');
    s += "e" + std::to_string(static_cast<int>(rng() % 600) - 300);
    v.push_back(s);
  }
  run("40-digit strings", v);
  return 0;
}
