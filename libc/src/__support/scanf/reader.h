//===-- Input source for the scanf engine -----------------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// The scanf engine reads its input one byte at a time through a Reader,
// a class with these members (the engine is a template over it, so the
// calls are direct and inline on every target):
//
//   int get();
//     The next byte as an unsigned char value, or kEof at the end of the
//     input or on a read error. May block, e.g. while a stream's buffer is
//     refilled from the host. The engine never calls get() again after it
//     returned kEof within one call: like glibc, it treats end of input as
//     sticky for the rest of the call.
//   void unget(int c);
//     Gives back `c`, the byte the latest get() returned, so that the next
//     get() returns it again. The engine calls it at most once between two
//     get()s, never with kEof: one byte of pushback, exactly what C
//     guarantees for ungetc(), is all a stream reader has to provide.
//   size_t consumed() const;
//     Bytes taken by get() minus bytes given back by unget(), since the
//     reader was created: the value %n stores.
//   int error() const;
//     After get() returned kEof: 0 at a clean end of input, otherwise the
//     errno value of the failed read. glibc's scanf preserves that errno in
//     a peculiar way, which the engine reproduces (see scan.h).
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_SCANF_READER_H
#define GPULIBC_SRC_SUPPORT_SCANF_READER_H

#include <stddef.h>

namespace gpulibc {
namespace scanf_core {

inline constexpr int kEof = -1;

// sscanf's input: a NUL-terminated string whose terminator is the end of
// input. It is never read past.
class StringReader {
public:
  explicit StringReader(const char *s)
      : begin_(reinterpret_cast<const unsigned char *>(s)), pos_(begin_) {}

  int get() {
    unsigned char c = *pos_;
    if (c == 0)
      return kEof;
    ++pos_;
    return c;
  }
  void unget(int) { --pos_; }
  size_t consumed() const { return static_cast<size_t>(pos_ - begin_); }
  int error() const { return 0; }

private:
  const unsigned char *begin_;
  const unsigned char *pos_;
};

} // namespace scanf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_SCANF_READER_H
