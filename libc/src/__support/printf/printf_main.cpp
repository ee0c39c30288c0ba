#include "src/__support/printf/printf_main.h"

#include <stdlib.h>
#include <string.h>

#include "src/__support/file.h"
#include "src/__support/memory_utils.h"
#include "src/__support/printf/format.h"

namespace gpulibc::internal {

namespace {

int set_errno_for(int result) {
  switch (result) {
  case printf_core::kErrorInvalid: errno = EINVAL; break;
  case printf_core::kErrorOverflow: errno = EOVERFLOW; break;
  case printf_core::kErrorIllegalSequence: errno = EILSEQ; break;
  default: break; // kErrorWrite: the stream already set errno
  }
  return -1;
}

// Output that outgrows the stack buffer collects in a heap buffer, so the
// host still receives the whole call as one message. If the heap cannot
// hold it, the message goes out in pieces rather than being lost.
struct Collector {
  FILE *stream;
  char *heap = nullptr;
  size_t used = 0;
  size_t capacity = 0;
  bool streamed = false;

  static int flush(void *self, const char *data, size_t n) {
    return static_cast<Collector *>(self)->append(data, n);
  }
  int append(const char *data, size_t n) {
    if (!streamed && used + n > capacity) {
      size_t grown = capacity ? capacity * 2 : 4096;
      while (grown < used + n)
        grown *= 2;
      char *bigger = static_cast<char *>(malloc(grown));
      if (bigger) {
        copy_forward(reinterpret_cast<unsigned char *>(bigger),
                     reinterpret_cast<unsigned char *>(heap), used);
        free(heap);
        heap = bigger;
        capacity = grown;
      } else {
        if (used && write_to_stream(stream, heap, used) < 0)
          return -1;
        used = 0;
        streamed = true;
      }
    }
    if (streamed)
      return write_to_stream(stream, data, n) < 0 ? -1 : 0;
    copy_forward(reinterpret_cast<unsigned char *>(heap + used),
                 reinterpret_cast<const unsigned char *>(data), n);
    used += n;
    return 0;
  }
};

// %m prints strerror of the errno value at the call, as glibc does. %#m
// should print the errno name; without a name table it prints the number.
struct ErrnoText {
  int saved;
  char digits[16];
  static const char *text(void *self, bool name) {
    ErrnoText *t = static_cast<ErrnoText *>(self);
    if (!name)
      return strerror(t->saved);
    unsigned v = t->saved < 0 ? -unsigned(t->saved) : unsigned(t->saved);
    char *p = t->digits + sizeof(t->digits) - 1;
    *p = 0;
    do
      *--p = char('0' + v % 10);
    while (v /= 10);
    if (t->saved < 0)
      *--p = '-';
    return p;
  }
};

} // namespace

int format_to_buffer(char *buffer, size_t size, const char *format, va_list args) {
  ErrnoText errno_text{errno, {}};
  printf_core::FormatOptions options;
  options.errno_text = ErrnoText::text;
  options.errno_ctx = &errno_text;
  int result = printf_core::vformat_to_buffer(buffer, size, format, args, &options);
  return result < 0 ? set_errno_for(result) : result;
}

int format_to_stream(FILE *stream, const char *format, va_list args) {
  ErrnoText errno_text{errno, {}};
  printf_core::FormatOptions options;
  options.errno_text = ErrnoText::text;
  options.errno_ctx = &errno_text;
  char local[512];
  Collector collector{stream};
  printf_core::Writer writer(local, sizeof(local), Collector::flush, &collector);
  int result = printf_core::format(writer, format, args, &options);
  if (result < 0) {
    free(collector.heap);
    return set_errno_for(result);
  }
  long long written;
  if (collector.used == 0 && !collector.streamed) {
    // The common case: it all fit on the stack; one message, no heap.
    written = writer.pos ? write_to_stream(stream, local, writer.pos) : 0;
  } else {
    written = writer.finish() < 0 ? -1 : 0;
    if (written == 0 && collector.used)
      written = write_to_stream(stream, collector.heap, collector.used);
  }
  free(collector.heap);
  return written < 0 ? -1 : result;
}

} // namespace gpulibc::internal
