//===-- gpurun's cpu device backend ----------------------------------------===//
#include <cstring>
#include <string>
#include <sys/mman.h>
#include <thread>
#include <vector>

#include "backend.h"
#include "cpu/device.h"
#include "cpu/elf_loader.h"
#include "gpulibc/device_abi.h"
#include "rpc/rpc.h"
#include "server.h"

namespace gpurun {

namespace {

using cpu::Dim3;
using cpu::Kernel;

// Anonymous zeroed memory that the device and host share (they are the same
// process here).
void *allocate(uint64_t size, bool reserve_only) {
  int flags = MAP_PRIVATE | MAP_ANONYMOUS | (reserve_only ? MAP_NORESERVE : 0);
  void *p = mmap(nullptr, size ? size : 1, PROT_READ | PROT_WRITE, flags, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

void invoke_begin(const Kernel &k) {
  reinterpret_cast<void (*)(int, char **, char **)>(k.entry)(k.argc, k.argv, k.envp);
}
void invoke_start(const Kernel &k) {
  reinterpret_cast<void (*)(int, char **, char **, int *)>(k.entry)(k.argc, k.argv, k.envp,
                                                                    k.ret);
}
void invoke_end(const Kernel &k) { reinterpret_cast<void (*)(int)>(k.entry)(k.status); }

} // namespace

int run_cpu(const Image &image, const LaunchOptions &options) {
  // Both live until the process exits if a kernel cannot be stopped: device
  // code may still be running on a worker thread.
  auto *loaded = new cpu::LoadedImage;
  if (int rc = loaded->load(image))
    return rc;
  uintptr_t begin = loaded->symbol("_begin");
  uintptr_t start = loaded->symbol("_start");
  uintptr_t end = loaded->symbol("_end");
  auto *env = reinterpret_cast<gpulibc_device_env *>(loaded->symbol("__gpulibc_device_env"));
  if (!start || !begin || !end || !env) {
    report("'%s' is not a runnable cpu device image: it has no %s (link it with "
           "--config=cpu.cfg, which adds gpulibc's crt1.o)",
           image.path.c_str(),
           !start ? "_start kernel" : !begin ? "_begin kernel" : !end ? "_end kernel"
                                                                     : "__gpulibc_device_env");
    return kExitNotRunnable;
  }

  uint32_t lanes = options.lanes;
  Dim3 blocks{options.blocks[0], options.blocks[1], options.blocks[2]};
  Dim3 threads{options.threads[0], options.threads[1], options.threads[2]};
  uint64_t warps = blocks.count() * ((threads.count() + lanes - 1) / lanes);
  // One port per warp lets every warp talk to the host at once; past a few
  // hundred the server's scan costs more than the contention it saves.
  uint32_t ports = options.ports ? options.ports
                                 : static_cast<uint32_t>(std::min<uint64_t>(warps, 256));

  void *shared = allocate(rpc::shared_memory_size(ports, lanes), false);
  void *locks = allocate(rpc::lock_memory_size(ports), false);
  void *heap = allocate(options.heap_size, true);
  if (!shared || !locks || !heap) {
    report("cannot allocate device memory (heap of %llu bytes): %s",
           static_cast<unsigned long long>(options.heap_size), strerror(errno));
    return kExitLoaderFailure;
  }
  env->abi_version = GPULIBC_ABI_VERSION;
  env->num_ports = ports;
  env->lanes = lanes;
  env->rpc_shared = reinterpret_cast<uint64_t>(shared);
  env->rpc_lock = reinterpret_cast<uint64_t>(locks);
  env->heap_base = reinterpret_cast<uint64_t>(heap);
  env->heap_size = options.heap_size;

  // argv and envp live in host memory, which the cpu device shares.
  static std::vector<std::string> strings;
  static std::vector<char *> argv, envp;
  strings.assign(options.argv.begin(), options.argv.end());
  strings.insert(strings.end(), options.envp.begin(), options.envp.end());
  for (size_t i = 0; i < options.argv.size(); ++i)
    argv.push_back(strings[i].data());
  argv.push_back(nullptr);
  for (size_t i = options.argv.size(); i < strings.size(); ++i)
    envp.push_back(strings[i].data());
  envp.push_back(nullptr);
  static int ret = 0;

  uint32_t workers = options.cpu_workers ? options.cpu_workers
                                         : std::max(1u, std::thread::hardware_concurrency());
  auto *device = new cpu::Device(lanes, workers);
  auto *server = new Server(shared, ports, lanes, options);
  Clock::time_point deadline =
      options.timeout_seconds > 0
          ? Clock::now() + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(options.timeout_seconds))
          : Clock::time_point::max();
  if (options.verbose)
    report("cpu: image at %#lx, %u-lane warps, %u ports, %u workers", loaded->base(), lanes,
           ports, workers);

  // Runs one kernel; returns -1 when it completed normally, else an exit code.
  auto run = [&](uintptr_t entry, void (*invoke)(const Kernel &), Dim3 grid, Dim3 block,
                 int status) -> int {
    Kernel kernel;
    kernel.invoke = invoke;
    kernel.entry = entry;
    kernel.argc = static_cast<int>(options.argv.size());
    kernel.argv = argv.data();
    kernel.envp = envp.data();
    kernel.ret = &ret;
    kernel.status = status;
    device->launch(kernel, grid, block);
    WaitResult result =
        serve_until(*server, [&] { return device->idle() || device->faulted(); }, deadline);
    if (result == WaitResult::kKernelDone && device->faulted())
      result = WaitResult::kProgramExited;
    int code = -1;
    switch (result) {
    case WaitResult::kKernelDone:
      device->join();
      return -1;
    case WaitResult::kTimedOut:
      fflush(stdout);
      report("timeout: the program ran longer than %g s", options.timeout_seconds);
      code = kExitTimeout;
      break;
    case WaitResult::kProgramExited:
      if (device->faulted() && !server->finished()) {
        fflush(stdout);
        report("%s", device->fault_message().c_str());
        code = kExitDeviceAbort;
      } else {
        code = server->exit_code();
      }
      break;
    }
    device->stop();
    // Give the workers a moment to reach a scheduling point; a lane stuck in
    // a loop without the sleep hint never will, and is abandoned.
    for (int i = 0; i < 100 && !device->idle(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (device->idle()) {
      device->join();
      delete server;
      delete device;
    }
    return code;
  };

  if (int code = run(begin, invoke_begin, Dim3{}, Dim3{}, 0); code >= 0)
    return code;
  if (int code = run(start, invoke_start, blocks, threads, 0); code >= 0)
    return code;
  if (int code = run(end, invoke_end, Dim3{}, Dim3{}, ret); code >= 0)
    return code;
  // _end calls exit(), so reaching here means the image's startup code is
  // not gpulibc's; its _start results are the best status there is.
  return ret;
}

} // namespace gpurun
