//===-- The RPC mailbox on host threads -------------------------------------===//
//
// Single-lane clients on many host threads against one or more server
// threads, with fewer ports than clients, so ports are contended and reused.
// Every payload is checksummed by the server and echoed back, so a lost,
// duplicated or corrupted message fails the test.
//
//===----------------------------------------------------------------------===//
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

#include "rpc/rpc.h"

namespace {

// A host thread is a warp of one lane.
struct HostLane {
  static uint64_t lane_mask() { return 1; }
  static uint32_t lane_id() { return 0; }
  static uint64_t ballot(uint64_t mask, bool v) { return v ? mask : 0; }
  static uint32_t broadcast(uint64_t, uint32_t v) { return v; }
  static void sync_lanes(uint64_t) {}
  static void sleep() { std::this_thread::yield(); }
};

constexpr uint32_t kChecksum = 1, kEcho = 2, kStop = 3;

uint64_t fnv(const unsigned char *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i)
    h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

struct Region {
  uint32_t ports, lanes;
  std::vector<unsigned char> shared;
  std::vector<uint32_t> locks, claims;
  Region(uint32_t ports, uint32_t lanes)
      : ports(ports), lanes(lanes),
        shared(rpc::shared_memory_size(ports, lanes) + 64),
        locks(rpc::lock_memory_size(ports) / 4), claims(ports) {}
  void *base() { return reinterpret_cast<void *>((reinterpret_cast<uintptr_t>(shared.data()) + 63) & ~uintptr_t(63)); }
};

void serve(rpc::Server &server, std::atomic<int> &stops, int clients, std::atomic<uint64_t> &served) {
  std::vector<unsigned char> data[rpc::kMaxLanes];
  uint32_t start = 0;
  while (stops.load() < clients) {
    rpc::Server::Port port;
    if (!server.try_open(start, port)) {
      std::this_thread::yield();
      continue;
    }
    start = port.index() + 1;
    switch (port.opcode()) {
    case kChecksum: {
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
      break;
    }
    case kEcho:
      port.recv_n([&](uint32_t lane, uint64_t size, const uint64_t *) -> void * {
        data[lane].resize(size);
        return data[lane].data();
      });
      port.send_n([&](uint32_t lane, uint64_t *size) -> const void * {
        *size = data[lane].size();
        return data[lane].data();
      });
      break;
    case kStop:
      port.recv([&](rpc::Buffer *, uint32_t) {});
      stops.fetch_add(1);
      break;
    default:
      fprintf(stderr, "unexpected opcode %u\n", port.opcode());
      abort();
    }
    port.close();
    served.fetch_add(1, std::memory_order_relaxed);
  }
}

int run(uint32_t ports, int clients, int servers, int calls) {
  Region region(ports, 1);
  std::atomic<int> stops{0};
  std::atomic<uint64_t> served{0}, failures{0};
  rpc::Server server(region.base(), ports, 1, region.claims.data());
  // Give the core away while a client is slow: there are more threads than cores.
  server.set_keep_waiting([](void *) { std::this_thread::yield(); return true; }, nullptr);
  rpc::Client<HostLane> client(region.base(), region.locks.data(), ports, 1);

  std::vector<std::thread> threads;
  for (int s = 0; s < servers; ++s)
    threads.emplace_back([&] { serve(server, stops, clients, served); });
  for (int c = 0; c < clients; ++c)
    threads.emplace_back([&, c] {
      uint64_t state = 0x9e3779b97f4a7c15ull * (c + 1);
      auto next = [&] {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        return state;
      };
      std::vector<unsigned char> payload, back(2048);
      for (int i = 0; i < calls; ++i) {
        size_t n = next() % (i % 32 == 0 ? 1500 : 120);
        payload.resize(n);
        for (auto &b : payload)
          b = static_cast<unsigned char>(next());
        if (i % 3 == 0) {
          auto port = client.open(kEcho, c);
          port.send_n(payload.data(), n);
          uint64_t got = port.recv_n(back.data(), back.size());
          port.close();
          if (got != n || memcmp(back.data(), payload.data(), n) != 0)
            failures.fetch_add(1);
        } else {
          auto port = client.open(kChecksum, c);
          uint64_t tag = (uint64_t(c) << 32) | i;
          port.send_n(payload.data(), n, &tag, 1);
          uint64_t sum = 0, size = 0, echoed = 0;
          port.recv([&](rpc::Buffer *slot) {
            sum = slot->data[0], size = slot->data[1], echoed = slot->data[2];
          });
          port.close();
          if (sum != fnv(payload.data(), n) || size != n || echoed != tag)
            failures.fetch_add(1);
        }
      }
      auto port = client.open(kStop, c);
      port.send([](rpc::Buffer *) {});
      port.close();
    });
  for (auto &t : threads)
    t.join();
  uint64_t expected = uint64_t(clients) * (calls + 1);
  printf("ports=%u clients=%d servers=%d: %llu calls served, %llu expected, %llu bad\n", ports,
         clients, servers, (unsigned long long)served.load(), (unsigned long long)expected,
         (unsigned long long)failures.load());
  return failures.load() == 0 && served.load() == expected ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
  // Sized for a two-core machine: more spinning threads than cores only
  // measures the OS scheduler. Pass a larger count for a stress run.
  int calls = argc > 1 ? atoi(argv[1]) : 400;
  int failed = 0;
  failed |= run(1, 3, 1, calls);   // every client shares one port
  failed |= run(3, 4, 2, calls);   // more clients than ports, two servers
  failed |= run(64, 4, 3, calls);  // many ports, three servers
  failed |= run(7, 2, 1, calls);
  printf("%s\n", failed ? "FAILED" : "all passed");
  return failed;
}
