//===-- %a %A conversions ---------------------------------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// Mirrors glibc's printf_fphex: the leading digit is not renormalised
// (subnormal doubles print as 0x0.xxxp-1022, x87 long doubles use the top
// nibble of the explicit significand, e.g. 1.0L is 0x8p-3), rounding is to
// nearest with ties to even on the hex digits, and a rounding carry out of
// the leading digit makes it 2 for double ("0x2p+0") and 1 with the
// exponent raised by 4 for x87 ("0xf.8p+0" -> "0x1p+4" at precision 0).
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_HEX_H
#define GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_HEX_H

#include <stdint.h>

#include "src/__support/printf/float_bits.h"
#include "src/__support/printf/float_dec.h"
#include "src/__support/printf/int_conv.h"
#include "src/__support/printf/spec.h"
#include "src/__support/printf/writer.h"

namespace gpulibc {
namespace printf_core {

// fp must be finite or zero (format_special handles the rest).
inline void format_hex_float(Writer &w, const Spec &spec,
                             const FloatParts &fp) {
  const bool upper = spec.conv == 'A';
  const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char sign = sign_char(spec, fp.negative);

  unsigned char dig[16]; // Fraction digit values, most significant first.
  int nd = 0;
  unsigned lead = fp.hex_lead;
  int exp = fp.hex_exp;
  int64_t prec = spec.prec;
  if (!fp.hex_zero) {
    for (int i = 0; i < fp.hex_digits; ++i)
      dig[i] = static_cast<unsigned char>(
          (fp.hex_frac >> (4 * (fp.hex_digits - 1 - i))) & 15);
    nd = fp.hex_digits;
    while (nd > 0 && dig[nd - 1] == 0)
      --nd;
    if (prec < 0) {
      prec = nd;
    } else if (prec < nd) {
      unsigned last = prec > 0 ? dig[prec - 1] : lead;
      unsigned next = dig[prec];
      bool more = (next & 7) != 0 || prec + 1 < nd;
      if (next >= 8 && ((last & 1) || more)) {
        int64_t i = prec - 1;
        for (; i >= 0; --i) {
          if (dig[i] < 15) {
            ++dig[i];
            break;
          }
          dig[i] = 0;
        }
        if (i < 0) {
          if (lead < 15) {
            ++lead;
          } else {
            lead = 1;
            exp += 4;
          }
        }
      }
      nd = static_cast<int>(prec);
    }
  } else if (prec < 0) {
    prec = 0;
  }

  char ebuf[8];
  char *eend = ebuf + sizeof(ebuf);
  unsigned uexp = exp < 0 ? -static_cast<unsigned>(exp) : exp;
  char *es = u64_to_dec(uexp, eend);
  int elen = static_cast<int>(eend - es);

  bool point = prec > 0 || spec.alt;
  int64_t len = (sign != 0) + 2 + 1 + point + prec + 2 + elen;
  size_t padn = spec.width > len ? static_cast<size_t>(spec.width - len) : 0;

  if (!spec.left && !spec.pad_zero)
    w.pad(' ', padn);
  if (sign)
    w.put(sign);
  w.put('0');
  w.put(upper ? 'X' : 'x');
  if (!spec.left && spec.pad_zero)
    w.pad('0', padn);
  w.put(hex[lead]);
  if (point)
    w.put('.');
  char tmp[16];
  int shown = nd < prec ? nd : static_cast<int>(prec);
  for (int i = 0; i < shown; ++i)
    tmp[i] = hex[dig[i]];
  w.write(tmp, static_cast<size_t>(shown));
  if (prec > shown)
    w.pad('0', static_cast<size_t>(prec - shown));
  w.put(upper ? 'P' : 'p');
  w.put(exp < 0 ? '-' : '+');
  w.write(es, static_cast<size_t>(elen));
  // glibc skips the right padding entirely when its pad character is '0'.
  if (spec.left && !spec.pad_zero)
    w.pad(' ', padn);
}

} // namespace printf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_PRINTF_FLOAT_HEX_H
