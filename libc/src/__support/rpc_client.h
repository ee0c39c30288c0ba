//===-- The device's RPC client -------------------------------------------===//
#ifndef GPULIBC_SUPPORT_RPC_CLIENT_H
#define GPULIBC_SUPPORT_RPC_CLIENT_H

#include "gpulibc/rpc_opcodes.h"
#include <rpc/rpc.h>

#include "gpu_target.h"
#include "src/__support/device_env.h"

namespace gpulibc {

// Adapts the target layer to what rpc::Client expects of a device.
struct RpcTarget {
  static uint64_t lane_mask() { return gpu::lane_mask(); }
  static uint32_t lane_id() { return gpu::lane_id(); }
  static uint64_t ballot(uint64_t mask, bool value) { return gpu::ballot(mask, value); }
  static uint32_t broadcast(uint64_t mask, uint32_t value) {
    return gpu::read_first_lane_u32(mask, value);
  }
  static void sync_lanes(uint64_t mask) { gpu::sync_lanes(mask); }
  static void sleep() { gpu::sleep_briefly(); }
};

using RpcClient = rpc::Client<RpcTarget>;

// Built from the environment on each use: four loads, and no constructor
// that would have to run before the first call.
inline RpcClient rpc_client() {
  const gpulibc_device_env &env = __gpulibc_device_env;
  return RpcClient(reinterpret_cast<void *>(env.rpc_shared),
                   reinterpret_cast<uint32_t *>(env.rpc_lock), env.num_ports,
                   env.lanes);
}

// Spreads warps over the ports: the warp's index in the grid.
inline uint32_t rpc_port_hint() {
  uint32_t block = gpu::block_id(0) +
                   gpu::num_blocks(0) * (gpu::block_id(1) + gpu::num_blocks(1) * gpu::block_id(2));
  uint32_t thread = gpu::thread_id(0) +
                    gpu::num_threads(0) * (gpu::thread_id(1) + gpu::num_threads(1) * gpu::thread_id(2));
  uint32_t per_block = gpu::num_threads(0) * gpu::num_threads(1) * gpu::num_threads(2);
  uint32_t warps_per_block = (per_block + gpu::num_lanes() - 1) / gpu::num_lanes();
  return block * warps_per_block + thread / gpu::num_lanes();
}

// Opens a port for the calling lanes. Lanes that arrive together with
// different opcodes are split into one group per opcode, because a port
// carries a single opcode; on GPUs that converge divergent callers inside a
// shared function this is what keeps their requests apart.
inline RpcClient::Port rpc_open(RpcClient &client, uint32_t opcode) {
  uint64_t mask = gpu::lane_mask();
  for (;;) {
    uint32_t first = gpu::read_first_lane_u32(mask, opcode);
    uint64_t same = gpu::ballot(mask, opcode == first);
    if (opcode == first)
      return client.open_with_mask(opcode, rpc_port_hint(), same);
    mask &= ~same;
  }
}

} // namespace gpulibc

#endif
