#include <stdlib.h>

#include "src/__support/common.h"
#include "src/__support/rpc_client.h"

LIBC_ENTRY(void, abort, (void)) {
  gpulibc::RpcClient client = gpulibc::rpc_client();
  gpulibc::RpcClient::Port port = gpulibc::rpc_open(client, GPULIBC_OP_ABORT);
  port.send([](rpc::Buffer *) {});
  port.close();
  // The host ends the program when it sees the message; if the RPC region
  // is unusable the trap still stops this thread.
  for (unsigned i = 0; i < 1u << 20; ++i)
    gpulibc::gpu::sleep_briefly();
  gpulibc::gpu::fault("abort");
}
