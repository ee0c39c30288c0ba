//===-- Device-side FILE streams ------------------------------------------===//
#ifndef GPULIBC_SUPPORT_FILE_H
#define GPULIBC_SUPPORT_FILE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// A stream on the device is an opaque handle that the host validates against
// its own table; the device never holds a host pointer.
struct __gpulibc_FILE {
  uint64_t handle;
  int error;
  int eof;
};

namespace gpulibc::internal {

enum WriteFlags : uint64_t {
  kWriteAppendNewline = 1, // puts: the host adds '\n' to the same write
};

// Writes `size` bytes as one message: lines from many threads never
// interleave within a call. Returns bytes written or -1 with errno set.
long long write_to_stream(FILE *stream, const void *data, size_t size, uint64_t flags = 0);

} // namespace gpulibc::internal

#endif
