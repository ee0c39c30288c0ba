//===-- Substring search: strstr, strcasestr, memmem ----------------------===//
//
// The two-way algorithm of Crochemore and Perrin: linear time in the lengths
// of haystack and needle and constant space. Naive search is quadratic on
// inputs like "aaa...ab", and the usual bad-character table costs 2 KiB of
// stack, which on a GPU is private memory multiplied by every lane. So this
// is two-way without the table, as glibc does for short needles.
//
//===----------------------------------------------------------------------===//
#ifndef GPULIBC_SUPPORT_STRING_SEARCH_H
#define GPULIBC_SUPPORT_STRING_SEARCH_H

#include <stddef.h>

#include "src/__support/char_class.h"
#include "src/__support/string_utils.h"

namespace gpulibc::internal {

// How bytes compare: exactly, or ignoring ASCII case.
struct ExactBytes {
  static unsigned char fold(unsigned char c) { return c; }
};
struct CaseFoldedBytes {
  static unsigned char fold(unsigned char c) { return static_cast<unsigned char>(to_lower(c)); }
};

// A haystack of known length (memmem).
struct BoundedHaystack {
  const unsigned char *bytes;
  size_t length;
  bool holds(size_t end) { return end <= length; }
};

// A NUL-terminated haystack whose length is learnt only as far as the search
// gets, so that an early match does not pay for scanning a long haystack.
struct StringHaystack {
  const unsigned char *bytes;
  size_t known = 0; // bytes [0, known) are not the terminator
  bool ended = false;
  bool holds(size_t end) {
    if (end <= known)
      return true;
    if (ended)
      return false;
    size_t want = end - known;
    size_t ahead = want > 256 ? want : 256;
    size_t found = bounded_string_length(reinterpret_cast<const char *>(bytes + known), ahead);
    known += found;
    ended = found < ahead;
    return end <= known;
  }
};

// Start of the maximal suffix of x[0, m) under the byte order (`reversed`
// flips it), minus one; *period receives that suffix's period.
template <typename Bytes>
ptrdiff_t maximal_suffix(const unsigned char *x, ptrdiff_t m, bool reversed, ptrdiff_t *period) {
  ptrdiff_t start = -1, j = 0, k = 1, p = 1;
  while (j + k < m) {
    unsigned char a = Bytes::fold(x[j + k]), b = Bytes::fold(x[start + k]);
    if (a == b) {
      if (k == p) {
        j += p;
        k = 1;
      } else {
        ++k;
      }
    } else if ((a < b) != reversed) {
      j += k;
      k = 1;
      p = j - start;
    } else {
      start = j++;
      k = p = 1;
    }
  }
  *period = p;
  return start;
}

// The first occurrence of needle[0, m) in the haystack, m >= 1, or null.
template <typename Bytes, typename Haystack>
const unsigned char *two_way_search(Haystack &haystack, const unsigned char *needle,
                                    size_t length) {
  const unsigned char *x = needle, *y = haystack.bytes;
  ptrdiff_t m = static_cast<ptrdiff_t>(length);
  auto same = [](unsigned char a, unsigned char b) { return Bytes::fold(a) == Bytes::fold(b); };

  // Critical factorization: x = x[0, ell] x[ell + 1, m), with `period` the
  // period of the right part.
  ptrdiff_t p, q;
  ptrdiff_t i = maximal_suffix<Bytes>(x, m, false, &p);
  ptrdiff_t j = maximal_suffix<Bytes>(x, m, true, &q);
  ptrdiff_t ell = i > j ? i : j;
  ptrdiff_t period = i > j ? p : q;

  bool periodic = true;
  for (ptrdiff_t k = 0; k <= ell && periodic; ++k)
    periodic = same(x[k], x[k + period]);

  size_t pos = 0;
  if (periodic) {
    // The needle is periodic: after a shift by the period, the prefix of
    // length `memory` + 1 is known to match and is not compared again.
    ptrdiff_t memory = -1;
    while (haystack.holds(pos + length)) {
      ptrdiff_t k = (ell > memory ? ell : memory) + 1;
      while (k < m && same(x[k], y[pos + k]))
        ++k;
      if (k < m) {
        pos += static_cast<size_t>(k - ell);
        memory = -1;
        continue;
      }
      for (k = ell; k > memory && same(x[k], y[pos + k]); --k)
        ;
      if (k <= memory)
        return y + pos;
      pos += static_cast<size_t>(period);
      memory = m - period - 1;
    }
  } else {
    // No long periodicity: a mismatch on the left allows a shift longer
    // than either part.
    period = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
    while (haystack.holds(pos + length)) {
      ptrdiff_t k = ell + 1;
      while (k < m && same(x[k], y[pos + k]))
        ++k;
      if (k < m) {
        pos += static_cast<size_t>(k - ell);
        continue;
      }
      for (k = ell; k >= 0 && same(x[k], y[pos + k]); --k)
        ;
      if (k < 0)
        return y + pos;
      pos += static_cast<size_t>(period);
    }
  }
  return nullptr;
}

} // namespace gpulibc::internal

#endif
