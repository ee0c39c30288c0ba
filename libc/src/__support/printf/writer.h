//===-- Output sink for the printf engine -----------------------*- C++ -*-===//
//
// Part of gpulibc. Freestanding, header-only.
//
//===----------------------------------------------------------------------===//
//
// A Writer is a fixed buffer plus an optional flush hook:
//
//  * snprintf-style: point the buffer at the caller's memory and leave the
//    hook empty. Bytes past the end are dropped but still counted, which is
//    exactly what snprintf's return value needs.
//  * stream-style (printf/fprintf on the device): point the buffer at a
//    fixed scratch area and install a hook that ships full buffers to the
//    host. Call finish() once formatting is done.
//
// Every byte produced is counted in `total`, whether or not it was kept, so
// the count is also the value %n stores.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_PRINTF_WRITER_H
#define GPULIBC_SRC_SUPPORT_PRINTF_WRITER_H

#include <stddef.h>
#include <stdint.h>

namespace gpulibc {
namespace printf_core {

// Negative results of format(). The caller maps them to errno and returns -1
// like glibc does.
// A format string that ends inside a conversion specification ("abc%", "%-5")
// while no positional argument has been seen. errno: EINVAL.
inline constexpr int kErrorInvalid = -1;
// The result would exceed INT_MAX bytes, a width/precision/argument number in
// the format overflows int, or a positional index exceeds
// kMaxPositionalArgs. errno: EOVERFLOW.
inline constexpr int kErrorOverflow = -2;
// %lc/%ls with a wide character that the (C) locale cannot represent.
// errno: EILSEQ.
inline constexpr int kErrorIllegalSequence = -3;
// The flush hook reported a failure. errno: whatever the hook set (EIO).
inline constexpr int kErrorWrite = -4;

// Ships `len` bytes at `data` somewhere. Returns 0 on success or a negative
// value on failure; formatting then stops and format() returns kErrorWrite.
using FlushFn = int (*)(void *ctx, const char *data, size_t len);

struct Writer {
  char *buf = nullptr; // Destination buffer.
  size_t cap = 0;      // Its capacity in bytes.
  size_t pos = 0;      // Bytes currently held in buf.
  uint64_t total = 0;  // Bytes produced so far, kept or not.
  FlushFn flush_fn = nullptr;
  void *flush_ctx = nullptr;
  bool failed = false; // The flush hook failed; output is being discarded.
  bool nul_slot = false; // buf[cap] exists and is reserved for a NUL.

  Writer() = default;
  Writer(char *buffer, size_t capacity, FlushFn fn = nullptr,
         void *ctx = nullptr)
      : buf(buffer), cap(capacity), flush_fn(fn), flush_ctx(ctx) {}

  // snprintf semantics: keep at most size-1 bytes so a NUL always fits.
  static Writer for_snprintf(char *buffer, size_t size) {
    Writer w(buffer, size ? size - 1 : 0);
    w.nul_slot = size > 0;
    return w;
  }

  void put(char c) {
    ++total;
    if (pos < cap) {
      buf[pos++] = c;
      return;
    }
    write_slow(&c, 1);
  }

  void write(const char *s, size_t n) {
    total += n;
    if (n <= cap - pos) {
      // A plain loop: no libc memcpy on the device. Small copies dominate.
      char *d = buf + pos;
      for (size_t i = 0; i < n; ++i)
        d[i] = s[i];
      pos += n;
      return;
    }
    write_slow(s, n);
  }

  void pad(char c, size_t n) {
    total += n;
    if (n <= cap - pos) {
      char *d = buf + pos;
      for (size_t i = 0; i < n; ++i)
        d[i] = c;
      pos += n;
      return;
    }
    pad_slow(c, n);
  }

  // Streams: push out whatever is buffered. Returns 0 or kErrorWrite.
  int finish() {
    if (flush_fn && pos && !failed)
      do_flush();
    return failed ? kErrorWrite : 0;
  }

  // snprintf: NUL-terminate what was kept (needs the size-1 reservation of
  // for_snprintf). Safe to call after a failed format() as well.
  void terminate() {
    if (nul_slot)
      buf[pos] = '\0';
  }

private:
  void do_flush() {
    if (flush_fn(flush_ctx, buf, pos) < 0)
      failed = true;
    pos = 0;
  }

  // Slow paths are out of line so the fast paths above inline cheaply.
  __attribute__((noinline)) void write_slow(const char *s, size_t n) {
    while (n) {
      size_t room = cap - pos;
      size_t k = n < room ? n : room;
      for (size_t i = 0; i < k; ++i)
        buf[pos + i] = s[i];
      pos += k;
      s += k;
      n -= k;
      if (!n)
        return;
      if (!flush_fn || failed || cap == 0)
        return; // Truncating sink: the rest is only counted.
      do_flush();
    }
  }

  __attribute__((noinline)) void pad_slow(char c, size_t n) {
    while (n) {
      size_t room = cap - pos;
      size_t k = n < room ? n : room;
      for (size_t i = 0; i < k; ++i)
        buf[pos + i] = c;
      pos += k;
      n -= k;
      if (!n)
        return;
      if (!flush_fn || failed || cap == 0)
        return;
      do_flush();
    }
  }
};

} // namespace printf_core
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_PRINTF_WRITER_H
