#include <errno.h>
#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/rpc_client.h"

// The host runs the command with /bin/sh -c, as system(3) does, and answers
// with the wait status. The device blocks meanwhile, and so does every other
// RPC call, since the host serves one request at a time.
LIBC_ENTRY(int, system, (const char *command)) {
  size_t length = 0;
  if (command)
    while (command[length])
      ++length;
  gpulibc::RpcClient client = gpulibc::rpc_client();
  gpulibc::RpcClient::Port port = gpulibc::rpc_open(client, GPULIBC_OP_SYSTEM);
  uint64_t is_null = command == nullptr;
  port.send_n(command ? command : "", length, &is_null, 1);
  int status = -1;
  int error = 0;
  port.recv([&](rpc::Buffer *slot) {
    status = static_cast<int>(slot->data[0]);
    error = static_cast<int>(slot->data[1]);
  });
  port.close();
  if (error)
    errno = error;
  return status;
}
