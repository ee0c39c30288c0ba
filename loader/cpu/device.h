//===-- The cpu device: a SIMT machine emulated on host threads ------------===//
//
// Each warp is a group of lanes; each lane is a fiber with its own stack. A
// worker thread runs its warps' lanes one at a time until each reaches a
// collective operation (or the spin-loop sleep hint, or its end), and then
// resolves the collectives the way a GPU would: lanes that reached the same
// lane_mask() call together are the active set; an explicit-mask operation
// completes when every lane it names has arrived with the same mask.
//
// Fibers rather than an OS thread per lane, because:
//  - a collective is a scheduling point anyway, so lanes of a warp need no
//    locks or futexes among themselves, only a stack switch (~10 ns);
//  - a warp has no forward-progress guarantee between its lanes, exactly as
//    on a GPU: a lane spinning without the sleep hint stalls its warp, which
//    is the bug this device exists to expose before the code meets hardware;
//  - grids of 10^5 threads cost stacks, not kernel threads.
// Blocks are dealt to workers and stay there, so a block barrier is local to
// one worker and a stuck warp can be diagnosed exactly (see Worker).
//
//===----------------------------------------------------------------------===//
#ifndef GPURUN_CPU_DEVICE_H
#define GPURUN_CPU_DEVICE_H

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gpulibc/cpu_device_abi.h"

namespace gpurun::cpu {

struct Dim3 {
  uint32_t x = 1, y = 1, z = 1;
  uint64_t count() const { return uint64_t(x) * y * z; }
};

// What each lane calls; the backend supplies it.
struct Kernel {
  void (*invoke)(const Kernel &kernel);
  uintptr_t entry = 0; // the image's function
  int argc = 0;
  char **argv = nullptr;
  char **envp = nullptr;
  int *ret = nullptr;
  int status = 0;
};

class Worker;

class Device {
public:
  Device(uint32_t lanes, uint32_t workers);
  ~Device();
  Device(const Device &) = delete;
  Device &operator=(const Device &) = delete;

  // Starts a grid on the worker threads and returns at once.
  void launch(const Kernel &kernel, Dim3 blocks, Dim3 threads);
  // Every block of the last launch finished, or the device stopped.
  bool idle() const { return active_workers.load(std::memory_order_acquire) == 0; }
  // Waits for the workers of the last launch, if they are done.
  void join();
  // Asks the workers to abandon the grid at their next scheduling point.
  void stop() { stop_requested.store(true, std::memory_order_relaxed); }

  // A fault (trap, bad memory access, broken collective, deadlock) ends the
  // device; the first one is kept for the report.
  bool faulted() const { return has_fault.load(std::memory_order_acquire); }
  std::string fault_message() const;
  void record_fault(const std::string &message);

  uint32_t lanes() const { return warp_size; }
  const Kernel &current_kernel() const { return kernel; }

  // For the fault signal handler: publishes a message without locking.
  void record_fault_from_signal(const char *message) {
    signal_text = message;
    has_fault.store(true, std::memory_order_release);
  }

private:
  friend class Worker;

  uint32_t warp_size;
  uint32_t worker_count;
  Kernel kernel;
  Dim3 grid;
  Dim3 block;
  std::atomic<uint64_t> next_block{0};
  std::atomic<uint32_t> active_workers{0};
  std::atomic<bool> stop_requested{false};
  std::vector<std::thread> threads;
  std::vector<Worker *> workers;

  mutable std::mutex fault_lock;
  std::atomic<bool> has_fault{false};
  std::string fault_text;
  const char *signal_text = nullptr;
};

// Installs the handlers that turn a trap or a bad access in device code into
// a reported device fault. Idempotent.
void install_fault_handlers();

} // namespace gpurun::cpu

#endif
