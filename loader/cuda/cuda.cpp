//===-- gpurun's CUDA backend: runs NVPTX images through the driver API ---===//
//
// The image is a cubin. This backend opens libcuda.so.1 at run time, picks a
// GPU that can run the cubin's SM version, loads it, gives the device its
// gpulibc_device_env (RPC mailbox, lock, heap, argv/envp and the constructor
// and destructor arrays nvlink does not build), launches _begin, _start and
// _end on one stream and serves RPC until the program is over.
//
//===----------------------------------------------------------------------===//

#include "backend.h"
#include "cuda_api.h"
#include "server.h"

#include "gpulibc/device_abi.h"
#include "rpc/rpc.h"

#include <dlfcn.h>
#include <elf.h>

#include <algorithm>
#include <chrono>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#ifndef EM_CUDA
#define EM_CUDA 190
#endif

// The ELF reader copies fields straight out of the file.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "cubins are little-endian; the ELF reader assumes the host is");

using namespace gpurun;
using namespace gpurun::cuda;

namespace {

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

bool Verbose = false;

void note(const char *format, ...) __attribute__((format(printf, 1, 2)));
void note(const char *format, ...) {
  if (!Verbose)
    return;
  char line[1024];
  va_list args;
  va_start(args, format);
  vsnprintf(line, sizeof(line), format, args);
  va_end(args);
  report("cuda: %s", line);
}

// "CUDA_ERROR_X: text", falling back to the number for codes this driver
// cannot name.
std::string describe(const Driver &api, CUresult result) {
  const char *name = nullptr;
  const char *text = nullptr;
  if (api.cuGetErrorName(result, &name) != CUDA_SUCCESS || !name)
    name = nullptr;
  if (api.cuGetErrorString(result, &text) != CUDA_SUCCESS || !text)
    text = nullptr;
  std::string out = name ? name : "CUDA error " + std::to_string(result);
  if (text)
    out += std::string(": ") + text;
  return out;
}

//===----------------------------------------------------------------------===//
// The cubin's ELF header and symbol table
//===----------------------------------------------------------------------===//

// CUDA ELF ABI versions (e_ident[EI_ABIVERSION]) and the e_flags layout each
// uses; see EF_CUDA_* in LLVM's llvm/BinaryFormat/ELF.h. ptxas before CUDA 13
// writes V1, with the SM number in the low byte. CUDA 13 writes V2 for every
// target, with the SM number in bits 8-15, where V1 kept the texture-mode and
// address-size flags.
constexpr unsigned kCudaAbiV1 = 7;
constexpr unsigned kCudaAbiV2 = 8;
constexpr uint32_t kV1SmMask = 0xff;
constexpr uint32_t kV1Accelerators = 0x800; // sm_90a: runs on exactly sm_90
constexpr uint32_t kV2SmMask = 0xff00;
constexpr unsigned kV2SmShift = 8;
constexpr uint32_t kV2Accelerators = 0x8;

// clang's NVPTX backend turns each llvm.global_ctors/dtors entry into a
// constant whose value is the function's address, named
// <prefix><function>_<module id>_<priority>.
constexpr char kInitPrefix[] = "__init_array_object_";
constexpr char kFiniPrefix[] = "__fini_array_object_";

struct ArrayEntry {
  std::string symbol;
  uint32_t priority;
};

struct CubinInfo {
  unsigned sm = 0;            // e.g. 80 for sm_80
  bool arch_specific = false; // an sm_XXa image, which runs only on sm_XX
  std::vector<ArrayEntry> init;
  std::vector<ArrayEntry> fini;
};

// Bounds-checked reads from the image, which is untrusted input.
class Bytes {
public:
  explicit Bytes(const std::vector<unsigned char> &bytes) : bytes(bytes) {}

  bool contains(uint64_t offset, uint64_t size) const {
    return offset <= bytes.size() && size <= bytes.size() - offset;
  }

  template <typename T> bool read(uint64_t offset, T &out) const {
    if (!contains(offset, sizeof(T)))
      return false;
    std::memcpy(&out, bytes.data() + offset, sizeof(T));
    return true;
  }

  const char *at(uint64_t offset) const {
    return reinterpret_cast<const char *>(bytes.data()) + offset;
  }

private:
  const std::vector<unsigned char> &bytes;
};

// The suffix after the last '_' is the priority clang gave the entry, from 0
// to 65535.
bool parse_priority(const std::string &name, uint32_t &priority) {
  size_t underscore = name.rfind('_');
  if (underscore == std::string::npos || underscore + 1 == name.size() ||
      name.size() - underscore - 1 > 5)
    return false;
  uint32_t value = 0;
  for (size_t i = underscore + 1; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9')
      return false;
    value = value * 10 + static_cast<uint32_t>(name[i] - '0');
  }
  if (value > 65535)
    return false;
  priority = value;
  return true;
}

bool starts_with(const char *name, size_t length, const char *prefix,
                 size_t prefix_length) {
  return length > prefix_length &&
         std::memcmp(name, prefix, prefix_length) == 0;
}

// Reads what gpurun needs from the cubin. On failure, `error` says what is
// wrong with the image.
bool read_cubin(const std::vector<unsigned char> &image, CubinInfo &info,
                std::string &error) {
  Bytes bytes(image);
  Elf64_Ehdr header;
  if (!bytes.read(0, header) || std::memcmp(header.e_ident, ELFMAG, SELFMAG) ||
      header.e_ident[EI_CLASS] != ELFCLASS64 ||
      header.e_ident[EI_DATA] != ELFDATA2LSB || header.e_machine != EM_CUDA) {
    error = "not a 64-bit CUDA ELF image (cubin)";
    return false;
  }

  unsigned abi = header.e_ident[EI_ABIVERSION];
  if (abi == kCudaAbiV1) {
    info.sm = header.e_flags & kV1SmMask;
    info.arch_specific = header.e_flags & kV1Accelerators;
  } else if (abi == kCudaAbiV2) {
    info.sm = (header.e_flags & kV2SmMask) >> kV2SmShift;
    info.arch_specific = header.e_flags & kV2Accelerators;
  } else {
    error = "unknown CUDA ELF ABI version " + std::to_string(abi);
    return false;
  }
  if (info.sm < 10) {
    error = "the ELF header names no SM version (e_flags " +
            std::to_string(header.e_flags) + ")";
    return false;
  }

  // No section table means no symbols, hence no constructors; whether such
  // an image is loadable is the driver's call.
  if (header.e_shoff == 0)
    return true;
  if (header.e_shentsize < sizeof(Elf64_Shdr)) {
    error = "corrupt section header table (entry size " +
            std::to_string(header.e_shentsize) + ")";
    return false;
  }
  uint64_t section_count = header.e_shnum;
  Elf64_Shdr first;
  if (!bytes.read(header.e_shoff, first)) {
    error = "section header table lies outside the file";
    return false;
  }
  // With 0xff00 or more sections the real count lives in section 0.
  if (section_count == 0)
    section_count = first.sh_size;
  if (!bytes.contains(header.e_shoff, 0) ||
      section_count > (image.size() - header.e_shoff) / header.e_shentsize) {
    error = "section header table lies outside the file";
    return false;
  }
  auto section = [&](uint64_t index, Elf64_Shdr &out) {
    return bytes.read(header.e_shoff + index * header.e_shentsize, out);
  };

  for (uint64_t index = 0; index < section_count; ++index) {
    Elf64_Shdr symtab;
    if (!section(index, symtab) || symtab.sh_type != SHT_SYMTAB)
      continue;

    Elf64_Shdr strtab;
    if (symtab.sh_entsize < sizeof(Elf64_Sym) ||
        !bytes.contains(symtab.sh_offset, symtab.sh_size) ||
        symtab.sh_link >= section_count || !section(symtab.sh_link, strtab) ||
        strtab.sh_type != SHT_STRTAB ||
        !bytes.contains(strtab.sh_offset, strtab.sh_size)) {
      error = "corrupt symbol table (section " + std::to_string(index) + ")";
      return false;
    }

    uint64_t symbol_count = symtab.sh_size / symtab.sh_entsize;
    for (uint64_t i = 0; i < symbol_count; ++i) {
      Elf64_Sym symbol;
      if (!bytes.read(symtab.sh_offset + i * symtab.sh_entsize, symbol))
        break; // cannot happen: the table's extent was checked above
      if (symbol.st_shndx == SHN_UNDEF || symbol.st_name == 0)
        continue;
      if (symbol.st_name >= strtab.sh_size) {
        error = "corrupt symbol table: symbol " + std::to_string(i) +
                " has its name outside the string table";
        return false;
      }
      const char *name = bytes.at(strtab.sh_offset + symbol.st_name);
      const void *end = std::memchr(name, 0, strtab.sh_size - symbol.st_name);
      if (!end) {
        error = "corrupt string table: symbol " + std::to_string(i) +
                " has an unterminated name";
        return false;
      }
      size_t length = static_cast<const char *>(end) - name;

      std::vector<ArrayEntry> *array = nullptr;
      if (starts_with(name, length, kInitPrefix, sizeof(kInitPrefix) - 1))
        array = &info.init;
      else if (starts_with(name, length, kFiniPrefix, sizeof(kFiniPrefix) - 1))
        array = &info.fini;
      if (!array)
        continue;
      ArrayEntry entry{std::string(name, length), 0};
      if (!parse_priority(entry.symbol, entry.priority)) {
        error = "constructor or destructor symbol '" + entry.symbol +
                "' does not end in a priority";
        return false;
      }
      array->push_back(std::move(entry));
    }
  }

  // Laid out like ELF .init_array/.fini_array: ascending priority. The device
  // calls init entries first to last and fini entries last to first, so a
  // lower priority number constructs earlier and destructs later, as on every
  // other ELF target. Ties go by name to keep runs reproducible.
  auto order = [](const ArrayEntry &a, const ArrayEntry &b) {
    return a.priority != b.priority ? a.priority < b.priority
                                    : a.symbol < b.symbol;
  };
  auto same = [](const ArrayEntry &a, const ArrayEntry &b) {
    return a.symbol == b.symbol;
  };
  for (auto *array : {&info.init, &info.fini}) {
    std::sort(array->begin(), array->end(), order);
    array->erase(std::unique(array->begin(), array->end(), same), array->end());
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Driver resources
//===----------------------------------------------------------------------===//

// Owns everything gpurun creates through the driver and releases it in
// reverse order. When kernels may still be running (a timeout, or a program
// that exited while other threads went on), releasing would block: freeing
// memory synchronises with the device. abandon() then leaves it all to the
// driver's teardown at process exit.
class Session {
public:
  explicit Session(const Driver &api) : api(api) {}
  Session(const Session &) = delete;
  Session &operator=(const Session &) = delete;

  ~Session() {
    if (abandoned)
      return;
    if (stream)
      api.cuStreamDestroy(stream);
    for (auto it = device_memory.rbegin(); it != device_memory.rend(); ++it)
      api.cuMemFree(*it);
    for (auto it = host_memory.rbegin(); it != host_memory.rend(); ++it)
      api.cuMemFreeHost(*it);
    if (module)
      api.cuModuleUnload(module);
    if (context) {
      api.cuCtxSetCurrent(nullptr);
      api.cuDevicePrimaryCtxRelease(device);
    }
  }

  void abandon() { abandoned = true; }

  CUresult retain_context(CUdevice for_device) {
    CUresult result = api.cuDevicePrimaryCtxRetain(&context, for_device);
    if (result != CUDA_SUCCESS) {
      context = nullptr;
      return result;
    }
    device = for_device;
    return api.cuCtxSetCurrent(context);
  }

  CUresult alloc_device(size_t size, CUdeviceptr &address) {
    CUresult result = api.cuMemAlloc(&address, size);
    if (result == CUDA_SUCCESS)
      device_memory.push_back(address);
    return result;
  }

  // Zeroed pinned host memory that the device reaches at `address`.
  CUresult alloc_mapped(size_t size, void *&host, CUdeviceptr &address) {
    CUresult result = api.cuMemHostAlloc(
        &host, size, CU_MEMHOSTALLOC_DEVICEMAP | CU_MEMHOSTALLOC_PORTABLE);
    if (result != CUDA_SUCCESS)
      return result;
    host_memory.push_back(host);
    std::memset(host, 0, size);
    return api.cuMemHostGetDevicePointer(&address, host, 0);
  }

  const Driver &api;
  CUdevice device = 0;
  CUcontext context = nullptr;
  CUmodule module = nullptr;
  CUstream stream = nullptr;

private:
  std::vector<CUdeviceptr> device_memory;
  std::vector<void *> host_memory;
  bool abandoned = false;
};

struct DeviceInfo {
  CUdevice handle = 0;
  int ordinal = 0;
  int major = 0;
  int minor = 0;
};

bool can_run(const CubinInfo &cubin, const DeviceInfo &device) {
  unsigned major = cubin.sm / 10, minor = cubin.sm % 10;
  if (static_cast<unsigned>(device.major) != major)
    return false;
  return cubin.arch_specific ? static_cast<unsigned>(device.minor) == minor
                             : static_cast<unsigned>(device.minor) >= minor;
}

// argv and envp as the device sees them: one block of device-mapped host
// memory holding both NULL-terminated pointer arrays, then the strings.
CUresult place_arguments(Session &session, const LaunchOptions &options,
                         CUdeviceptr &argv, CUdeviceptr &envp) {
  size_t pointers = options.argv.size() + 1 + options.envp.size() + 1;
  size_t size = pointers * sizeof(uint64_t);
  for (const auto *list : {&options.argv, &options.envp})
    for (const std::string &s : *list)
      size += s.size() + 1;

  void *host;
  CUdeviceptr base;
  CUresult result = session.alloc_mapped(size, host, base);
  if (result != CUDA_SUCCESS)
    return result;

  auto *block = static_cast<unsigned char *>(host);
  size_t slot = 0;
  size_t text = pointers * sizeof(uint64_t);
  auto put = [&](uint64_t value) {
    std::memcpy(block + slot * sizeof(uint64_t), &value, sizeof(value));
    ++slot;
  };
  auto put_list = [&](const std::vector<std::string> &list) {
    CUdeviceptr array = base + slot * sizeof(uint64_t);
    for (const std::string &s : list) {
      std::memcpy(block + text, s.c_str(), s.size() + 1);
      put(base + text);
      text += s.size() + 1;
    }
    put(0);
    return array;
  };
  argv = put_list(options.argv);
  envp = put_list(options.envp);
  return CUDA_SUCCESS;
}

// How long to let queued work drain after the program has exited before
// giving up on releasing resources.
constexpr std::chrono::milliseconds kGrace(1000);

// Calls through function pointers (constructor arrays, atexit handlers,
// qsort callbacks) keep ptxas from bounding a kernel's stack, and the driver
// then gives each thread only CU_LIMIT_STACK_SIZE bytes, 1 KiB by default,
// which libc's formatting code can overrun. The driver reserves this much for
// every thread the device can hold resident, so stay modest.
constexpr size_t kStackSize = 4096;

Clock::time_point deadline_after(double seconds) {
  // Anything beyond a century is as good as no limit and would overflow.
  if (seconds <= 0 || seconds > 3.2e9)
    return Clock::time_point::max();
  return Clock::now() + std::chrono::duration_cast<Clock::duration>(
                            std::chrono::duration<double>(seconds));
}

} // namespace

int gpurun::run_cuda(const Image &image, const LaunchOptions &options) {
  Verbose = options.verbose;

  // Never closed: the driver tears its state down at process exit, and the
  // contexts of an abandoned session must outlive this function.
  void *library = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    const char *why = dlerror();
    report("cannot run an NVPTX image: the NVIDIA driver library "
           "libcuda.so.1 is not available (%s)",
           why ? why : "unknown dlopen error");
    return kExitLoaderFailure;
  }

  Driver api;
#define GPURUN_CUDA_RESOLVE(member, symbol, type)                              \
  api.member = reinterpret_cast<Driver::member##_t>(dlsym(library, symbol));   \
  if (!api.member) {                                                           \
    report("libcuda.so.1 lacks %s; the NVIDIA driver is too old or broken",    \
           symbol);                                                            \
    return kExitLoaderFailure;                                                 \
  }
  GPURUN_CUDA_FUNCTIONS(GPURUN_CUDA_RESOLVE)
#undef GPURUN_CUDA_RESOLVE

  CUresult result = api.cuInit(0);
  if (result == CUDA_ERROR_NO_DEVICE) {
    report("no NVIDIA GPU found (%s)", describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  if (result != CUDA_SUCCESS) {
    report("cannot initialise the CUDA driver: %s",
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  int driver_version = 0;
  api.cuDriverGetVersion(&driver_version);
  note("driver API %d.%d", driver_version / 1000, driver_version % 1000 / 10);

  int device_count = 0;
  result = api.cuDeviceGetCount(&device_count);
  if (result != CUDA_SUCCESS) {
    report("cannot count the GPUs: %s", describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  if (device_count <= 0) {
    report("no NVIDIA GPU found");
    return kExitLoaderFailure;
  }

  CubinInfo cubin;
  std::string problem;
  if (!read_cubin(image.bytes, cubin, problem)) {
    report("%s: %s", image.path.c_str(), problem.c_str());
    return kExitNotRunnable;
  }
  const char *suffix = cubin.arch_specific ? "a" : "";
  note("image sm_%u%s, %zu constructors, %zu destructors", cubin.sm, suffix,
       cubin.init.size(), cubin.fini.size());

  // The first GPU that can run the image; the list of all for the report.
  DeviceInfo chosen;
  bool found = false;
  std::string seen;
  for (int ordinal = 0; ordinal < device_count; ++ordinal) {
    DeviceInfo device;
    device.ordinal = ordinal;
    if ((result = api.cuDeviceGet(&device.handle, ordinal)) != CUDA_SUCCESS ||
        (result = api.cuDeviceGetAttribute(
             &device.major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR,
             device.handle)) != CUDA_SUCCESS ||
        (result = api.cuDeviceGetAttribute(
             &device.minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR,
             device.handle)) != CUDA_SUCCESS) {
      report("cannot query GPU %d: %s", ordinal, describe(api, result).c_str());
      return kExitLoaderFailure;
    }
    seen += (seen.empty() ? "sm_" : ", sm_") + std::to_string(device.major) +
            std::to_string(device.minor);
    if (!found && can_run(cubin, device)) {
      chosen = device;
      found = true;
    }
  }
  if (!found) {
    report("%s: image is built for sm_%u%s but the GPUs here are: %s",
           image.path.c_str(), cubin.sm, suffix, seen.c_str());
    return kExitNotRunnable;
  }

  auto attribute = [&](CUdevice_attribute which, int &value) {
    CUresult r = api.cuDeviceGetAttribute(&value, which, chosen.handle);
    if (r != CUDA_SUCCESS)
      report("cannot query GPU %d: %s", chosen.ordinal,
             describe(api, r).c_str());
    return r == CUDA_SUCCESS;
  };
  int sm_count, warp_size, can_map, max_threads, block_dim[3], grid_dim[3];
  if (!attribute(CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, sm_count) ||
      !attribute(CU_DEVICE_ATTRIBUTE_WARP_SIZE, warp_size) ||
      !attribute(CU_DEVICE_ATTRIBUTE_CAN_MAP_HOST_MEMORY, can_map) ||
      !attribute(CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK, max_threads) ||
      !attribute(CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_X, block_dim[0]) ||
      !attribute(CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Y, block_dim[1]) ||
      !attribute(CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Z, block_dim[2]) ||
      !attribute(CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X, grid_dim[0]) ||
      !attribute(CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y, grid_dim[1]) ||
      !attribute(CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z, grid_dim[2]))
    return kExitLoaderFailure;
  if (!can_map) {
    report("GPU %d cannot map host memory, which gpurun's RPC needs",
           chosen.ordinal);
    return kExitLoaderFailure;
  }
  if (warp_size <= 0) {
    report("GPU %d reports a warp size of %d", chosen.ordinal, warp_size);
    return kExitLoaderFailure;
  }

  // Reject launch shapes here, where the message can say which limit was hit;
  // the driver would only say CUDA_ERROR_INVALID_VALUE.
  static const char *const axis[3] = {"x", "y", "z"};
  uint64_t block_threads = 1;
  for (int i = 0; i < 3; ++i) {
    if (options.threads[i] == 0 || options.blocks[i] == 0) {
      report("the launch needs at least one block and one thread in %s",
             axis[i]);
      return kExitLoaderFailure;
    }
    if (options.threads[i] > static_cast<uint32_t>(block_dim[i])) {
      report("%u threads per block in %s, but GPU %d allows at most %d",
             options.threads[i], axis[i], chosen.ordinal, block_dim[i]);
      return kExitLoaderFailure;
    }
    if (options.blocks[i] > static_cast<uint32_t>(grid_dim[i])) {
      report("%u blocks in %s, but GPU %d allows at most %d", options.blocks[i],
             axis[i], chosen.ordinal, grid_dim[i]);
      return kExitLoaderFailure;
    }
    block_threads *= options.threads[i];
  }
  if (block_threads > static_cast<uint64_t>(max_threads)) {
    report("%llu threads per block, but GPU %d allows at most %d",
           static_cast<unsigned long long>(block_threads), chosen.ordinal,
           max_threads);
    return kExitLoaderFailure;
  }

  uint32_t lanes = static_cast<uint32_t>(warp_size);
  uint32_t ports = options.ports;
  if (ports == 0) {
    // Enough ports for a few warps per SM to have RPC in flight at once.
    uint32_t wanted =
        std::min<uint32_t>(static_cast<uint32_t>(sm_count) * 4, 1024);
    ports = std::max<uint32_t>((wanted + 31) / 32 * 32, 32);
  }

  char name[256] = "unknown GPU";
  if (api.cuDeviceGetName(name, sizeof(name), chosen.handle) != CUDA_SUCCESS)
    std::strcpy(name, "unknown GPU");
  note("device %d %s sm_%d%d, %d SMs, %u ports", chosen.ordinal, name,
       chosen.major, chosen.minor, sm_count, ports);

  Session session(api);
  if ((result = session.retain_context(chosen.handle)) != CUDA_SUCCESS) {
    report("cannot make a context on GPU %d: %s", chosen.ordinal,
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }

  size_t stack_size = 0;
  if (api.cuCtxGetLimit(&stack_size, CU_LIMIT_STACK_SIZE) == CUDA_SUCCESS &&
      stack_size < kStackSize) {
    // Not fatal: programs with shallow call chains run on the default.
    result = api.cuCtxSetLimit(CU_LIMIT_STACK_SIZE, kStackSize);
    if (result == CUDA_SUCCESS)
      note("stack %zu bytes per thread (was %zu)", kStackSize, stack_size);
    else
      note("keeping the %zu-byte stack: %s", stack_size,
           describe(api, result).c_str());
  }

  char jit_log[8192] = "";
  CUjit_option jit_options[] = {CU_JIT_ERROR_LOG_BUFFER,
                                CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
  void *jit_values[] = {jit_log, reinterpret_cast<void *>(sizeof(jit_log) - 1)};
  result = api.cuModuleLoadDataEx(&session.module, image.bytes.data(), 2,
                                  jit_options, jit_values);
  if (result != CUDA_SUCCESS) {
    session.module = nullptr;
    jit_log[sizeof(jit_log) - 1] = '\0';
    report("cannot load %s on GPU %d: %s%s%s", image.path.c_str(),
           chosen.ordinal, describe(api, result).c_str(),
           jit_log[0] ? "\n" : "", jit_log);
    return kExitNotRunnable;
  }
  note("loaded %s (%zu bytes)", image.path.c_str(), image.bytes.size());

  CUfunction begin, start, end;
  for (auto [kernel, symbol] :
       {std::pair<CUfunction *, const char *>{&begin, "_begin"},
        {&start, "_start"},
        {&end, "_end"}}) {
    result = api.cuModuleGetFunction(kernel, session.module, symbol);
    if (result == CUDA_ERROR_NOT_FOUND) {
      report("%s: image has no %s kernel", image.path.c_str(), symbol);
      return kExitNotRunnable;
    }
    if (result != CUDA_SUCCESS) {
      report("cannot find %s in %s: %s", symbol, image.path.c_str(),
             describe(api, result).c_str());
      return kExitLoaderFailure;
    }
  }

  // Register pressure can hold a kernel below the device's block size; the
  // driver would only say CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES.
  int start_max_threads = 0;
  result = api.cuFuncGetAttribute(
      &start_max_threads, CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK, start);
  if (result == CUDA_SUCCESS &&
      block_threads > static_cast<uint64_t>(start_max_threads)) {
    report("%llu threads per block, but this image's _start can run at most "
           "%d per block on GPU %d",
           static_cast<unsigned long long>(block_threads), start_max_threads,
           chosen.ordinal);
    return kExitLoaderFailure;
  }

  CUdeviceptr env_address;
  size_t env_size;
  result = api.cuModuleGetGlobal(&env_address, &env_size, session.module,
                                 GPULIBC_DEVICE_ENV_SYMBOL);
  if (result == CUDA_ERROR_NOT_FOUND) {
    report("%s: image has no %s; is it linked with gpulibc?",
           image.path.c_str(), GPULIBC_DEVICE_ENV_SYMBOL);
    return kExitNotRunnable;
  }
  if (result != CUDA_SUCCESS) {
    report("cannot find %s: %s", GPULIBC_DEVICE_ENV_SYMBOL,
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  if (env_size != sizeof(gpulibc_device_env)) {
    report("%s: %s is %zu bytes but gpurun's is %zu; the image and gpurun "
           "come from different gpulibc versions",
           image.path.c_str(), GPULIBC_DEVICE_ENV_SYMBOL, env_size,
           sizeof(gpulibc_device_env));
    return kExitNotRunnable;
  }
  gpulibc_device_env env = {};
  env.abi_version = GPULIBC_ABI_VERSION;
  env.num_ports = ports;
  env.lanes = lanes;

  // Constructor and destructor arrays: the loaded values of the
  // __init_array_object_* / __fini_array_object_* constants, which the driver
  // has relocated to the functions' device addresses.
  std::vector<uint64_t> functions;
  for (const auto *array : {&cubin.init, &cubin.fini}) {
    for (const ArrayEntry &entry : *array) {
      CUdeviceptr address;
      size_t size;
      result = api.cuModuleGetGlobal(&address, &size, session.module,
                                     entry.symbol.c_str());
      if (result == CUDA_ERROR_NOT_FOUND ||
          (result == CUDA_SUCCESS && size != sizeof(uint64_t))) {
        report("%s: the driver does not see %s as an 8-byte global",
               image.path.c_str(), entry.symbol.c_str());
        return kExitNotRunnable;
      }
      uint64_t function = 0;
      if (result == CUDA_SUCCESS)
        result = api.cuMemcpyDtoH(&function, address, sizeof(function));
      if (result != CUDA_SUCCESS) {
        report("cannot read %s: %s", entry.symbol.c_str(),
               describe(api, result).c_str());
        return kExitLoaderFailure;
      }
      functions.push_back(function);
    }
  }
  if (!functions.empty()) {
    CUdeviceptr arrays;
    size_t bytes = functions.size() * sizeof(uint64_t);
    if ((result = session.alloc_device(bytes, arrays)) != CUDA_SUCCESS ||
        (result = api.cuMemcpyHtoD(arrays, functions.data(), bytes)) !=
            CUDA_SUCCESS) {
      report("cannot place the constructor arrays: %s",
             describe(api, result).c_str());
      return kExitLoaderFailure;
    }
    CUdeviceptr fini = arrays + cubin.init.size() * sizeof(uint64_t);
    if (!cubin.init.empty()) {
      env.init_array_start = arrays;
      env.init_array_end = fini;
    }
    if (!cubin.fini.empty()) {
      env.fini_array_start = fini;
      env.fini_array_end = fini + cubin.fini.size() * sizeof(uint64_t);
    }
  }

  uint64_t shared_size = rpc::shared_memory_size(ports, lanes);
  uint64_t lock_size = rpc::lock_memory_size(ports);
  void *shared_host = nullptr;
  CUdeviceptr shared, lock, heap = 0;
  if ((result = session.alloc_mapped(shared_size, shared_host, shared)) !=
      CUDA_SUCCESS) {
    report("cannot allocate %llu bytes of mapped host memory for RPC: %s",
           static_cast<unsigned long long>(shared_size),
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  if ((result = session.alloc_device(lock_size, lock)) != CUDA_SUCCESS ||
      (result = api.cuMemsetD8(lock, 0, lock_size)) != CUDA_SUCCESS) {
    report("cannot allocate %llu bytes of device memory for RPC locks: %s",
           static_cast<unsigned long long>(lock_size),
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  if (options.heap_size && (result = session.alloc_device(
                                options.heap_size, heap)) != CUDA_SUCCESS) {
    report("cannot allocate a %llu-byte device heap: %s",
           static_cast<unsigned long long>(options.heap_size),
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  // errno and other per-thread state: GPUs have no thread-local storage, so
  // every thread of the grid gets a 64-byte slot, indexed by its global id.
  uint64_t grid_threads = 1;
  for (int d = 0; d < 3; ++d)
    grid_threads *= uint64_t(options.blocks[d]) * options.threads[d];
  CUdeviceptr thread_slots = 0;
  if ((result = session.alloc_device(grid_threads * 64, thread_slots)) != CUDA_SUCCESS ||
      (result = api.cuMemsetD8(thread_slots, 0, grid_threads * 64)) != CUDA_SUCCESS) {
    report("cannot allocate %llu bytes of device memory for per-thread state: %s",
           static_cast<unsigned long long>(grid_threads * 64), describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  env.thread_slots = thread_slots;
  env.thread_slot_count = grid_threads;
  env.rpc_shared = shared;
  env.rpc_lock = lock;
  env.heap_base = heap;
  env.heap_size = options.heap_size;
  note("rpc %llu bytes (%u ports x %u lanes), locks %llu bytes, heap %llu "
       "bytes",
       static_cast<unsigned long long>(shared_size), ports, lanes,
       static_cast<unsigned long long>(lock_size),
       static_cast<unsigned long long>(options.heap_size));

  if (options.argv.size() > static_cast<size_t>(INT32_MAX)) {
    report("too many arguments");
    return kExitLoaderFailure;
  }
  int argc = static_cast<int>(options.argv.size());
  CUdeviceptr argv, envp;
  if ((result = place_arguments(session, options, argv, envp)) !=
      CUDA_SUCCESS) {
    report("cannot allocate mapped host memory for argv and envp: %s",
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }
  void *ret_host = nullptr;
  CUdeviceptr ret;
  if ((result = session.alloc_mapped(sizeof(int), ret_host, ret)) !=
      CUDA_SUCCESS) {
    report("cannot allocate mapped host memory for the return value: %s",
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }

  if ((result = api.cuMemcpyHtoD(env_address, &env, sizeof(env))) !=
      CUDA_SUCCESS) {
    report("cannot write %s: %s", GPULIBC_DEVICE_ENV_SYMBOL,
           describe(api, result).c_str());
    return kExitLoaderFailure;
  }

  // Non-blocking, so that nothing else on the legacy default stream can
  // serialise with (and deadlock against) kernels waiting on RPC.
  if ((result = api.cuStreamCreate(&session.stream, CU_STREAM_NON_BLOCKING)) !=
      CUDA_SUCCESS) {
    session.stream = nullptr;
    report("cannot create a stream: %s", describe(api, result).c_str());
    return kExitLoaderFailure;
  }

  // Declared after the session so that it is gone before the mailbox is freed.
  Server server(shared_host, ports, lanes, options);
  Clock::time_point deadline = deadline_after(options.timeout_seconds);

  CUresult fault = CUDA_SUCCESS;
  std::thread::id owner = std::this_thread::get_id();
  auto kernel_done = [&] {
    // The context is current only on this thread; serve_until may ask from
    // another.
    if (std::this_thread::get_id() != owner)
      api.cuCtxSetCurrent(session.context);
    CUresult status = api.cuStreamQuery(session.stream);
    if (status == CUDA_ERROR_NOT_READY)
      return false;
    fault = status;
    return true;
  };

  // Waits for the queued kernels to finish before the session is torn down,
  // still serving anything they ask for; abandons the session if they do not.
  auto settle = [&] {
    Clock::time_point until = Clock::now() + kGrace;
    while (api.cuStreamQuery(session.stream) == CUDA_ERROR_NOT_READY) {
      if (Clock::now() >= until) {
        note("kernels still running %lld ms after the program ended; "
             "leaving them to the driver",
             static_cast<long long>(kGrace.count()));
        session.abandon();
        return;
      }
      if (!server.poll())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  };

  auto launch = [&](CUfunction kernel, const char *symbol,
                    const uint32_t grid[3], const uint32_t block[3],
                    void **parameters) {
    note("launching %s: %u x %u x %u blocks of %u x %u x %u threads", symbol,
         grid[0], grid[1], grid[2], block[0], block[1], block[2]);
    CUresult r = api.cuLaunchKernel(kernel, grid[0], grid[1], grid[2], block[0],
                                    block[1], block[2], 0, session.stream,
                                    parameters, nullptr);
    if (r != CUDA_SUCCESS)
      report("cannot launch %s: %s", symbol, describe(api, r).c_str());
    return r == CUDA_SUCCESS;
  };

  // Serves RPC until the queued kernels finish. Returns gpurun's exit code if
  // the program is over, nothing if it goes on.
  auto wait = [&]() -> std::optional<int> {
    WaitResult waited = serve_until(server, kernel_done, deadline);
    if (waited == WaitResult::kTimedOut) {
      report("timeout: the program ran longer than %g s",
             options.timeout_seconds);
      session.abandon();
      return kExitTimeout;
    }
    // Requests the kernels posted just before they stopped may still be in
    // the mailbox. An exit among them wins over a fault: it is how the
    // program meant to stop.
    if (waited == WaitResult::kKernelDone)
      while (!server.finished() && server.poll()) {
      }
    if (waited == WaitResult::kProgramExited || server.finished()) {
      settle();
      note("program exited with %d", server.exit_code());
      return server.exit_code();
    }
    if (fault != CUDA_SUCCESS) {
      report("device fault: %s", describe(api, fault).c_str());
      return kExitDeviceAbort;
    }
    return std::nullopt;
  };

  static const uint32_t one[3] = {1, 1, 1};
  void *begin_parameters[] = {&argc, &argv, &envp};
  if (!launch(begin, "_begin", one, one, begin_parameters))
    return kExitLoaderFailure;
  void *start_parameters[] = {&argc, &argv, &envp, &ret};
  if (!launch(start, "_start", options.blocks, options.threads,
              start_parameters)) {
    settle();
    return kExitLoaderFailure;
  }
  if (std::optional<int> code = wait())
    return *code;

  int ret_value = *static_cast<volatile int *>(ret_host);
  note("_start finished, returning %d", ret_value);
  void *end_parameters[] = {&ret_value};
  if (!launch(end, "_end", one, one, end_parameters))
    return kExitLoaderFailure;
  if (std::optional<int> code = wait())
    return *code;

  note("_end finished without exiting through the server; returning %d",
       ret_value);
  return ret_value;
}
