//===-- gpurun's RPC server: the host side of gpulibc's libc opcodes -------===//
//
// Nothing the device sends is trusted: handles are looked up in a table,
// sizes are capped, and the lane mask is clipped to the port's lanes by
// rpc::Server before any slot is touched.
//
//===----------------------------------------------------------------------===//
#include "server.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sched.h>
#include <string>
#include <thread>
#include <time.h>
#include <vector>

#include "backend.h"
#include "gpulibc/rpc_opcodes.h"
#include "rpc/rpc.h"

namespace gpurun {

// A single write larger than this is refused with EFBIG rather than
// allocated: the size comes from the device.
constexpr uint64_t kMaxWriteSize = uint64_t(1) << 30;

struct Server::State {
  std::vector<uint32_t> claims;
  rpc::Server server;
  uint32_t next_port = 0;
  bool finished = false;
  int exit_code = 0;
  std::string lane_data[rpc::kMaxLanes];
  std::function<bool()> keep_waiting;
};

Server::Server(void *shared, uint32_t num_ports, uint32_t lanes) : state(new State) {
  state->claims.assign(num_ports, 0);
  state->server = rpc::Server(shared, num_ports, lanes, state->claims.data());
}

Server::~Server() { delete state; }

void Server::set_keep_waiting(std::function<bool()> keep_waiting) {
  state->keep_waiting = std::move(keep_waiting);
  state->server.set_keep_waiting(
      [](void *context) { return static_cast<State *>(context)->keep_waiting(); }, state);
}

bool Server::finished() const { return state->finished; }
int Server::exit_code() const { return state->exit_code; }

namespace {

FILE *host_stream(uint64_t handle) {
  switch (handle) {
  case GPULIBC_STDOUT: return stdout;
  case GPULIBC_STDERR: return stderr;
  default: return nullptr;
  }
}

} // namespace

static void handle_write(rpc::Server::Port &port, std::string *data) {
  uint64_t handle[rpc::kMaxLanes] = {};
  uint64_t flags[rpc::kMaxLanes] = {};
  bool too_big[rpc::kMaxLanes] = {};
  port.recv_n(
      [&](uint32_t lane, uint64_t size, const uint64_t *prefix) -> void * {
        handle[lane] = prefix[0];
        flags[lane] = prefix[1];
        if (size > kMaxWriteSize) {
          too_big[lane] = true;
          return nullptr;
        }
        data[lane].resize(size);
        return data[lane].data();
      },
      2);
  if (!port.ok())
    return;
  int64_t written[rpc::kMaxLanes] = {};
  int error[rpc::kMaxLanes] = {};
  for (uint64_t m = port.mask(); m; m &= m - 1) {
    uint32_t lane = static_cast<uint32_t>(__builtin_ctzll(m));
    FILE *stream = host_stream(handle[lane]);
    if (!stream) {
      written[lane] = -1, error[lane] = EBADF;
      continue;
    }
    if (too_big[lane]) {
      written[lane] = -1, error[lane] = EFBIG;
      continue;
    }
    std::string &bytes = data[lane];
    if (flags[lane] & 1)
      bytes.push_back('\n');
    // Keep stdout and stderr in the order the device wrote them.
    if (stream == stderr)
      fflush(stdout);
    size_t n = fwrite(bytes.data(), 1, bytes.size(), stream);
    if (n != bytes.size()) {
      written[lane] = -1, error[lane] = errno ? errno : EIO;
      clearerr(stream);
    } else {
      written[lane] = static_cast<int64_t>(n - (flags[lane] & 1));
    }
  }
  port.send([&](rpc::Buffer *slot, uint32_t lane) {
    slot->data[0] = static_cast<uint64_t>(written[lane]);
    slot->data[1] = static_cast<uint64_t>(error[lane]);
  });
}

bool Server::poll() {
  bool worked = false;
  rpc::Server::Port port;
  uint32_t ports = state->server.mailbox().ports();
  // One pass over the ports, starting after the last one served, so a busy
  // warp cannot starve the others.
  for (uint32_t served = 0; served < ports && !state->finished; ++served) {
    if (!state->server.try_open(state->next_port, port))
      break;
    state->next_port = (port.index() + 1) % ports;
    worked = true;
    uint32_t opcode = port.opcode();
    switch (opcode) {
    case GPULIBC_OP_WRITE:
      handle_write(port, state->lane_data);
      break;
    case GPULIBC_OP_EXIT: {
      int status = 0;
      bool first = true;
      port.recv([&](rpc::Buffer *slot, uint32_t) {
        if (first)
          status = static_cast<int>(slot->data[0]);
        first = false;
      });
      if (!port.ok())
        break;
      state->finished = true;
      state->exit_code = status;
      break;
    }
    case GPULIBC_OP_ABORT:
      port.recv([](rpc::Buffer *, uint32_t) {});
      fflush(stdout);
      report("the program called abort() on the device");
      state->finished = true;
      state->exit_code = kExitDeviceAbort;
      break;
    case GPULIBC_OP_PING: {
      uint64_t values[rpc::kMaxLanes] = {};
      port.recv([&](rpc::Buffer *slot, uint32_t lane) { values[lane] = slot->data[0]; });
      port.send([&](rpc::Buffer *slot, uint32_t lane) { slot->data[0] = values[lane] + 1; });
      break;
    }
    default:
      // The conversation's shape is unknown, so it cannot be served; the
      // program cannot continue correctly.
      fflush(stdout);
      report("the device sent RPC opcode 0x%x, which this gpurun does not serve "
             "(an image built against a different gpulibc?)",
             opcode);
      state->finished = true;
      state->exit_code = kExitNotRunnable;
      break;
    }
    port.close();
  }
  return worked;
}

WaitResult serve_until(Server &server, const std::function<bool()> &kernel_done,
                       Clock::time_point deadline) {
  server.set_keep_waiting([&] {
    // The device may need this core to answer (the cpu device runs on it).
    sched_yield();
    return !kernel_done() && Clock::now() < deadline;
  });
  // Afterwards nobody on the device can answer: give up at once instead of
  // calling back into this frame.
  struct Reset {
    Server &server;
    ~Reset() {
      server.set_keep_waiting([] { return false; });
    }
  } reset{server};
  uint64_t idle = 0;
  Clock::time_point idle_since;
  for (uint64_t round = 0;; ++round) {
    if ((round & 1023) == 0 && Clock::now() >= deadline)
      return WaitResult::kTimedOut;
    if (server.poll()) {
      idle = 0;
    } else {
      ++idle;
    }
    if (server.finished())
      return WaitResult::kProgramExited;
    if (kernel_done()) {
      // Serve anything the device sent just before finishing.
      while (server.poll() && !server.finished())
        ;
      return server.finished() ? WaitResult::kProgramExited : WaitResult::kKernelDone;
    }
    if (idle == 0)
      continue;
    // Poll hard while requests are recent: that is where latency is won.
    // Then yield, then sleep, so a quiet device costs almost no host CPU.
    if (idle < 2048) {
      __builtin_ia32_pause();
      continue;
    }
    if (idle == 2048) {
      idle_since = Clock::now();
      fflush(stdout);
    }
    Clock::time_point now = Clock::now();
    if (now >= deadline)
      return WaitResult::kTimedOut;
    auto quiet = now - idle_since;
    if (quiet < std::chrono::microseconds(100)) {
      sched_yield();
    } else {
      struct timespec pause = {0, quiet < std::chrono::milliseconds(10) ? 20000 : 200000};
      nanosleep(&pause, nullptr);
    }
  }
}

} // namespace gpurun
