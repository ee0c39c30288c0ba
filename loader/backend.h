//===-- The interface between gpurun's driver and its device backends -----===//
//
// gpurun's main parses options, reads the image and picks a backend from the
// ELF header. It knows nothing else about any device. A backend loads the
// image, sets up the RPC mailbox, launches _begin/_start/_end and serves RPC
// until the program ends, and returns the process exit code.
//
//===----------------------------------------------------------------------===//
#ifndef GPURUN_BACKEND_H
#define GPURUN_BACKEND_H

#include <cstdint>
#include <string>
#include <vector>

namespace gpurun {

// Exit codes of gpurun itself; anything else is the program's own status.
enum ExitCode : int {
  kExitTimeout = 124,
  kExitLoaderFailure = 125,
  kExitNotRunnable = 126,
  kExitNotFound = 127,
  kExitDeviceAbort = 134,
};

enum class ImageKind { kAmdgpu, kNvptx, kCpu };

struct Image {
  std::string path;
  std::vector<unsigned char> bytes; // the whole file
  ImageKind kind;
};

struct LaunchOptions {
  uint32_t blocks[3] = {1, 1, 1};
  uint32_t threads[3] = {1, 1, 1};
  uint32_t lanes = 32;              // warp size; the cpu device only
  double timeout_seconds = 0;       // 0: no limit
  uint64_t heap_size = 256u << 20;  // bytes of device heap
  uint32_t ports = 0;               // 0: the backend chooses
  uint32_t cpu_workers = 0;         // 0: one per host core; the cpu device only
  bool verbose = false;
  std::vector<std::string> argv;    // argv[0] is the image path
  std::vector<std::string> envp;    // "NAME=value"
};

// Each returns the exit code gpurun should exit with. Diagnostics go to
// stderr prefixed with "gpurun: ".
int run_amdhsa(const Image &image, const LaunchOptions &options);
int run_cuda(const Image &image, const LaunchOptions &options);
int run_cpu(const Image &image, const LaunchOptions &options);

// printf-style diagnostic on stderr, prefixed "gpurun: " and ended with '\n'.
void report(const char *format, ...) __attribute__((format(printf, 1, 2)));

} // namespace gpurun

#endif
