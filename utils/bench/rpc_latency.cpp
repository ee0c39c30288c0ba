//===-- RPC round-trip latency on the cpu device vs the physical floor -------===//
//
// In one run:
//  floor  two host threads ping-pong a flag plus a 64-byte payload through
//         shared memory (flag and payload on their own cache lines, one pair
//         per direction), spinning: the least such a round trip can cost.
//  rpc    a one-lane warp on the cpu device sends PING through gpulibc's RPC
//         client (the same code device programs use) to gpurun's server
//         (the same serve loop gpurun runs), and waits for the answer.
// Prints ns per round trip for both and the ratio rpc/floor.
//
//===----------------------------------------------------------------------===//
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

#include "cpu/device.h"
#include "rpc/rpc.h"
#include "server.h"
#include "src/__support/rpc_client.h"

extern "C" gpulibc_device_env __gpulibc_device_env;
gpulibc_device_env __gpulibc_device_env = {};

namespace {

using Clock = std::chrono::steady_clock;

// One direction of the floor: a flag line and a separate 64-byte payload
// line, the least memory traffic that can carry a flag plus 64 bytes.
struct Channel {
  alignas(64) std::atomic<uint32_t> flag{0};
  alignas(64) unsigned char payload[64];
};

double ping_pong_floor(long rounds) {
  Channel *to_b = new Channel, *to_a = new Channel;
  std::thread b([&] {
    uint32_t seen = 0;
    unsigned char buffer[64];
    for (long i = 0; i < rounds; ++i) {
      while (to_b->flag.load(std::memory_order_acquire) == seen)
        __builtin_ia32_pause();
      ++seen;
      memcpy(buffer, to_b->payload, sizeof(to_b->payload));
      memcpy(to_a->payload, buffer, sizeof(to_a->payload));
      to_a->flag.store(seen, std::memory_order_release);
    }
  });
  unsigned char buffer[64] = {1};
  auto start = Clock::now();
  for (long i = 1; i <= rounds; ++i) {
    memcpy(to_b->payload, buffer, sizeof(to_b->payload));
    to_b->flag.store(static_cast<uint32_t>(i), std::memory_order_release);
    while (to_a->flag.load(std::memory_order_acquire) != static_cast<uint32_t>(i))
      __builtin_ia32_pause();
    memcpy(buffer, to_a->payload, sizeof(to_a->payload));
  }
  double ns = std::chrono::duration<double, std::nano>(Clock::now() - start).count();
  b.join();
  delete to_b;
  delete to_a;
  return ns / rounds;
}

long device_rounds;
double device_ns;

void ping_kernel(const gpurun::cpu::Kernel &) {
  using namespace gpulibc;
  RpcClient client = rpc_client();
  uint64_t value = 0;
  auto one = [&] {
    RpcClient::Port port = rpc_open(client, GPULIBC_OP_PING);
    port.send([&](rpc::Buffer *slot) { slot->data[0] = value; });
    port.recv([&](rpc::Buffer *slot) { value = slot->data[0]; });
    port.close();
  };
  for (int i = 0; i < 1000; ++i) // warm up
    one();
  auto start = Clock::now();
  for (long i = 0; i < device_rounds; ++i)
    one();
  device_ns = std::chrono::duration<double, std::nano>(Clock::now() - start).count() /
              device_rounds;
  if (value != uint64_t(device_rounds) + 1000)
    fprintf(stderr, "wrong answers from the server\n"), exit(1);
}

double rpc_round_trip(long rounds, uint32_t lanes) {
  device_rounds = rounds;
  uint32_t ports = 1;
  std::vector<unsigned char> shared(rpc::shared_memory_size(ports, lanes) + 64);
  std::vector<uint32_t> locks(rpc::lock_memory_size(ports) / 4);
  void *base = reinterpret_cast<void *>((reinterpret_cast<uintptr_t>(shared.data()) + 63) &
                                        ~uintptr_t(63));
  __gpulibc_device_env.num_ports = ports;
  __gpulibc_device_env.lanes = lanes;
  __gpulibc_device_env.rpc_shared = reinterpret_cast<uint64_t>(base);
  __gpulibc_device_env.rpc_lock = reinterpret_cast<uint64_t>(locks.data());
  gpurun::Server server(base, ports, lanes);
  gpurun::cpu::Device device(lanes, 1);
  gpurun::cpu::Kernel kernel;
  kernel.invoke = ping_kernel;
  device.launch(kernel, {1, 1, 1}, {1, 1, 1});
  gpurun::serve_until(server, [&] { return device.idle() || device.faulted(); },
                      gpurun::Clock::time_point::max());
  device.join();
  return device_ns;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 200000;
  int repeats = 5;
  std::vector<double> floor_ns, rpc_ns;
  // Interleave the two so that machine noise hits both alike.
  for (int r = 0; r < repeats; ++r) {
    floor_ns.push_back(ping_pong_floor(rounds));
    rpc_ns.push_back(rpc_round_trip(rounds, 1));
  }
  double f = median(floor_ns), p = median(rpc_ns);
  printf("rpc_latency: %ld round trips x %d runs (median)\n", rounds, repeats);
  printf("  floor (flag + 64 B ping-pong, 2 threads): %8.1f ns\n", f);
  printf("  gpulibc RPC, 1 lane, cpu device:          %8.1f ns\n", p);
  printf("  ratio rpc/floor:                          %8.2fx\n", p / f);
  return 0;
}
