//===-- gpurun: run a GPU program -----------------------------------------===//
//
// Parses options, reads the image and hands it to the backend its ELF header
// names. Knows nothing about any device.
//
//===----------------------------------------------------------------------===//
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

#include "backend.h"
#include "image.h"

extern char **environ;

namespace gpurun {
namespace {

const char kUsage[] =
    "usage: gpurun [options] IMAGE [ARGS...]\n"
    "\n"
    "Runs a program built with gpulibc on the device its image was built for:\n"
    "an AMDGPU code object (ROCm), an NVPTX cubin (CUDA driver), or a cpu\n"
    "device image (x86-64, run on the SIMT emulator in this process).\n"
    "argv[0] is IMAGE; ARGS follow; the environment is passed through.\n"
    "\n"
    "options:\n"
    "  --blocks X[,Y[,Z]]    grid size in blocks (default 1)\n"
    "  --threads X[,Y[,Z]]   threads per block (default 1)\n"
    "  --lanes N             cpu device warp size: 1, 32 or 64 (default 32;\n"
    "                        GPUs use their own)\n"
    "  --timeout SECONDS     end the program after this long; exit 124\n"
    "                        (default: none, or $GPURUN_TIMEOUT)\n"
    "  --heap-size SIZE      device heap, e.g. 512M or 2G (default 256M)\n"
    "  --ports N             RPC ports (default: sized to the device)\n"
    "  --workers N           cpu device host threads (default: one per core)\n"
    "  -v, --verbose         describe each loading step on stderr\n"
    "  -h, --help            show this text\n"
    "  --version             show the version\n"
    "  --                    end of options\n"
    "\n"
    "exit status: the program's own; 124 timeout; 125 loader or runtime\n"
    "failure (e.g. no GPU runtime); 126 image not runnable; 127 image not\n"
    "found; 134 device abort or fault.\n";

bool parse_unsigned(const char *text, uint64_t max, uint64_t &out) {
  if (!*text || *text == '-')
    return false;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(text, &end, 10);
  if (errno || *end || v > max)
    return false;
  out = v;
  return true;
}

bool parse_dims(const char *text, uint32_t dims[3]) {
  std::string s = text;
  size_t start = 0;
  for (int d = 0; d < 3; ++d) {
    size_t comma = s.find(',', start);
    std::string part = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    uint64_t v;
    if (!parse_unsigned(part.c_str(), 0xffffffffu, v) || v == 0)
      return false;
    dims[d] = static_cast<uint32_t>(v);
    if (comma == std::string::npos) {
      for (int r = d + 1; r < 3; ++r)
        dims[r] = 1;
      return true;
    }
    start = comma + 1;
  }
  return false; // more than three numbers
}

bool parse_size(const char *text, uint64_t &out) {
  std::string s = text;
  uint64_t scale = 1;
  if (!s.empty()) {
    switch (s.back()) {
    case 'k': case 'K': scale = 1ull << 10; break;
    case 'm': case 'M': scale = 1ull << 20; break;
    case 'g': case 'G': scale = 1ull << 30; break;
    default: break;
    }
    if (scale != 1)
      s.pop_back();
  }
  uint64_t v;
  if (!parse_unsigned(s.c_str(), (1ull << 44) / scale, v) || v == 0)
    return false;
  out = v * scale;
  return true;
}

int bad_option(const char *option, const char *value, const char *expected) {
  report("invalid value '%s' for %s: expected %s (see gpurun --help)", value ? value : "",
         option, expected);
  return kExitLoaderFailure;
}

} // namespace
} // namespace gpurun

int main(int argc, char **argv) {
  using namespace gpurun;
  LaunchOptions options;
  if (const char *t = getenv("GPURUN_TIMEOUT")) {
    char *end;
    double v = strtod(t, &end);
    if (*end || v < 0)
      return bad_option("GPURUN_TIMEOUT", t, "a number of seconds");
    options.timeout_seconds = v;
  }

  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg.size() < 2 || arg[0] != '-')
      break;
    std::string name = arg, value;
    bool has_value = false;
    if (size_t eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    auto take = [&]() -> const char * {
      if (has_value)
        return value.c_str();
      if (i + 1 < argc)
        return argv[++i];
      return nullptr;
    };
    if (name == "-h" || name == "--help") {
      fputs(kUsage, stdout);
      return 0;
    }
    if (name == "--version") {
      puts("gpurun (gpulibc) " GPULIBC_VERSION);
      return 0;
    }
    if (name == "-v" || name == "--verbose") {
      options.verbose = true;
      continue;
    }
    const char *v = take();
    if (!v) {
      report("option %s needs a value (see gpurun --help)", name.c_str());
      return kExitLoaderFailure;
    }
    uint64_t n;
    if (name == "--blocks") {
      if (!parse_dims(v, options.blocks))
        return bad_option("--blocks", v, "X[,Y[,Z]] with positive numbers");
    } else if (name == "--threads") {
      if (!parse_dims(v, options.threads))
        return bad_option("--threads", v, "X[,Y[,Z]] with positive numbers");
    } else if (name == "--lanes") {
      if (!parse_unsigned(v, 64, n) || (n != 1 && n != 32 && n != 64))
        return bad_option("--lanes", v, "1, 32 or 64");
      options.lanes = static_cast<uint32_t>(n);
    } else if (name == "--timeout") {
      char *end;
      double t = strtod(v, &end);
      if (*end || !*v || t < 0)
        return bad_option("--timeout", v, "a number of seconds");
      options.timeout_seconds = t;
    } else if (name == "--heap-size") {
      if (!parse_size(v, options.heap_size))
        return bad_option("--heap-size", v, "a size such as 64M or 1G");
    } else if (name == "--ports") {
      if (!parse_unsigned(v, 1u << 16, n) || n == 0)
        return bad_option("--ports", v, "a number from 1 to 65536");
      options.ports = static_cast<uint32_t>(n);
    } else if (name == "--workers") {
      if (!parse_unsigned(v, 1024, n) || n == 0)
        return bad_option("--workers", v, "a number from 1 to 1024");
      options.cpu_workers = static_cast<uint32_t>(n);
    } else {
      report("unknown option '%s' (see gpurun --help)", arg.c_str());
      return kExitLoaderFailure;
    }
  }
  if (i >= argc) {
    fputs(kUsage, stderr);
    return kExitLoaderFailure;
  }
  uint64_t per_block =
      uint64_t(options.threads[0]) * options.threads[1] * options.threads[2];
  if (per_block > 1024) {
    report("--threads asks for %llu threads per block; GPUs allow at most 1024",
           static_cast<unsigned long long>(per_block));
    return kExitLoaderFailure;
  }

  for (int a = i; a < argc; ++a)
    options.argv.push_back(argv[a]);
  for (char **e = environ; e && *e; ++e)
    options.envp.push_back(*e);

  Image image;
  if (int rc = read_image(argv[i], image))
    return rc;
  int status = kExitLoaderFailure;
  switch (image.kind) {
  case ImageKind::kAmdgpu: status = run_amdhsa(image, options); break;
  case ImageKind::kNvptx: status = run_cuda(image, options); break;
  case ImageKind::kCpu: status = run_cpu(image, options); break;
  }
  // Device threads may still be parked in device code; end the process
  // without running destructors under their feet.
  fflush(stdout);
  fflush(stderr);
  _exit(status & 0xff);
}
