//===-- Word-at-a-time copy, fill, compare and search over bytes -----------===//
//
// A GPU lane pays about as much for one 8-byte access as for one 1-byte
// access, but an unaligned wide access is split up (AMDGPU) or impossible
// (NVPTX). So every wide access here is aligned to its size. When two buffers
// disagree in alignment, the one written (or the first operand) is aligned and
// the other is read as aligned words shifted together (merge_words).
//
// An aligned word read may touch bytes before the start or after the end of
// a buffer, but only inside an aligned word that also holds a byte the
// function must read. An aligned word never straddles a page, so these reads
// cannot fault.
//
//===----------------------------------------------------------------------===//
#ifndef GPULIBC_SUPPORT_MEMORY_UTILS_H
#define GPULIBC_SUPPORT_MEMORY_UTILS_H

#include <stddef.h>
#include <stdint.h>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "byte positions within a word assume little-endian targets");

namespace gpulibc::internal {

using Word = uint64_t;
constexpr size_t kWordSize = sizeof(Word);
// Words are read from char buffers: may_alias keeps that legal, and the type's
// alignment tells the compiler it may emit one aligned wide access.
typedef Word __attribute__((__may_alias__)) AliasingWord;

inline Word load_word(const unsigned char *aligned) {
  return *reinterpret_cast<const AliasingWord *>(aligned);
}
inline void store_word(unsigned char *aligned, Word value) {
  *reinterpret_cast<AliasingWord *>(aligned) = value;
}
inline size_t misalignment(const void *p) {
  return reinterpret_cast<uintptr_t>(p) % kWordSize;
}

// The 8 bytes that start `offset` (1..7) bytes into `low`, continuing into
// `high`, the aligned word after it.
inline Word merge_words(Word low, Word high, unsigned offset) {
  return (low >> (8 * offset)) | (high << (64 - 8 * offset));
}

constexpr Word kLowBits = 0x0101010101010101ull;
constexpr Word kHighBits = 0x8080808080808080ull;

inline Word repeat_byte(unsigned char c) { return kLowBits * c; }

// Sets the high bit of exactly those bytes of `w` that are zero. Unlike the
// shorter (w - 0x01..) & ~w & 0x80.. no borrow crosses bytes, so every flag is
// exact, which lets callers look for the last flagged byte too.
inline Word zero_bytes(Word w) {
  return ~(((w & ~kHighBits) + ~kHighBits) | w | ~kHighBits);
}

// Non-zero iff some byte of `w` is zero. Cheaper than zero_bytes, but
// borrows may flag bytes above the first zero, so it only answers "any?".
inline Word any_zero_byte(Word w) { return (w - kLowBits) & ~w & kHighBits; }

// Byte index of the lowest/highest flagged byte; `flags` is non-zero.
inline size_t first_flagged(Word flags) {
  return static_cast<size_t>(__builtin_ctzll(flags)) / 8;
}
inline size_t last_flagged(Word flags) {
  return static_cast<size_t>(63 - __builtin_clzll(flags)) / 8;
}

// Clears the flags of bytes at index >= count, or < count.
inline Word keep_low_bytes(Word flags, size_t count) {
  return count >= kWordSize ? flags : flags & ((Word(1) << (8 * count)) - 1);
}
inline Word drop_low_bytes(Word flags, size_t count) {
  return count >= kWordSize ? 0 : flags & (~Word(0) << (8 * count));
}

// Below this many bytes, aligning first costs more than it saves.
constexpr size_t kWordLoopThreshold = 2 * kWordSize;

inline void copy_forward(unsigned char *d, const unsigned char *s, size_t n) {
  if (n >= kWordLoopThreshold) {
    for (; misalignment(d); --n)
      *d++ = *s++;
    unsigned offset = static_cast<unsigned>(misalignment(s));
    if (offset == 0) {
      for (; n >= 4 * kWordSize; n -= 4 * kWordSize, d += 4 * kWordSize, s += 4 * kWordSize) {
        Word a = load_word(s), b = load_word(s + 8), c = load_word(s + 16), e = load_word(s + 24);
        store_word(d, a);
        store_word(d + 8, b);
        store_word(d + 16, c);
        store_word(d + 24, e);
      }
      for (; n >= kWordSize; n -= kWordSize, d += kWordSize, s += kWordSize)
        store_word(d, load_word(s));
    } else {
      // Each word needs bytes from the aligned word at w and the next one,
      // and the next one holds the word's last byte, so it is in bounds.
      // Every byte used is loaded before any store that could overlap it
      // (memmove copies forward only when d < s).
      const unsigned char *w = s - offset;
      Word low = load_word(w);
      for (; n >= kWordSize; n -= kWordSize, d += kWordSize, w += kWordSize) {
        Word high = load_word(w + kWordSize);
        store_word(d, merge_words(low, high, offset));
        low = high;
      }
      s = w + offset;
    }
  }
  for (; n; --n)
    *d++ = *s++;
}

// Copies from the end down, for memmove when the destination starts inside
// the source.
inline void copy_backward(unsigned char *d, const unsigned char *s, size_t n) {
  d += n;
  s += n;
  if (n >= kWordLoopThreshold) {
    for (; misalignment(d); --n)
      *--d = *--s;
    unsigned offset = static_cast<unsigned>(misalignment(s));
    if (offset == 0) {
      for (; n >= 4 * kWordSize; n -= 4 * kWordSize) {
        d -= 4 * kWordSize;
        s -= 4 * kWordSize;
        Word a = load_word(s), b = load_word(s + 8), c = load_word(s + 16), e = load_word(s + 24);
        store_word(d, a);
        store_word(d + 8, b);
        store_word(d + 16, c);
        store_word(d + 24, e);
      }
      for (; n >= kWordSize; n -= kWordSize) {
        d -= kWordSize;
        s -= kWordSize;
        store_word(d, load_word(s));
      }
    } else {
      // `high` is the aligned word holding the source's last `offset` bytes.
      const unsigned char *w = s - offset;
      Word high = load_word(w);
      for (; n >= kWordSize; n -= kWordSize) {
        w -= kWordSize;
        Word low = load_word(w);
        d -= kWordSize;
        store_word(d, merge_words(low, high, offset));
        high = low;
      }
      s = w + offset;
    }
  }
  for (; n; --n)
    *--d = *--s;
}

inline void fill(unsigned char *d, unsigned char value, size_t n) {
  if (n >= kWordLoopThreshold) {
    for (; misalignment(d); --n)
      *d++ = value;
    Word word = repeat_byte(value);
    for (; n >= 4 * kWordSize; n -= 4 * kWordSize, d += 4 * kWordSize) {
      store_word(d, word);
      store_word(d + 8, word);
      store_word(d + 16, word);
      store_word(d + 24, word);
    }
    for (; n >= kWordSize; n -= kWordSize, d += kWordSize)
      store_word(d, word);
  }
  for (; n; --n)
    *d++ = value;
}

// memcmp's sign for two words known to differ: that of their first
// differing byte.
inline int word_difference(Word a, Word b) {
  unsigned shift = static_cast<unsigned>(__builtin_ctzll(a ^ b)) & ~7u;
  return static_cast<int>((a >> shift) & 0xff) - static_cast<int>((b >> shift) & 0xff);
}

inline int compare_bytes(const unsigned char *a, const unsigned char *b, size_t n) {
  if (n >= kWordLoopThreshold) {
    for (; misalignment(a); --n, ++a, ++b)
      if (*a != *b)
        return *a - *b;
    unsigned offset = static_cast<unsigned>(misalignment(b));
    if (offset == 0) {
      for (; n >= 2 * kWordSize; n -= 2 * kWordSize, a += 2 * kWordSize, b += 2 * kWordSize) {
        Word x0 = load_word(a), y0 = load_word(b);
        Word x1 = load_word(a + kWordSize), y1 = load_word(b + kWordSize);
        if ((x0 ^ y0) | (x1 ^ y1))
          return x0 != y0 ? word_difference(x0, y0) : word_difference(x1, y1);
      }
      for (; n >= kWordSize; n -= kWordSize, a += kWordSize, b += kWordSize) {
        Word x = load_word(a), y = load_word(b);
        if (x != y)
          return word_difference(x, y);
      }
    } else {
      const unsigned char *w = b - offset;
      Word low = load_word(w);
      for (; n >= kWordSize; n -= kWordSize, a += kWordSize, w += kWordSize) {
        Word high = load_word(w + kWordSize);
        Word x = load_word(a), y = merge_words(low, high, offset);
        if (x != y)
          return word_difference(x, y);
        low = high;
      }
      b = w + offset;
    }
  }
  for (; n; --n, ++a, ++b)
    if (*a != *b)
      return *a - *b;
  return 0;
}

// memchr: the first of the n bytes at s equal to c, or null.
inline const unsigned char *find_byte(const unsigned char *s, unsigned char c, size_t n) {
  if (n == 0)
    return nullptr;
  size_t offset = misalignment(s);
  const unsigned char *w = s - offset;
  // Bytes left to examine, counted from w. Callers pass SIZE_MAX to mean
  // "until found"; no object is near that large, so clamping is harmless.
  size_t left = (n > SIZE_MAX - kWordSize ? SIZE_MAX - kWordSize : n) + offset;
  Word pattern = repeat_byte(c);
  Word hits = drop_low_bytes(zero_bytes(load_word(w) ^ pattern), offset);
  for (;;) {
    if (left <= kWordSize) {
      hits = keep_low_bytes(hits, left);
      return hits ? w + first_flagged(hits) : nullptr;
    }
    if (hits)
      return w + first_flagged(hits);
    w += kWordSize;
    left -= kWordSize;
    hits = zero_bytes(load_word(w) ^ pattern);
  }
}

// memrchr: the last of the n bytes at s equal to c, or null.
inline const unsigned char *find_last_byte(const unsigned char *s, unsigned char c, size_t n) {
  if (n == 0)
    return nullptr;
  const unsigned char *last = s + (n - 1);
  const unsigned char *w = last - misalignment(last);
  size_t top = static_cast<size_t>(last - w) + 1; // bytes of this word in range
  Word pattern = repeat_byte(c);
  Word hits = keep_low_bytes(zero_bytes(load_word(w) ^ pattern), top);
  for (;;) {
    if (n <= top) {
      hits = drop_low_bytes(hits, top - n);
      return hits ? w + last_flagged(hits) : nullptr;
    }
    if (hits)
      return w + last_flagged(hits);
    n -= top;
    top = kWordSize;
    w -= kWordSize;
    hits = zero_bytes(load_word(w) ^ pattern);
  }
}

} // namespace gpulibc::internal

#endif
