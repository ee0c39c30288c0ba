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
#include <cstdlib>
#include <sched.h>
#include <string>
#include <thread>
#include <time.h>
#include <unordered_map>
#include <vector>

#include "backend.h"
#include "gpulibc/rpc_opcodes.h"
#include "rpc/rpc.h"
#include "services.h"

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
  // For GPULIBC_CLOCK_ELAPSED: when this server was created.
  struct timespec started = {};
  std::unordered_map<uint32_t, Handler> handlers;
};

Server::Server(void *shared, uint32_t num_ports, uint32_t lanes) : state(new State) {
  state->claims.assign(num_ports, 0);
  state->server = rpc::Server(shared, num_ports, lanes, state->claims.data());
  clock_gettime(CLOCK_MONOTONIC, &state->started);
}

Server::Server(void *shared, uint32_t num_ports, uint32_t lanes, const LaunchOptions &options)
    : Server(shared, num_ports, lanes) {
  register_services(*this, options);
}

Server::~Server() { delete state; }

void Server::add_handler(uint32_t opcode, Handler handler) {
  state->handlers[opcode] = std::move(handler);
}

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

// The device's clocks are the host's. Unknown clock ids get EINVAL.
static void handle_clock_gettime(rpc::Server::Port &port, const struct timespec &started) {
  uint64_t clock[rpc::kMaxLanes] = {};
  port.recv([&](rpc::Buffer *slot, uint32_t lane) { clock[lane] = slot->data[0]; });
  port.send([&](rpc::Buffer *slot, uint32_t lane) {
    struct timespec now = {};
    int error = 0;
    switch (clock[lane]) {
    case GPULIBC_CLOCK_REALTIME: clock_gettime(CLOCK_REALTIME, &now); break;
    case GPULIBC_CLOCK_MONOTONIC: clock_gettime(CLOCK_MONOTONIC, &now); break;
    case GPULIBC_CLOCK_ELAPSED:
      clock_gettime(CLOCK_MONOTONIC, &now);
      now.tv_sec -= started.tv_sec;
      now.tv_nsec -= started.tv_nsec;
      if (now.tv_nsec < 0)
        now.tv_nsec += 1000000000, now.tv_sec -= 1;
      break;
    default: error = EINVAL; break;
    }
    slot->data[0] = static_cast<uint64_t>(now.tv_sec);
    slot->data[1] = static_cast<uint64_t>(now.tv_nsec);
    slot->data[2] = static_cast<uint64_t>(error);
  });
}

// Times whose year cannot fit tm_year are refused before they reach libc:
// the device's time_t is only a number.
constexpr int64_t kMaxLocalSeconds = (int64_t(1) << 31) * 366 * 86400;

// Fills a LOCALTIME/MKTIME answer from a struct tm the host's libc produced.
static void put_local_answer(rpc::Buffer *slot, int error, int64_t seconds, const struct tm &t) {
  memset(slot, 0, sizeof(*slot));
  slot->data[0] = static_cast<uint64_t>(error);
  if (error)
    return;
  slot->data[1] = static_cast<uint64_t>(seconds);
  slot->data[2] = static_cast<uint64_t>(static_cast<int64_t>(t.tm_gmtoff));
  slot->data[3] = static_cast<uint64_t>(static_cast<int64_t>(t.tm_isdst));
  // At most 31 bytes of the name, always terminated.
  char *zone = reinterpret_cast<char *>(&slot->data[4]);
  if (t.tm_zone)
    strncpy(zone, t.tm_zone, 31);
}

static void handle_localtime(rpc::Server::Port &port) {
  int64_t seconds[rpc::kMaxLanes] = {};
  port.recv([&](rpc::Buffer *slot, uint32_t lane) {
    seconds[lane] = static_cast<int64_t>(slot->data[0]);
  });
  port.send([&](rpc::Buffer *slot, uint32_t lane) {
    struct tm t = {};
    time_t when = static_cast<time_t>(seconds[lane]);
    int error = 0;
    if (seconds[lane] > kMaxLocalSeconds || seconds[lane] < -kMaxLocalSeconds ||
        !localtime_r(&when, &t))
      error = EOVERFLOW;
    put_local_answer(slot, error, seconds[lane], t);
  });
}

static void handle_mktime(rpc::Server::Port &port) {
  struct tm fields[rpc::kMaxLanes] = {};
  bool valid[rpc::kMaxLanes] = {};
  port.recv([&](rpc::Buffer *slot, uint32_t lane) {
    int *out[7] = {&fields[lane].tm_sec, &fields[lane].tm_min, &fields[lane].tm_hour,
                   &fields[lane].tm_mday, &fields[lane].tm_mon, &fields[lane].tm_year,
                   &fields[lane].tm_isdst};
    valid[lane] = true;
    for (int i = 0; i < 7; ++i) {
      int64_t value = static_cast<int64_t>(slot->data[i]);
      // Each word carries one sign-extended int; anything else is refused.
      valid[lane] &= value >= INT32_MIN && value <= INT32_MAX;
      *out[i] = static_cast<int>(value);
    }
  });
  port.send([&](rpc::Buffer *slot, uint32_t lane) {
    struct tm t = fields[lane];
    int error = 0;
    time_t result = -1;
    if (!valid[lane]) {
      error = EINVAL;
    } else {
      // -1 is also a valid time; only errno tells them apart.
      errno = 0;
      result = mktime(&t);
      if (result == -1 && errno != 0)
        error = EOVERFLOW;
      else if (result > kMaxLocalSeconds || result < -kMaxLocalSeconds)
        error = EOVERFLOW;
    }
    put_local_answer(slot, error, result, t);
  });
}

// A command longer than Linux accepts as one exec argument could not run
// anyway; refusing it bounds what the device can make the host allocate.
constexpr uint64_t kMaxCommandSize = 128 * 1024;

static void handle_system(rpc::Server::Port &port, std::string *data) {
  bool is_null[rpc::kMaxLanes] = {};
  bool too_big[rpc::kMaxLanes] = {};
  port.recv_n(
      [&](uint32_t lane, uint64_t size, const uint64_t *prefix) -> void * {
        is_null[lane] = prefix[0] != 0;
        data[lane].clear();
        if (is_null[lane] || size > kMaxCommandSize) {
          too_big[lane] = !is_null[lane];
          return nullptr;
        }
        data[lane].resize(size);
        return data[lane].data();
      },
      1);
  if (!port.ok())
    return;
  int status[rpc::kMaxLanes] = {};
  int error[rpc::kMaxLanes] = {};
  for (uint64_t m = port.mask(); m; m &= m - 1) {
    uint32_t lane = static_cast<uint32_t>(__builtin_ctzll(m));
    if (is_null[lane]) {
      status[lane] = system(nullptr);
      continue;
    }
    // The command is exactly the bytes received; a NUL inside them means the
    // device and host disagree on what the command is, so it does not run.
    if (too_big[lane] || memchr(data[lane].data(), '\0', data[lane].size())) {
      status[lane] = -1;
      error[lane] = too_big[lane] ? E2BIG : EINVAL;
      continue;
    }
    // The command's output must follow what the device printed before.
    fflush(stdout);
    fflush(stderr);
    errno = 0;
    status[lane] = system(data[lane].c_str());
    if (status[lane] == -1)
      error[lane] = errno ? errno : ECHILD;
  }
  port.send([&](rpc::Buffer *slot, uint32_t lane) {
    slot->data[0] = static_cast<uint64_t>(static_cast<int64_t>(status[lane]));
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
    case GPULIBC_OP_CLOCK_GETTIME:
      handle_clock_gettime(port, state->started);
      break;
    case GPULIBC_OP_LOCALTIME:
      handle_localtime(port);
      break;
    case GPULIBC_OP_MKTIME:
      handle_mktime(port);
      break;
    case GPULIBC_OP_SYSTEM:
      handle_system(port, state->lane_data);
      break;
    default: {
      auto found = state->handlers.find(opcode);
      if (found != state->handlers.end()) {
        found->second(port, state->lane_data);
        break;
      }
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
