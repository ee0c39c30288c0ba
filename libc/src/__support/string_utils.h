//===-- Helpers for NUL-terminated strings --------------------------------===//
//
// The scans read aligned words (see memory_utils.h). A string's end is not
// known in advance, so a word is read only if the string reaches into it:
// the first word holds the string's first byte, and every later word is read
// only after the previous one showed no terminator. string_length, the
// hottest, reads 16-byte aligned blocks (two words) instead: a block never
// straddles a page either, and one block is one 128-bit load on a GPU.
//
//===----------------------------------------------------------------------===//
#ifndef GPULIBC_SUPPORT_STRING_UTILS_H
#define GPULIBC_SUPPORT_STRING_UTILS_H

#include <stddef.h>
#include <stdint.h>

#include "src/__support/memory_utils.h"

namespace gpulibc::internal {

inline const unsigned char *as_bytes(const char *s) {
  return reinterpret_cast<const unsigned char *>(s);
}
inline unsigned char *as_bytes(char *s) { return reinterpret_cast<unsigned char *>(s); }

inline size_t string_length(const char *s) {
  constexpr size_t kBlock = 2 * kWordSize;
  const unsigned char *p = as_bytes(s);
  size_t offset = misalignment(p);
  const unsigned char *w = p - offset;
  Word zeros = drop_low_bytes(zero_bytes(load_word(w)), offset);
  // Finish the first block word by word, then go a block at a time.
  for (w += kWordSize; !zeros && reinterpret_cast<uintptr_t>(w) % kBlock; w += kWordSize)
    zeros = zero_bytes(load_word(w));
  if (zeros)
    return static_cast<size_t>(w - kWordSize + first_flagged(zeros) - p);
  for (;; w += kBlock) {
    Word low = load_word(w), high = load_word(w + kWordSize);
    if (any_zero_byte(low) | any_zero_byte(high)) {
      zeros = zero_bytes(low);
      if (!zeros) {
        w += kWordSize;
        zeros = zero_bytes(high);
      }
      return static_cast<size_t>(w + first_flagged(zeros) - p);
    }
  }
}

// strnlen.
inline size_t bounded_string_length(const char *s, size_t limit) {
  const unsigned char *end = find_byte(as_bytes(s), 0, limit);
  return end ? static_cast<size_t>(end - as_bytes(s)) : limit;
}

// strchrnul: the first byte equal to c, or the terminator.
inline const char *find_char_or_end(const char *s, unsigned char c) {
  const unsigned char *p = as_bytes(s);
  size_t offset = misalignment(p);
  const unsigned char *w = p - offset;
  Word pattern = repeat_byte(c);
  Word word = load_word(w);
  Word hits = drop_low_bytes(zero_bytes(word) | zero_bytes(word ^ pattern), offset);
  while (!hits) {
    w += kWordSize;
    word = load_word(w);
    hits = zero_bytes(word) | zero_bytes(word ^ pattern);
  }
  return reinterpret_cast<const char *>(w + first_flagged(hits));
}

// strrchr: the last byte equal to c (the terminator if c is 0), or null.
inline const char *find_last_char(const char *s, unsigned char c) {
  const unsigned char *p = as_bytes(s);
  size_t offset = misalignment(p);
  const unsigned char *w = p - offset;
  const unsigned char *last = nullptr;
  Word pattern = repeat_byte(c);
  Word word = load_word(w);
  Word zeros = drop_low_bytes(zero_bytes(word), offset);
  Word hits = drop_low_bytes(zero_bytes(word ^ pattern), offset);
  for (;;) {
    if (zeros) {
      hits = keep_low_bytes(hits, first_flagged(zeros) + 1);
      return reinterpret_cast<const char *>(hits ? w + last_flagged(hits) : last);
    }
    if (hits)
      last = w + last_flagged(hits);
    w += kWordSize;
    word = load_word(w);
    zeros = zero_bytes(word);
    hits = zero_bytes(word ^ pattern);
  }
}

// strncmp; strcmp passes SIZE_MAX. Bytes compare as unsigned char.
inline int compare_strings(const char *lhs, const char *rhs, size_t n) {
  const unsigned char *a = as_bytes(lhs), *b = as_bytes(rhs);
  for (; n && misalignment(a); --n, ++a, ++b)
    if (*a != *b || !*a)
      return *a - *b;
  unsigned offset = static_cast<unsigned>(misalignment(b));
  if (offset == 0) {
    // Both words hold the strings' current bytes; equal words without a
    // terminator mean both strings go on into the next words.
    for (; n >= kWordSize; n -= kWordSize, a += kWordSize, b += kWordSize) {
      Word x = load_word(a);
      if (x != load_word(b) || zero_bytes(x))
        break;
    }
  } else if (n >= kWordSize) {
    // b's next aligned word is read only when the rest of the current one
    // holds no terminator, that is, when b's string continues into it.
    const unsigned char *w = b - offset;
    Word low = load_word(w);
    for (; n >= kWordSize && !drop_low_bytes(zero_bytes(low), offset);
         n -= kWordSize, a += kWordSize, w += kWordSize) {
      Word high = load_word(w + kWordSize);
      Word x = load_word(a);
      if (x != merge_words(low, high, offset) || zero_bytes(x))
        break;
      low = high;
    }
    b = w + offset;
  }
  // The difference, if any, lies within the next word.
  for (; n; --n, ++a, ++b)
    if (*a != *b || !*a)
      return *a - *b;
  return 0;
}

// stpcpy: copies s with its terminator and returns the copy's terminator.
inline char *copy_string(char *dst, const char *src) {
  unsigned char *d = as_bytes(dst);
  const unsigned char *s = as_bytes(src);
  for (; misalignment(d); ++d, ++s)
    if (!(*d = *s))
      return reinterpret_cast<char *>(d);
  unsigned offset = static_cast<unsigned>(misalignment(s));
  if (offset == 0) {
    for (;; d += kWordSize, s += kWordSize) {
      Word word = load_word(s);
      if (zero_bytes(word))
        break;
      store_word(d, word);
    }
  } else {
    const unsigned char *w = s - offset;
    Word low = load_word(w);
    for (; !drop_low_bytes(zero_bytes(low), offset); d += kWordSize, w += kWordSize) {
      Word high = load_word(w + kWordSize);
      Word word = merge_words(low, high, offset);
      if (zero_bytes(word))
        break;
      store_word(d, word);
      low = high;
    }
    s = w + offset;
  }
  while ((*d = *s))
    ++d, ++s;
  return reinterpret_cast<char *>(d);
}

// A set of bytes, for strspn and its relatives.
class ByteSet {
public:
  explicit ByteSet(const char *members) {
    for (const unsigned char *m = as_bytes(members); *m; ++m)
      bits_[*m / 64] |= Word(1) << (*m % 64);
  }
  void insert(unsigned char c) { bits_[c / 64] |= Word(1) << (c % 64); }
  bool contains(unsigned char c) const { return (bits_[c / 64] >> (c % 64)) & 1; }

private:
  Word bits_[4] = {0, 0, 0, 0};
};

// strspn (accept) or strcspn (!accept).
inline size_t span(const char *s, const char *set, bool accept) {
  const unsigned char *p = as_bytes(s);
  const unsigned char *first = as_bytes(set);
  if (!first[0])
    return accept ? 0 : string_length(s);
  if (!first[1]) {
    if (!accept)
      return static_cast<size_t>(as_bytes(find_char_or_end(s, first[0])) - p);
    while (*p == first[0])
      ++p;
    return static_cast<size_t>(p - as_bytes(s));
  }
  ByteSet members(set);
  if (accept) {
    // The terminator is never a member, so it stops the loop.
    while (members.contains(*p))
      ++p;
  } else {
    members.insert(0);
    while (!members.contains(*p))
      ++p;
  }
  return static_cast<size_t>(p - as_bytes(s));
}

// strtok_r. A null *saved (before the first call, or once the string is
// used up) makes a call without a string return null.
inline char *tokenize(char *s, const char *delimiters, char **saved) {
  if (!s && !(s = *saved))
    return nullptr;
  s += span(s, delimiters, true);
  if (!*s) {
    *saved = nullptr;
    return nullptr;
  }
  char *end = s + span(s, delimiters, false);
  if (*end) {
    *end = '\0';
    *saved = end + 1;
  } else {
    *saved = nullptr;
  }
  return s;
}

} // namespace gpulibc::internal

#endif
