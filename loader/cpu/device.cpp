#include "cpu/device.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sched.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "cpu/fiber.h"

namespace gpurun::cpu {

using LaneContext = gpulibc_lane_context;
constexpr uint64_t kContextSize = GPULIBC_CPU_CONTEXT_SIZE;
constexpr uint64_t kLaneRegionSize = GPULIBC_CPU_LANE_REGION_SIZE;

namespace {

enum class Op : uint8_t {
  kNone,
  kLaneMask,
  kBallot,
  kReadFirst,
  kShuffle,
  kSyncLanes,
  kBarrier,
  kSleep,
};

const char *op_name(Op op) {
  switch (op) {
  case Op::kNone: return "running";
  case Op::kLaneMask: return "lane_mask";
  case Op::kBallot: return "ballot";
  case Op::kReadFirst: return "read_first_lane";
  case Op::kShuffle: return "shuffle";
  case Op::kSyncLanes: return "sync_lanes";
  case Op::kBarrier: return "sync_threads";
  case Op::kSleep: return "sleep";
  }
  return "?";
}

bool is_explicit(Op op) {
  return op == Op::kBallot || op == Op::kReadFirst || op == Op::kShuffle || op == Op::kSyncLanes;
}

struct Block;
struct Warp;

struct Lane {
  LaneContext *context = nullptr;
  void *saved_sp = nullptr;
  SanitizerFiber sanitizer;
  Warp *warp = nullptr;
  uint32_t id = 0;
  bool exited = false;
  bool runnable = true;
  // The collective this lane is parked in.
  Op op = Op::kNone;
  uint64_t mask = 0;
  uint64_t value = 0;
  uint32_t source = 0;
  uintptr_t pc = 0;
  uint64_t result = 0;
  uint32_t quick_sleeps = 0;
  // Did something other than sleep since the scheduler last looked? Fast
  // paths never reach the scheduler, so they leave this mark instead.
  bool worked = false;
};

struct Warp {
  Lane *lanes = nullptr;
  uint32_t size = 0; // lanes that exist; a block's last warp may be partial
  uint32_t live = 0; // lanes that have not exited
  Block *block = nullptr;
  uint64_t existing() const { return size >= 64 ? ~0ull : (1ull << size) - 1; }
};

struct Block {
  std::vector<Lane> lanes;
  std::vector<Warp> warps;
  std::vector<void *> regions;
  uint32_t live = 0;
  Dim3 id;
};

thread_local Worker *current_worker = nullptr;

} // namespace

// One OS thread. Owns its resident blocks and a pool of lane stack regions.
class Worker {
public:
  explicit Worker(Device &device) : device(device) {}
  ~Worker() {
    for (Block *b : resident)
      delete b;
    for (void *r : free_regions)
      munmap(r, kLaneRegionSize);
    if (altstack)
      munmap(altstack, kAltStackSize);
  }

  void run();

  // Called on a lane's stack by the device operations.
  GPURUN_LANE_CODE void park(Lane *lane) {
    lane->runnable = false;
    switch_to_scheduler(lane);
  }
  [[noreturn]] GPURUN_LANE_CODE void finish(Lane *lane) {
    lane->exited = true;
    lane->runnable = false;
    lane->op = Op::kNone;
    lane->warp->live--;
    lane->warp->block->live--;
    switch_to_scheduler(lane);
    __builtin_unreachable();
  }
  [[noreturn]] GPURUN_LANE_CODE void fault(Lane *lane, const std::string &what) {
    device.record_fault(what + " in " + where(lane));
    device.stop();
    // Park for good; the scheduler abandons the grid.
    for (;;)
      park(lane);
  }
  std::string where(const Lane *lane) const {
    const LaneContext *c = lane->context;
    char text[160];
    snprintf(text, sizeof(text), "block (%u,%u,%u) thread (%u,%u,%u), lane %u",
             c->block_id[0], c->block_id[1], c->block_id[2], c->thread_id[0], c->thread_id[1],
             c->thread_id[2], c->lane_id);
    return text;
  }

  // The only live lane of the only resident block.
  bool is_alone(const Lane *lane) const {
    return resident.size() == 1 && resident_lanes == 1 && !lane->exited;
  }

  Lane *current = nullptr;
  Device &device;

private:
  static constexpr size_t kAltStackSize = 64 * 1024;

  GPURUN_LANE_CODE void switch_to_scheduler(Lane *lane) {
    void *fake_stack = nullptr;
    sanitizer_before_switch(scheduler_fiber, &fake_stack);
    gpurun_switch_stack(&lane->saved_sp, scheduler_sp);
    sanitizer_after_switch(fake_stack);
  }
  void run_lane(Lane *lane) {
    if (lane->exited || !lane->runnable) {
      fprintf(stderr, "gpurun: internal error: resuming a lane that cannot run (%s)\n",
              lane->exited ? "exited" : "parked");
      abort();
    }
    current = lane;
    void *fake_stack = nullptr;
    sanitizer_before_switch(lane->sanitizer, &fake_stack);
    gpurun_switch_stack(&scheduler_sp, lane->saved_sp);
    sanitizer_after_switch(fake_stack);
    current = nullptr;
  }

  bool admit_block();
  void retire(Block *block);
  void *take_region();
  // Resolves what the parked lanes of `warp` wait for. Returns true if a
  // collective (other than a sleep) completed.
  bool resolve(Warp &warp);
  bool resolve_barrier(Block &block);
  std::string describe_deadlock() const;
  void back_off(uint64_t idle_rounds);

  void *scheduler_sp = nullptr;
  SanitizerFiber scheduler_fiber;
  std::vector<Block *> resident;
  uint64_t resident_lanes = 0;
  std::vector<void *> free_regions;
  void *altstack = nullptr;
  std::chrono::steady_clock::time_point idle_since;
};

namespace {

GPURUN_LANE_CODE Lane *self(LaneContext *context) { return static_cast<Lane *>(context->scheduler); }

// Checks common to every explicit-mask collective, in the calling lane.
GPURUN_LANE_CODE void check_mask(Lane *lane, uint64_t mask, const char *what) {
  char text[160];
  if (!(mask >> lane->id & 1)) {
    snprintf(text, sizeof(text), "%s with mask 0x%llx that does not include the calling lane",
             what, static_cast<unsigned long long>(mask));
    current_worker->fault(lane, text);
  }
  if (mask & ~lane->warp->existing()) {
    snprintf(text, sizeof(text), "%s with mask 0x%llx naming lanes this warp does not have",
             what, static_cast<unsigned long long>(mask));
    current_worker->fault(lane, text);
  }
}

GPURUN_LANE_CODE uint64_t wait_collective(Lane *lane, Op op, uint64_t mask, uint64_t value, uint32_t source) {
  // A group of one is complete as soon as its only member arrives, exactly as
  // on a GPU, so it costs no trip through the scheduler.
  if (mask == 1ull << lane->id) {
    lane->worked = true;
    return op == Op::kBallot ? (value & 1) << lane->id : op == Op::kSyncLanes ? 0 : value;
  }
  lane->op = op;
  lane->mask = mask;
  lane->value = value;
  lane->source = source;
  current_worker->park(lane);
  return lane->result;
}

GPURUN_LANE_CODE uint64_t device_lane_mask(LaneContext *c, uintptr_t pc) {
  Lane *lane = self(c);
  if (lane->warp->live == 1) {
    lane->worked = true;
    return 1ull << lane->id;
  }
  lane->op = Op::kLaneMask;
  lane->pc = pc;
  current_worker->park(lane);
  return lane->result;
}
GPURUN_LANE_CODE uint64_t device_ballot(LaneContext *c, uint64_t mask, uint32_t predicate) {
  Lane *lane = self(c);
  check_mask(lane, mask, "ballot");
  return wait_collective(lane, Op::kBallot, mask, predicate != 0, 0);
}
GPURUN_LANE_CODE uint64_t device_read_first_lane(LaneContext *c, uint64_t mask, uint64_t value) {
  Lane *lane = self(c);
  check_mask(lane, mask, "read_first_lane");
  return wait_collective(lane, Op::kReadFirst, mask, value, 0);
}
GPURUN_LANE_CODE uint64_t device_shuffle(LaneContext *c, uint64_t mask, uint32_t source, uint64_t value) {
  Lane *lane = self(c);
  check_mask(lane, mask, "shuffle");
  if (source >= 64 || !(mask >> source & 1)) {
    char text[128];
    snprintf(text, sizeof(text), "shuffle reads lane %u, which is not in mask 0x%llx", source,
             static_cast<unsigned long long>(mask));
    current_worker->fault(lane, text);
  }
  return wait_collective(lane, Op::kShuffle, mask, value, source);
}
GPURUN_LANE_CODE void device_sync_lanes(LaneContext *c, uint64_t mask) {
  Lane *lane = self(c);
  check_mask(lane, mask, "sync_lanes");
  wait_collective(lane, Op::kSyncLanes, mask, 0, 0);
}
GPURUN_LANE_CODE void device_sync_threads(LaneContext *c) {
  Lane *lane = self(c);
  lane->op = Op::kBarrier;
  current_worker->park(lane);
}
GPURUN_LANE_CODE void device_sleep(LaneContext *c) {
  Lane *lane = self(c);
  // A lane alone on its worker has nobody to yield to; parking would only add
  // two stack switches to every poll of a spin loop. Park now and then
  // anyway so the scheduler's idle back-off still applies.
  if (current_worker->is_alone(lane) && ++lane->quick_sleeps % 256 != 0) {
    __builtin_ia32_pause();
    return;
  }
  lane->op = Op::kSleep;
  current_worker->park(lane);
}
GPURUN_LANE_CODE __attribute__((noreturn)) void device_exit_thread(LaneContext *c) { current_worker->finish(self(c)); }
GPURUN_LANE_CODE __attribute__((noreturn)) void device_fault(LaneContext *c, const char *message) {
  current_worker->fault(self(c), std::string("device fault: ") + (message ? message : "trap"));
}

const gpulibc_device_ops device_ops = {
    GPULIBC_CPU_ABI_VERSION, device_lane_mask,    device_ballot,
    device_read_first_lane,  device_shuffle,      device_sync_lanes,
    device_sync_threads,     device_sleep,        device_exit_thread,
    device_fault,
};

// The first code each lane runs, on its own stack.
[[noreturn]] GPURUN_LANE_CODE void lane_main(void *argument) {
  Lane *lane = static_cast<Lane *>(argument);
  const Kernel &kernel = current_worker->device.current_kernel();
  kernel.invoke(kernel);
  current_worker->finish(lane);
}

} // namespace

void *Worker::take_region() {
  if (!free_regions.empty()) {
    void *r = free_regions.back();
    free_regions.pop_back();
    return r;
  }
  // Over-allocate to align the region to its size, which is what lets device
  // code find its context by masking the stack pointer.
  size_t span = 2 * kLaneRegionSize;
  void *raw = mmap(nullptr, span, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (raw == MAP_FAILED)
    return nullptr;
  uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (start + kLaneRegionSize - 1) & ~(kLaneRegionSize - 1);
  if (aligned > start)
    munmap(raw, aligned - start);
  uintptr_t end = start + span;
  if (end > aligned + kLaneRegionSize)
    munmap(reinterpret_cast<void *>(aligned + kLaneRegionSize), end - aligned - kLaneRegionSize);
  // The guard page between the context and the stack turns a stack overflow
  // into a fault that names it, instead of a corrupted context.
  mprotect(reinterpret_cast<void *>(aligned + kContextSize), 4096, PROT_NONE);
  return reinterpret_cast<void *>(aligned);
}

bool Worker::admit_block() {
  const Dim3 &grid = device.grid;
  const Dim3 &shape = device.block;
  uint64_t threads = shape.count();
  // Keep the resident set bounded (stacks are memory), but always admit at
  // least one block so any block size can run.
  constexpr uint64_t kMaxResidentLanes = 4096;
  if (!resident.empty() && resident_lanes + threads > kMaxResidentLanes)
    return false;
  uint64_t n = device.next_block.fetch_add(1, std::memory_order_relaxed);
  if (n >= grid.count())
    return false;

  Block *block = new Block;
  block->id = {static_cast<uint32_t>(n % grid.x), static_cast<uint32_t>(n / grid.x % grid.y),
               static_cast<uint32_t>(n / grid.x / grid.y)};
  uint32_t warp_size = device.warp_size;
  uint32_t warps = static_cast<uint32_t>((threads + warp_size - 1) / warp_size);
  block->lanes.resize(threads);
  block->warps.resize(warps);
  block->live = static_cast<uint32_t>(threads);
  for (uint32_t w = 0; w < warps; ++w) {
    Warp &warp = block->warps[w];
    warp.lanes = &block->lanes[uint64_t(w) * warp_size];
    warp.size = static_cast<uint32_t>(std::min<uint64_t>(warp_size, threads - uint64_t(w) * warp_size));
    warp.live = warp.size;
    warp.block = block;
  }
  for (uint64_t t = 0; t < threads; ++t) {
    void *region = take_region();
    if (!region) {
      device.record_fault("the cpu device ran out of memory for lane stacks");
      device.stop();
      for (void *r : block->regions)
        free_regions.push_back(r);
      delete block;
      return false;
    }
    block->regions.push_back(region);
    Lane &lane = block->lanes[t];
    lane.warp = &block->warps[t / warp_size];
    lane.id = static_cast<uint32_t>(t % warp_size);
    LaneContext *c = new (region) LaneContext{};
    c->ops = &device_ops;
    c->scheduler = &lane;
    c->lane_id = lane.id;
    c->num_lanes = warp_size;
    c->thread_id[0] = static_cast<uint32_t>(t % shape.x);
    c->thread_id[1] = static_cast<uint32_t>(t / shape.x % shape.y);
    c->thread_id[2] = static_cast<uint32_t>(t / shape.x / shape.y);
    c->block_id[0] = block->id.x;
    c->block_id[1] = block->id.y;
    c->block_id[2] = block->id.z;
    c->num_threads[0] = shape.x;
    c->num_threads[1] = shape.y;
    c->num_threads[2] = shape.z;
    c->num_blocks[0] = grid.x;
    c->num_blocks[1] = grid.y;
    c->num_blocks[2] = grid.z;
    lane.context = c;
    char *stack_bottom = static_cast<char *>(region) + kContextSize + 4096;
    char *stack_top = static_cast<char *>(region) + kLaneRegionSize;
    lane.saved_sp = prepare_stack(stack_top, lane_main, &lane);
    sanitizer_create(lane.sanitizer, stack_bottom, stack_top - stack_bottom);
  }
  resident.push_back(block);
  resident_lanes += threads;
  return true;
}

void Worker::retire(Block *block) {
  for (Lane &lane : block->lanes)
    sanitizer_destroy(lane.sanitizer);
  for (void *r : block->regions)
    free_regions.push_back(r);
  resident_lanes -= block->lanes.size();
  delete block;
}

bool Worker::resolve(Warp &warp) {
  bool completed = false;
  Lane *lanes = warp.lanes;
  bool handled[64] = {};
  for (uint32_t i = 0; i < warp.size; ++i) {
    Lane &lane = lanes[i];
    if (lane.exited || lane.runnable || handled[i])
      continue;
    switch (lane.op) {
    case Op::kSleep:
      handled[i] = true;
      lane.runnable = true;
      break;
    case Op::kLaneMask: {
      // The active set is every lane that reached this same call site.
      uint64_t group = 0;
      for (uint32_t j = i; j < warp.size; ++j)
        if (!lanes[j].exited && !lanes[j].runnable && lanes[j].op == Op::kLaneMask &&
            lanes[j].pc == lane.pc)
          group |= 1ull << j;
      for (uint64_t m = group; m; m &= m - 1) {
        Lane &member = lanes[__builtin_ctzll(m)];
        member.result = group;
        member.runnable = true;
        handled[member.id] = true;
      }
      completed = true;
      break;
    }
    case Op::kBallot:
    case Op::kReadFirst:
    case Op::kShuffle:
    case Op::kSyncLanes: {
      uint64_t group = lane.mask;
      bool ready = true;
      for (uint64_t m = group; m; m &= m - 1) {
        Lane &member = lanes[__builtin_ctzll(m)];
        if (member.exited) {
          char text[160];
          snprintf(text, sizeof(text), "%s with mask 0x%llx names lane %u, which has exited",
                   op_name(lane.op), static_cast<unsigned long long>(group), member.id);
          device.record_fault(std::string(text) + " (" + where(&lane) + ")");
          device.stop();
          return false;
        }
        if (member.runnable || !is_explicit(member.op) || member.mask != group)
          ready = false;
      }
      if (!ready)
        break;
      uint64_t ballot = 0;
      for (uint64_t m = group; m; m &= m - 1) {
        Lane &member = lanes[__builtin_ctzll(m)];
        if (member.op != lane.op) {
          char text[200];
          snprintf(text, sizeof(text),
                   "lanes of mask 0x%llx met at different collectives (%s and %s)",
                   static_cast<unsigned long long>(group), op_name(lane.op), op_name(member.op));
          device.record_fault(std::string(text) + " (" + where(&lane) + ")");
          device.stop();
          return false;
        }
        ballot |= (member.value & 1) << member.id;
      }
      uint64_t first = lanes[__builtin_ctzll(group)].value;
      for (uint64_t m = group; m; m &= m - 1) {
        Lane &member = lanes[__builtin_ctzll(m)];
        switch (lane.op) {
        case Op::kBallot: member.result = ballot; break;
        case Op::kReadFirst: member.result = first; break;
        case Op::kShuffle: member.result = lanes[member.source].value; break;
        default: member.result = 0; break;
        }
        member.runnable = true;
        handled[member.id] = true;
      }
      completed = true;
      break;
    }
    case Op::kBarrier:
    case Op::kNone:
      break;
    }
  }
  return completed;
}

bool Worker::resolve_barrier(Block &block) {
  // Exited threads no longer count, as on current GPUs.
  uint32_t waiting = 0;
  for (Lane &lane : block.lanes)
    if (!lane.exited && !lane.runnable && lane.op == Op::kBarrier)
      ++waiting;
  if (waiting == 0 || waiting != block.live)
    return false;
  for (Lane &lane : block.lanes)
    if (!lane.exited && lane.op == Op::kBarrier) {
      lane.op = Op::kNone;
      lane.runnable = true;
    }
  return true;
}

std::string Worker::describe_deadlock() const {
  std::string text = "device deadlock: every lane waits in a collective that cannot complete";
  int shown = 0;
  for (const Block *block : resident)
    for (const Lane &lane : block->lanes) {
      if (lane.exited || shown == 4)
        continue;
      char line[200];
      snprintf(line, sizeof(line), "\n  %s waits in %s (mask 0x%llx)", where(&lane).c_str(),
               op_name(lane.op), static_cast<unsigned long long>(lane.mask));
      text += line;
      ++shown;
    }
  return text;
}

void Worker::back_off(uint64_t idle_rounds) {
  // Lanes that only spin on the sleep hint are waiting for something outside
  // this worker (the host, another worker). Spin briefly for latency, then
  // yield the core, then sleep, so an idle device costs almost nothing.
  if (idle_rounds < 64) {
    __builtin_ia32_pause();
    return;
  }
  if (idle_rounds == 64)
    idle_since = std::chrono::steady_clock::now();
  auto idle = std::chrono::steady_clock::now() - idle_since;
  if (idle < std::chrono::microseconds(200)) {
    sched_yield();
    return;
  }
  struct timespec pause = {0, idle < std::chrono::milliseconds(20) ? 20000 : 200000};
  nanosleep(&pause, nullptr);
}

void Worker::run() {
  current_worker = this;
  stack_t stack = {};
  altstack = mmap(nullptr, kAltStackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                  -1, 0);
  if (altstack != MAP_FAILED) {
    stack.ss_sp = altstack;
    stack.ss_size = kAltStackSize;
    sigaltstack(&stack, nullptr);
  } else {
    altstack = nullptr;
  }
  scheduler_fiber = current_thread_fiber();

  uint64_t idle_rounds = 0;
  while (!device.stop_requested.load(std::memory_order_relaxed)) {
    bool admitted = false;
    while (admit_block())
      admitted = true;
    if (resident.empty())
      break;

    bool progress = admitted;
    bool any_runnable = false;
    for (Block *block : resident) {
      for (Warp &warp : block->warps) {
        for (uint32_t i = 0; i < warp.size; ++i) {
          Lane &lane = warp.lanes[i];
          if (!lane.runnable || lane.exited)
            continue;
          bool was_sleeping = lane.op == Op::kSleep;
          lane.op = Op::kNone;
          lane.worked = false;
          run_lane(&lane);
          if (device.stop_requested.load(std::memory_order_relaxed))
            goto stopped;
          if (!was_sleeping || lane.op != Op::kSleep || lane.worked)
            progress = true;
        }
        if (resolve(warp))
          progress = true;
        if (device.stop_requested.load(std::memory_order_relaxed))
          goto stopped;
      }
      if (resolve_barrier(*block))
        progress = true;
      for (const Lane &lane : block->lanes)
        any_runnable |= lane.runnable && !lane.exited;
    }

    for (size_t i = 0; i < resident.size();) {
      if (resident[i]->live == 0) {
        retire(resident[i]);
        resident[i] = resident.back();
        resident.pop_back();
        progress = true;
      } else {
        ++i;
      }
    }
    if (!resident.empty() && !any_runnable) {
      device.record_fault(describe_deadlock());
      device.stop();
      break;
    }
    idle_rounds = progress ? 0 : idle_rounds + 1;
    if (idle_rounds)
      back_off(idle_rounds);
  }
stopped:
  current_worker = nullptr;
  device.active_workers.fetch_sub(1, std::memory_order_acq_rel);
}

Device::Device(uint32_t lanes, uint32_t workers) : warp_size(lanes), worker_count(workers) {
  install_fault_handlers();
}

Device::~Device() {
  join();
  for (Worker *w : workers)
    delete w;
}

void Device::launch(const Kernel &k, Dim3 blocks, Dim3 threads_per_block) {
  join();
  for (Worker *w : workers)
    delete w;
  workers.clear();
  kernel = k;
  grid = blocks;
  block = threads_per_block;
  next_block.store(0, std::memory_order_relaxed);
  uint32_t n = static_cast<uint32_t>(std::min<uint64_t>(worker_count, grid.count()));
  if (n == 0)
    n = 1;
  active_workers.store(n, std::memory_order_release);
  for (uint32_t i = 0; i < n; ++i)
    workers.push_back(new Worker(*this));
  for (uint32_t i = 0; i < n; ++i)
    threads.emplace_back([w = workers[i]] { w->run(); });
}

void Device::join() {
  if (!idle())
    return;
  for (std::thread &t : threads)
    t.join();
  threads.clear();
}

std::string Device::fault_message() const {
  std::lock_guard<std::mutex> guard(fault_lock);
  return signal_text ? std::string(signal_text) : fault_text;
}

void Device::record_fault(const std::string &message) {
  std::lock_guard<std::mutex> guard(fault_lock);
  if (has_fault.load(std::memory_order_relaxed))
    return;
  fault_text = message;
  has_fault.store(true, std::memory_order_release);
}

namespace {

// Lock-free formatting for the signal handler.
void append(char *buffer, size_t size, size_t &used, const char *text) {
  while (*text && used + 1 < size)
    buffer[used++] = *text++;
  buffer[used] = 0;
}

void append_number(char *buffer, size_t size, size_t &used, uint64_t value, int base) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = "0123456789abcdef"[value % base];
    value /= base;
  } while (value);
  if (base == 16)
    append(buffer, size, used, "0x");
  while (n && used + 1 < size)
    buffer[used++] = digits[--n];
  buffer[used] = 0;
}

char signal_message[512];

void on_fault(int signal, siginfo_t *info, void *) {
  Worker *worker = current_worker;
  Lane *lane = worker ? worker->current : nullptr;
  if (!lane) {
    // Not device code: a bug in gpurun itself. Die the ordinary way.
    ::signal(signal, SIG_DFL);
    raise(signal);
    return;
  }
  size_t used = 0;
  uintptr_t address = reinterpret_cast<uintptr_t>(info->si_addr);
  uintptr_t region = reinterpret_cast<uintptr_t>(lane->context);
  const char *what = "device fault";
  if (signal == SIGSEGV && address >= region + kContextSize &&
      address < region + kContextSize + 4096)
    what = "device fault: stack overflow (a lane has 1 MiB of stack)";
  else if (signal == SIGSEGV || signal == SIGBUS)
    what = "device fault: invalid memory access at address ";
  else if (signal == SIGILL || signal == SIGTRAP)
    what = "device fault: trap (illegal instruction) at ";
  else if (signal == SIGFPE)
    what = "device fault: arithmetic exception (integer division by zero?) at ";
  append(signal_message, sizeof(signal_message), used, what);
  if (what[strlen(what) - 1] == ' ')
    append_number(signal_message, sizeof(signal_message), used, address, 16);
  const LaneContext *c = lane->context;
  append(signal_message, sizeof(signal_message), used, " in block (");
  for (int d = 0; d < 3; ++d) {
    append_number(signal_message, sizeof(signal_message), used, c->block_id[d], 10);
    append(signal_message, sizeof(signal_message), used, d < 2 ? "," : ") thread (");
  }
  for (int d = 0; d < 3; ++d) {
    append_number(signal_message, sizeof(signal_message), used, c->thread_id[d], 10);
    append(signal_message, sizeof(signal_message), used, d < 2 ? "," : ")");
  }
  // Hand the message over without locks: the fault flag publishes it, and
  // only the first fault is kept. Then this thread stops for good; the host
  // side notices the flag, flushes output and exits.
  static std::atomic<bool> claimed{false};
  if (!claimed.exchange(true))
    worker->device.record_fault_from_signal(signal_message);
  worker->device.stop();
  sigset_t none;
  sigemptyset(&none);
  for (;;)
    sigsuspend(&none);
}

} // namespace

void install_fault_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction action = {};
    action.sa_sigaction = on_fault;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int s : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP})
      sigaction(s, &action, nullptr);
  });
}

} // namespace gpurun::cpu
