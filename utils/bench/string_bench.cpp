// Host benchmark: gpulibc's strlen, memcpy, memset and memcmp against glibc's.
//
// Build and run (from the repository root), or use the bench_string target:
// clang-format off
//   clang++-22 -std=c++17 -O2 -fno-builtin -I libc utils/bench/string_bench.cpp -o /tmp/sb && /tmp/sb
// clang-format on
//
// The internal headers are header-only and live in gpulibc::internal, so
// they compile as ordinary host code next to glibc without symbol clashes.
// -fno-builtin matters: without it the optimizer recognizes our copy and
// fill loops and turns them back into calls to glibc's memcpy and memset.
// Both sides are called through volatile function pointers, so neither is
// inlined into the timing loop or specialised for a constant size.
//
// What the ratios mean. glibc picks, per CPU, hand-written AVX2/AVX-512/ERMS
// routines: 32- or 64-byte unaligned vector loads, overlapping head and tail
// accesses, `rep movsb` for large copies. None of that carries over to a GPU:
// there each lane of a warp runs its own call, a lane's widest access is 8 to
// 16 bytes, unaligned wide accesses are split (AMDGPU) or illegal (NVPTX), and
// the memory system is fed by many lanes at once rather than by one wide
// core. So gpulibc uses plain target-neutral C++: aligned 8-byte words,
// unrolled four at a time, with relatively misaligned buffers merged by shifts
// instead of unaligned loads. On a host CPU that loses to glibc by a large
// factor for large sizes (8 bytes per load against 32 or 64), and much less
// for short strings, where call overhead and the alignment prologue dominate.
// The numbers measure our code paths, not GPU performance.

#include "src/__support/memory_utils.h"
#include "src/__support/string_utils.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace ours {
namespace gi = gpulibc::internal;

size_t strlen(const char *s) { return gi::string_length(s); }
void *memcpy(void *dst, const void *src, size_t n) {
  gi::copy_forward(static_cast<unsigned char *>(dst), static_cast<const unsigned char *>(src), n);
  return dst;
}
void *memset(void *dst, int c, size_t n) {
  gi::fill(static_cast<unsigned char *>(dst), static_cast<unsigned char>(c), n);
  return dst;
}
int memcmp(const void *a, const void *b, size_t n) {
  return gi::compare_bytes(static_cast<const unsigned char *>(a),
                           static_cast<const unsigned char *>(b), n);
}
} // namespace ours

namespace {

using StrlenFn = size_t (*)(const char *);
using MemcpyFn = void *(*)(void *, const void *, size_t);
using MemsetFn = void *(*)(void *, int, size_t);
using MemcmpFn = int (*)(const void *, const void *, size_t);

template <typename F> struct Pair {
  F ours;
  F glibc;
};
Pair<StrlenFn> volatile strlen_fns = {ours::strlen, ::strlen};
Pair<MemcpyFn> volatile memcpy_fns = {ours::memcpy, ::memcpy};
Pair<MemsetFn> volatile memset_fns = {ours::memset, ::memset};
Pair<MemcmpFn> volatile memcmp_fns = {ours::memcmp, ::memcmp};

volatile uint64_t sink;

double now_ns() {
  return std::chrono::duration<double, std::nano>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

struct Timing {
  double ours_ns, glibc_ns;
};

template <typename Body> double ns_per_call(size_t calls, Body &body) {
  double start = now_ns();
  uint64_t acc = 0;
  for (size_t i = 0; i < calls; ++i)
    acc += body();
  sink = acc;
  return (now_ns() - start) / double(calls);
}

// Best of several runs of each side, in ns per call, the two sides taking
// turns so that a change in machine load hits both. Each run moves about
// 64 MiB (at least 100000 calls), so the 16-byte case is not timer noise.
template <typename Ours, typename Glibc> Timing time_both(size_t size, Ours ours, Glibc glibc) {
  size_t calls = (size_t(64) << 20) / size;
  if (calls < 100000)
    calls = 100000;
  Timing best = {1e300, 1e300};
  for (int run = 0; run < 7; ++run) {
    double o = ns_per_call(calls, ours), g = ns_per_call(calls, glibc);
    best.ours_ns = o < best.ours_ns ? o : best.ours_ns;
    best.glibc_ns = g < best.glibc_ns ? g : best.glibc_ns;
  }
  return best;
}

void report(const char *name, size_t size, Timing t) {
  char label[32];
  if (size >= (1u << 20))
    snprintf(label, sizeof(label), "%zu MiB", size >> 20);
  else if (size >= 1024)
    snprintf(label, sizeof(label), "%zu KiB", size >> 10);
  else
    snprintf(label, sizeof(label), "%zu B", size);
  printf("%-16s %8s %12.2f %12.2f %8.2f\n", name, label, t.ours_ns, t.glibc_ns,
         t.ours_ns / t.glibc_ns);
}

} // namespace

int main() {
  const size_t sizes[] = {16, 1024, size_t(1) << 20};
  const size_t largest = size_t(1) << 20;
  // 64-byte aligned buffers with room for an offset.
  std::vector<unsigned char> a_storage(largest + 128), b_storage(largest + 128);
  unsigned char *a = a_storage.data() + (64 - reinterpret_cast<uintptr_t>(a_storage.data()) % 64);
  unsigned char *b = b_storage.data() + (64 - reinterpret_cast<uintptr_t>(b_storage.data()) % 64);
  for (size_t i = 0; i < largest + 64; ++i)
    a[i] = b[i] = static_cast<unsigned char>('a' + i % 26);

  printf("%-16s %8s %12s %12s %8s\n", "function", "size", "ours ns/op", "glibc ns/op",
         "ours/glibc");
  for (size_t size : sizes) {
    // strlen: a string of size - 1 characters.
    a[size - 1] = '\0';
    const char *text = reinterpret_cast<const char *>(a);
    report("strlen", size,
           time_both(size, [&] { return strlen_fns.ours(text); },
                     [&] { return strlen_fns.glibc(text); }));
    a[size - 1] = static_cast<unsigned char>('a' + (size - 1) % 26);

    report("memcpy", size,
           time_both(size, [&] { return uintptr_t(memcpy_fns.ours(b, a, size)); },
                     [&] { return uintptr_t(memcpy_fns.glibc(b, a, size)); }));
    // Relatively misaligned buffers: our shift-merge path.
    report("memcpy (src+3)", size,
           time_both(size, [&] { return uintptr_t(memcpy_fns.ours(b, a + 3, size)); },
                     [&] { return uintptr_t(memcpy_fns.glibc(b, a + 3, size)); }));
    report("memset", size,
           time_both(size, [&] { return uintptr_t(memset_fns.ours(b, 0x5a, size)); },
                     [&] { return uintptr_t(memset_fns.glibc(b, 0x5a, size)); }));
    // memcmp of equal buffers reads both to the end.
    memcpy_fns.glibc(b, a, size);
    report("memcmp", size,
           time_both(size, [&] { return uint64_t(memcmp_fns.ours(a, b, size)); },
                     [&] { return uint64_t(memcmp_fns.glibc(a, b, size)); }));
  }
  return 0;
}
