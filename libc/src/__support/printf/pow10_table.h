//===-- Powers of ten for the fast float path -------------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// 10^k for any k in [-364, 391] is formed as 10^(28q) * 10^r, r in [0, 27]:
//  * kPow10Big[q + 13] holds floor(10^(28q) / 2^exp2) normalised into
//    [2^127, 2^128) (exact for q = 0 and q = 1);
//  * 10^r < 2^90 is exact and computed by constexpr code below.
// 27 + 28 entries instead of a 756-entry table keeps the constant data at
// under 1 KiB, which matters for GPU images; the extra 128x90-bit multiply
// is cheap. The caller bounds the truncation error (see float_dec.h).
//
// kPow10Big was produced by this Python snippet (exact integer arithmetic):
//
//   for q in range(-13, 14):
//       k = 28 * q
//       if k >= 0:
//           n = 10 ** k; b = n.bit_length() - 128
//           c = n >> b if b >= 0 else n << -b
//       else:
//           d = 10 ** -k; s = d.bit_length() + 127; c = (1 << s) // d
//           if c.bit_length() == 129: s -= 1; c = (1 << s) // d
//           b = -s
//       print(hex(c >> 64), hex(c & (2**64 - 1)), b)
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_PRINTF_POW10_TABLE_H
#define GPULIBC_SRC_SUPPORT_PRINTF_POW10_TABLE_H

#include <stdint.h>

namespace gpulibc {
namespace printf_core {

struct Pow10Entry {
  uint64_t hi; // Top 64 bits of the normalised mantissa.
  uint64_t lo; // Bottom 64 bits.
  int32_t exp2; // 10^(28q) ~= (hi:lo) * 2^exp2.
};

inline constexpr int kPow10BigMinQ = -13;
inline constexpr int kPow10BigMaxQ = 13;
inline constexpr int kPow10Step = 28;

inline constexpr Pow10Entry kPow10Big[27] = {
    {0xe1afa13afbd14d6dull, 0x82189c09a3a1ec21ull, -1337}, // 10^-364
    {0xe3e27a444d8d98b7ull, 0xfd1b1b2308169b25ull, -1244}, // 10^-336
    {0xe61acf033d1a45dfull, 0x6fb92487298e33bdull, -1151}, // 10^-308
    {0xe858ad248f5c22c9ull, 0xd1b3400f8f9cff68ull, -1058}, // 10^-280
    {0xea9c227723ee8bcbull, 0x465e15a979c1cadcull, -965},  // 10^-252
    {0xece53cec4a314ebdull, 0xa4f8bf5635246428ull, -872},  // 10^-224
    {0xef340a98172aace4ull, 0x86fb897116c87c34ull, -779},  // 10^-196
    {0xf18899b1bc3f8ca1ull, 0xdc44e6c3cb279ac1ull, -686},  // 10^-168
    {0xf3e2f893dec3f126ull, 0x5a89dba3c3efccfaull, -593},  // 10^-140
    {0xf64335bcf065d37dull, 0x4d4617b5ff4a16d5ull, -500},  // 10^-112
    {0xf8a95fcf88747d94ull, 0x75a44c6397ce912aull, -407},  // 10^-84
    {0xfb158592be068d2eull, 0xeed6e2f0f0d56712ull, -314},  // 10^-56
    {0xfd87b5f28300ca0dull, 0x8bca9d6e188853fcull, -221},  // 10^-28
    {0x8000000000000000ull, 0x0000000000000000ull, -127},  // 10^0
    {0x813f3978f8940984ull, 0x4000000000000000ull, -34},   // 10^28
    {0x82818f1281ed449full, 0xbff8f10e7a8921a4ull, 59},    // 10^56
    {0x83c7088e1aab65dbull, 0x792667c6da79e0faull, 152},   // 10^84
    {0x850fadc09923329eull, 0x03e2cf6bc604ddb0ull, 245},   // 10^112
    {0x865b86925b9bc5c2ull, 0x0b8a2392ba45a9b2ull, 338},   // 10^140
    {0x87aa9aff79042286ull, 0x90fb44d2f05d0842ull, 431},   // 10^168
    {0x88fcf317f22241e2ull, 0x441fece3bdf81f03ull, 524},   // 10^196
    {0x8a5296ffe33cc92full, 0x82bd6b70d99aaa6full, 617},   // 10^224
    {0x8bab8eefb6409c1aull, 0x1ad089b6c2f7548eull, 710},   // 10^252
    {0x8d07e33455637eb2ull, 0xdb0b487b6423e1e8ull, 803},   // 10^280
    {0x8e679c2f5e44ff8full, 0x570f09eaa7ea7648ull, 896},   // 10^308
    {0x8fcac257558ee4e6ull, 0x213a4f0aa5e8a7b1ull, 989},   // 10^336
    {0x91315e37db165aa9ull, 0x2c0de8dd3d020c0cull, 1082},  // 10^364
};

// 10^r for r in [0, 27], exact, as 128-bit (hi:lo).
struct SmallPow10Table {
  uint64_t hi[kPow10Step];
  uint64_t lo[kPow10Step];
  constexpr SmallPow10Table() : hi(), lo() {
    unsigned __int128 v = 1;
    for (int r = 0; r < kPow10Step; ++r) {
      hi[r] = static_cast<uint64_t>(v >> 64);
      lo[r] = static_cast<uint64_t>(v);
      v *= 10;
    }
  }
};
inline constexpr SmallPow10Table kPow10Small{};

} // namespace printf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_PRINTF_POW10_TABLE_H
