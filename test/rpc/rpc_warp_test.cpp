//===-- The RPC mailbox driven by warps of the cpu device --------------------===//
//
// Device code here is compiled into the test (it is plain C++ over the cpu
// target layer), runs on the cpu device's fibers with 1-, 32- and 64-lane
// warps, and talks to gpurun's own rpc::Server. Lanes send payloads of
// different lengths; lanes of one warp diverge onto different opcodes; blocks
// end in partial warps; there are more warps than ports.
//
//===----------------------------------------------------------------------===//
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include "cpu/device.h"
#include "rpc/rpc.h"
#include "src/__support/rpc_client.h"

// The environment the libc RPC client reads; this test is its own "image".
extern "C" gpulibc_device_env __gpulibc_device_env;
gpulibc_device_env __gpulibc_device_env = {};

namespace {

constexpr uint32_t kChecksum = rpc::user_opcode(1);
constexpr uint32_t kEcho = rpc::user_opcode(2);

uint64_t fnv(const unsigned char *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i)
    h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

int calls_per_thread = 30;
std::atomic<uint64_t> device_failures{0};
std::atomic<uint64_t> device_calls{0};

// Runs on every lane of the grid.
void device_main(const gpurun::cpu::Kernel &) {
  using namespace gpulibc;
  uint32_t thread = gpu::thread_id(0) + gpu::num_threads(0) * gpu::block_id(0);
  uint64_t state = 0x9e3779b97f4a7c15ull * (thread + 1);
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  unsigned char payload[700], back[700];
  for (int i = 0; i < calls_per_thread; ++i) {
    size_t n = next() % (i % 8 == 0 ? sizeof(payload) : 90);
    for (size_t k = 0; k < n; ++k)
      payload[k] = static_cast<unsigned char>(next());
    RpcClient client = rpc_client();
    // Lanes split by parity onto different opcodes; rpc_open keeps the two
    // groups on separate ports even when they arrive together.
    if ((thread + i) % 2) {
      RpcClient::Port port = rpc_open(client, kEcho);
      port.send_n(payload, n);
      uint64_t got = port.recv_n(back, sizeof(back));
      port.close();
      if (got != n || memcmp(back, payload, n) != 0)
        device_failures.fetch_add(1);
    } else {
      RpcClient::Port port = rpc_open(client, kChecksum);
      uint64_t tag = (uint64_t(thread) << 32) | i;
      port.send_n(payload, n, &tag, 1);
      uint64_t sum = 0, size = 0, echoed = 0;
      port.recv([&](rpc::Buffer *slot) {
        sum = slot->data[0], size = slot->data[1], echoed = slot->data[2];
      });
      port.close();
      if (sum != fnv(payload, n) || size != n || echoed != tag)
        device_failures.fetch_add(1);
    }
    device_calls.fetch_add(1, std::memory_order_relaxed);
  }
}

bool serve_one(rpc::Server &server, uint32_t &start, std::vector<unsigned char> *data) {
  rpc::Server::Port port;
  if (!server.try_open(start, port))
    return false;
  start = port.index() + 1;
  if (port.opcode() == kChecksum) {
    uint64_t tag[rpc::kMaxLanes] = {};
    port.recv_n(
        [&](uint32_t lane, uint64_t size, const uint64_t *prefix) -> void * {
          tag[lane] = prefix[0];
          data[lane].resize(size);
          return data[lane].data();
        },
        1);
    port.send([&](rpc::Buffer *slot, uint32_t lane) {
      slot->data[0] = fnv(data[lane].data(), data[lane].size());
      slot->data[1] = data[lane].size();
      slot->data[2] = tag[lane];
    });
  } else if (port.opcode() == kEcho) {
    port.recv_n([&](uint32_t lane, uint64_t size, const uint64_t *) -> void * {
      data[lane].resize(size);
      return data[lane].data();
    });
    port.send_n([&](uint32_t lane, uint64_t *size) -> const void * {
      *size = data[lane].size();
      return data[lane].data();
    });
  } else {
    fprintf(stderr, "unexpected opcode %#x\n", port.opcode());
    abort();
  }
  port.close();
  return true;
}

int run(uint32_t lanes, uint32_t ports, uint32_t blocks, uint32_t threads, int servers) {
  std::vector<unsigned char> shared(rpc::shared_memory_size(ports, lanes) + 64);
  std::vector<uint32_t> locks(rpc::lock_memory_size(ports) / 4), claims(ports);
  void *base = reinterpret_cast<void *>((reinterpret_cast<uintptr_t>(shared.data()) + 63) &
                                        ~uintptr_t(63));
  __gpulibc_device_env = {};
  __gpulibc_device_env.num_ports = ports;
  __gpulibc_device_env.lanes = lanes;
  __gpulibc_device_env.rpc_shared = reinterpret_cast<uint64_t>(base);
  __gpulibc_device_env.rpc_lock = reinterpret_cast<uint64_t>(locks.data());
  device_failures = 0;
  device_calls = 0;

  rpc::Server server(base, ports, lanes, claims.data());
  server.set_keep_waiting([](void *) { std::this_thread::yield(); return true; }, nullptr);
  gpurun::cpu::Device device(lanes, 2);
  gpurun::cpu::Kernel kernel;
  kernel.invoke = device_main;
  device.launch(kernel, {blocks, 1, 1}, {threads, 1, 1});
  std::atomic<bool> done{false};
  std::vector<std::thread> helpers;
  for (int s = 1; s < servers; ++s)
    helpers.emplace_back([&] {
      std::vector<unsigned char> data[rpc::kMaxLanes];
      uint32_t start = 0;
      while (!done.load())
        if (!serve_one(server, start, data))
          std::this_thread::yield();
    });
  std::vector<unsigned char> data[rpc::kMaxLanes];
  uint32_t start = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  while (!device.idle() && !device.faulted() && std::chrono::steady_clock::now() < deadline)
    if (!serve_one(server, start, data))
      std::this_thread::yield();
  done = true;
  for (auto &t : helpers)
    t.join();
  bool ok = device.idle() && !device.faulted();
  if (device.faulted())
    printf("device fault: %s\n", device.fault_message().c_str());
  uint64_t expected = uint64_t(blocks) * threads * calls_per_thread;
  printf("lanes=%u ports=%u grid=%ux%u servers=%d: %llu calls, %llu expected, %llu bad\n", lanes,
         ports, blocks, threads, servers, (unsigned long long)device_calls.load(),
         (unsigned long long)expected, (unsigned long long)device_failures.load());
  if (!ok) {
    device.stop();
    return 1;
  }
  return device_failures.load() == 0 && device_calls.load() == expected ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
  if (argc > 1)
    calls_per_thread = atoi(argv[1]);
  int failed = 0;
  for (uint32_t lanes : {1u, 32u, 64u}) {
    failed |= run(lanes, 1, 3, 40, 1);     // one port for every warp
    failed |= run(lanes, 4, 4, 100, 2);    // partial warps, contention
    failed |= run(lanes, 64, 2, 130, 3);   // many ports, several servers
  }
  printf("%s\n", failed ? "FAILED" : "all passed");
  return failed;
}
