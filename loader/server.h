//===-- gpurun's RPC server: the host side of gpulibc's libc opcodes -------===//
#ifndef GPURUN_SERVER_H
#define GPURUN_SERVER_H

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "rpc/rpc.h"

namespace gpurun {

struct LaunchOptions;

class Server;

// Serves one conversation on `port`, opened for the opcode the handler was
// registered for; the server closes the port afterwards. `lane_data` is one
// scratch string per lane, reused between calls to save allocations.
using Handler = std::function<void(rpc::Server::Port &port, std::string *lane_data)>;

class Server {
public:
  // `shared` is the host view of the RPC region the device was given in
  // gpulibc_device_env::rpc_shared.
  Server(void *shared, uint32_t num_ports, uint32_t lanes);
  // As above, and registers the services gpurun's options ask for.
  Server(void *shared, uint32_t num_ports, uint32_t lanes, const LaunchOptions &options);
  ~Server();
  Server(const Server &) = delete;
  Server &operator=(const Server &) = delete;

  // Serves `opcode` with `handler` from now on, replacing any earlier one.
  // The libc's own opcodes are served by built-in code and cannot be replaced.
  void add_handler(uint32_t opcode, Handler handler);

  // Handles each port with a pending request once. True if any work was done.
  bool poll();

  // While a conversation waits on the device, `keep_waiting` is asked now and
  // then whether to go on; false abandons it (the device died or time is up).
  void set_keep_waiting(std::function<bool()> keep_waiting);

  // The device called exit, _Exit or abort; no more requests will be served.
  bool finished() const;
  int exit_code() const; // valid once finished()

private:
  struct State;
  State *state;
};

using Clock = std::chrono::steady_clock;

enum class WaitResult { kKernelDone, kProgramExited, kTimedOut };

// Serves RPC until kernel_done() returns true, the program exits through the
// server, or `deadline` passes (Clock::time_point::max() for none). Polls hard
// while there is traffic and backs off to short sleeps when idle.
WaitResult serve_until(Server &server, const std::function<bool()> &kernel_done,
                       Clock::time_point deadline);

} // namespace gpurun

#endif
