//===-- The standard streams and the write path to the host ---------------===//
#include "src/__support/file.h"

#include <errno.h>

#include "src/__support/rpc_client.h"

static __gpulibc_FILE stdin_file = {GPULIBC_STDIN, 0, 0};
static __gpulibc_FILE stdout_file = {GPULIBC_STDOUT, 0, 0};
static __gpulibc_FILE stderr_file = {GPULIBC_STDERR, 0, 0};

extern "C" {
FILE *stdin = &stdin_file;
FILE *stdout = &stdout_file;
FILE *stderr = &stderr_file;
}

namespace gpulibc::internal {

long long write_to_stream(FILE *stream, const void *data, size_t size, uint64_t flags) {
  RpcClient client = rpc_client();
  RpcClient::Port port = rpc_open(client, GPULIBC_OP_WRITE);
  uint64_t prefix[2] = {stream->handle, flags};
  port.send_n(data, size, prefix, 2);
  long long written = 0;
  int error = 0;
  port.recv([&](rpc::Buffer *slot) {
    written = static_cast<long long>(slot->data[0]);
    error = static_cast<int>(slot->data[1]);
  });
  port.close();
  if (written < 0) {
    stream->error = 1;
    errno = error;
    return -1;
  }
  return written;
}

} // namespace gpulibc::internal
