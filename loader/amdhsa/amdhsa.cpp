//===-- gpurun's AMD HSA backend: runs AMDGPU images through ROCr ---------===//
//
// The image is an AMDGPU code object. This backend opens the ROCm runtime
// (libhsa-runtime64.so.1) at run time, picks the first GPU whose ISA can run
// the image, loads it, gives the device its gpulibc_device_env (RPC mailbox,
// port locks, heap), launches _begin, _start and _end one after the other on
// a single AQL queue and serves RPC while each runs, until the program exits
// through the server or _end returns.
//
// Nothing here needs ROCm at build time: hsa_api.h declares the API and every
// entry point is looked up with dlsym, so gpurun runs on machines without a
// GPU and reports the missing runtime instead of failing to start.
//
//===----------------------------------------------------------------------===//

#include "backend.h"
#include "hsa_api.h"
#include "server.h"

#include "gpulibc/device_abi.h"
#include "rpc/rpc.h"

#include <dlfcn.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cinttypes>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <functional>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <thread>
#include <vector>

// The ELF reader and the kernel argument writer copy host integers straight
// into the device's little-endian formats.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "AMDGPU code objects and kernargs are little-endian");

using namespace gpurun;
using namespace gpurun::hsa;

namespace {

constexpr const char *kRuntimeLibrary = "libhsa-runtime64.so.1";

uint64_t align_to(uint64_t value, uint64_t alignment) {
  return (value + alignment - 1) / alignment * alignment;
}

//===----------------------------------------------------------------------===//
// AMDGPU code object facts. ELF offsets are the System V gABI's; the AMDGPU
// values come from LLVM's AMDGPUUsage document and
// llvm/include/llvm/BinaryFormat/ELF.h (LLVM 21).
//===----------------------------------------------------------------------===//

constexpr size_t kElfHeaderSize = 64;
constexpr size_t kElfClassOffset = 4;      // e_ident[EI_CLASS]
constexpr size_t kElfOsAbiOffset = 7;      // e_ident[EI_OSABI]
constexpr size_t kElfAbiVersionOffset = 8; // e_ident[EI_ABIVERSION]
constexpr size_t kElfMachineOffset = 18;   // e_machine
constexpr size_t kElfFlagsOffset = 48;     // e_flags
constexpr uint8_t kElfClass64 = 2;
constexpr uint16_t kElfMachineAmdgpu = 224; // EM_AMDGPU
constexpr uint8_t kElfOsAbiAmdgpuHsa = 64;  // ELFOSABI_AMDGPU_HSA

// ELFABIVERSION_AMDGPU_HSA_V4 is 2, V5 is 3, V6 is 4: the code object
// version is the ABI version plus two.
constexpr uint8_t kAbiVersionV4 = 2;
constexpr uint8_t kAbiVersionV5 = 3;

constexpr uint32_t kMachMask = 0x0ff; // EF_AMDGPU_MACH
// Code object v4+ encode each target feature as unsupported/any/off/on.
constexpr uint32_t kXnackMask = 0x300; // EF_AMDGPU_FEATURE_XNACK_V4
constexpr uint32_t kXnackAny = 0x100;
constexpr uint32_t kXnackOff = 0x200;
constexpr uint32_t kXnackOn = 0x300;
constexpr uint32_t kSrameccMask = 0xc00; // EF_AMDGPU_FEATURE_SRAMECC_V4
constexpr uint32_t kSrameccAny = 0x400;
constexpr uint32_t kSrameccOff = 0x800;
constexpr uint32_t kSrameccOn = 0xc00;

// EF_AMDGPU_MACH_AMDGCN_* values and the processor names ROCr uses in ISA
// names. gfx940 and gfx941 are gone from LLVM 21 (their values are reserved)
// but older compilers produced them.
struct Processor {
  uint32_t mach;
  const char *name;
};
constexpr Processor kProcessors[] = {
    {0x020, "gfx600"},          {0x021, "gfx601"},
    {0x022, "gfx700"},          {0x023, "gfx701"},
    {0x024, "gfx702"},          {0x025, "gfx703"},
    {0x026, "gfx704"},          {0x028, "gfx801"},
    {0x029, "gfx802"},          {0x02a, "gfx803"},
    {0x02b, "gfx810"},          {0x02c, "gfx900"},
    {0x02d, "gfx902"},          {0x02e, "gfx904"},
    {0x02f, "gfx906"},          {0x030, "gfx908"},
    {0x031, "gfx909"},          {0x032, "gfx90c"},
    {0x033, "gfx1010"},         {0x034, "gfx1011"},
    {0x035, "gfx1012"},         {0x036, "gfx1030"},
    {0x037, "gfx1031"},         {0x038, "gfx1032"},
    {0x039, "gfx1033"},         {0x03a, "gfx602"},
    {0x03b, "gfx705"},          {0x03c, "gfx805"},
    {0x03d, "gfx1035"},         {0x03e, "gfx1034"},
    {0x03f, "gfx90a"},          {0x040, "gfx940"},
    {0x041, "gfx1100"},         {0x042, "gfx1013"},
    {0x043, "gfx1150"},         {0x044, "gfx1103"},
    {0x045, "gfx1036"},         {0x046, "gfx1101"},
    {0x047, "gfx1102"},         {0x048, "gfx1200"},
    {0x049, "gfx1250"},         {0x04a, "gfx1151"},
    {0x04b, "gfx941"},          {0x04c, "gfx942"},
    {0x04e, "gfx1201"},         {0x04f, "gfx950"},
    {0x051, "gfx9-generic"},    {0x052, "gfx10-1-generic"},
    {0x053, "gfx10-3-generic"}, {0x054, "gfx11-generic"},
    {0x055, "gfx1152"},         {0x058, "gfx1153"},
    {0x059, "gfx12-generic"},   {0x05f, "gfx9-4-generic"},
};

// The kernel descriptor (the object behind a kernel's ".kd" symbol) keeps
// kernel_code_properties at byte 56; bit 10 is ENABLE_WAVEFRONT_SIZE32
// (AMDGPUUsage, "Kernel Descriptor"; llvm/Support/AMDHSAKernelDescriptor.h).
constexpr size_t kKernelDescriptorSize = 64;
constexpr size_t kKernelCodePropertiesOffset = 56;
constexpr uint16_t kWavefrontSize32Property = 1u << 10;

// Code object v5 kernels read their launch shape from hidden arguments that
// start at the first 8-byte boundary after the explicit ones; gpuintrin's
// __gpu_num_threads and __gpu_num_blocks depend on them (AMDGPUUsage, "Code
// Object V5 Metadata", hidden_block_count_x onwards). v4 kernels read the
// dispatch packet instead and their hidden arguments may stay zero.
constexpr uint64_t kHiddenArgumentAlignment = 8;
constexpr uint64_t kHiddenBlockCountOffset = 0; // uint32_t[3]
constexpr uint64_t kHiddenGroupSizeOffset = 12; // uint16_t[3]
constexpr uint64_t kHiddenRemainderOffset = 18; // uint16_t[3]
constexpr uint64_t kHiddenGridDimsOffset = 64;  // uint16_t
constexpr uint64_t kHiddenArgumentsUsed = kHiddenGridDimsOffset + 2;

// A kernel with a dynamic call stack (recursion, indirect calls) reports only
// its static private segment; this is the stack it gets on top, per
// work-item, the same default LLVM's own GPU loaders use.
constexpr uint32_t kDynamicStackBytes = 16 * 1024;

//===----------------------------------------------------------------------===//
// Target ids: "gfx90a:sramecc+:xnack-" and how an image's matches a GPU's.
//===----------------------------------------------------------------------===//

enum class FeatureSetting { kUnsupported, kAny, kOff, kOn };

struct TargetId {
  std::string processor;
  FeatureSetting sramecc = FeatureSetting::kUnsupported;
  FeatureSetting xnack = FeatureSetting::kUnsupported;

  // Canonical spelling; settings that constrain nothing are left out.
  std::string str() const {
    std::string text = processor;
    auto append = [&](const char *name, FeatureSetting setting) {
      if (setting == FeatureSetting::kOn || setting == FeatureSetting::kOff)
        text += std::string(":") + name +
                (setting == FeatureSetting::kOn ? "+" : "-");
    };
    append("sramecc", sramecc);
    append("xnack", xnack);
    return text;
  }
};

// An image built with a feature on (or off) runs only where the GPU has it
// on (or off); "any" and unsupported run anywhere the processor matches.
bool can_run(const TargetId &image, const TargetId &gpu) {
  auto agrees = [](FeatureSetting wanted, FeatureSetting present) {
    bool wanted_fixed =
        wanted == FeatureSetting::kOn || wanted == FeatureSetting::kOff;
    bool present_fixed =
        present == FeatureSetting::kOn || present == FeatureSetting::kOff;
    return !wanted_fixed || !present_fixed || wanted == present;
  };
  return image.processor == gpu.processor &&
         agrees(image.sramecc, gpu.sramecc) && agrees(image.xnack, gpu.xnack);
}

// ROCr names ISAs "amdgcn-amd-amdhsa--<target id>": the triple, an empty
// environment, then the target id. Generic targets contain '-' themselves,
// so the split is at the first "--".
std::string target_id_text(const std::string &isa_name) {
  size_t start = isa_name.find("--");
  return start == std::string::npos ? isa_name : isa_name.substr(start + 2);
}

TargetId parse_isa_name(const std::string &isa_name) {
  std::string target = target_id_text(isa_name);
  TargetId id;
  size_t colon = target.find(':');
  id.processor = target.substr(0, colon);
  while (colon != std::string::npos) {
    size_t next = target.find(':', colon + 1);
    std::string feature = target.substr(colon + 1, next - colon - 1);
    if (!feature.empty()) {
      FeatureSetting setting = feature.back() == '+'   ? FeatureSetting::kOn
                               : feature.back() == '-' ? FeatureSetting::kOff
                                                       : FeatureSetting::kAny;
      std::string name = feature.substr(0, feature.size() - 1);
      if (name == "sramecc")
        id.sramecc = setting;
      else if (name == "xnack")
        id.xnack = setting;
    }
    colon = next;
  }
  return id;
}

struct ImageHeader {
  TargetId target;
  unsigned code_object_version = 0;
  bool has_hidden_launch_shape = false; // code object v5 and later
};

template <typename T> T read_little_endian(const unsigned char *bytes) {
  T value;
  std::memcpy(&value, bytes, sizeof(T));
  return value;
}

// Fills `header` from the image's ELF header, or returns why it cannot.
std::optional<std::string> read_image_header(const Image &image,
                                             ImageHeader &header) {
  static constexpr unsigned char kElfMagic[4] = {0x7f, 'E', 'L', 'F'};
  const std::vector<unsigned char> &bytes = image.bytes;
  if (bytes.size() < kElfHeaderSize ||
      std::memcmp(bytes.data(), kElfMagic, sizeof(kElfMagic)) != 0 ||
      bytes[kElfClassOffset] != kElfClass64)
    return std::string("not a 64-bit ELF file");
  if (read_little_endian<uint16_t>(&bytes[kElfMachineOffset]) !=
      kElfMachineAmdgpu)
    return std::string("not an AMDGPU code object");
  if (bytes[kElfOsAbiOffset] != kElfOsAbiAmdgpuHsa)
    return std::string("an AMDGPU object that is not for the HSA runtime "
                       "(OS ABI is not ELFOSABI_AMDGPU_HSA)");

  uint8_t abi_version = bytes[kElfAbiVersionOffset];
  uint32_t flags = read_little_endian<uint32_t>(&bytes[kElfFlagsOffset]);
  header.code_object_version = abi_version + 2u;
  header.has_hidden_launch_shape = abi_version >= kAbiVersionV5;

  uint32_t mach = flags & kMachMask;
  const Processor *processor =
      std::find_if(std::begin(kProcessors), std::end(kProcessors),
                   [&](const Processor &p) { return p.mach == mach; });
  if (processor == std::end(kProcessors)) {
    char unknown[64];
    std::snprintf(unknown, sizeof(unknown),
                  "an unknown AMDGPU processor (EF_AMDGPU_MACH 0x%02x)", mach);
    header.target.processor = unknown;
  } else {
    header.target.processor = processor->name;
  }

  if (abi_version >= kAbiVersionV4) {
    auto setting = [](uint32_t bits, uint32_t any, uint32_t off, uint32_t on) {
      if (bits == on)
        return FeatureSetting::kOn;
      if (bits == off)
        return FeatureSetting::kOff;
      if (bits == any)
        return FeatureSetting::kAny;
      return FeatureSetting::kUnsupported;
    };
    header.target.xnack =
        setting(flags & kXnackMask, kXnackAny, kXnackOff, kXnackOn);
    header.target.sramecc =
        setting(flags & kSrameccMask, kSrameccAny, kSrameccOff, kSrameccOn);
  }
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Small helpers
//===----------------------------------------------------------------------===//

// A step either lets the run continue (nullopt) or ends it with this exit
// code, having already said why on stderr.
using EarlyExit = std::optional<int>;

struct HsaApi {
#define GPURUN_DECLARE_HSA_FUNCTION(name) name##_fn name = nullptr;
  GPURUN_HSA_FUNCTIONS(GPURUN_DECLARE_HSA_FUNCTION)
#undef GPURUN_DECLARE_HSA_FUNCTION
};

// Releases what the run acquired, newest first, however the run ends: the
// HSA objects depend on each other in exactly the order they were created.
class CleanupStack {
public:
  CleanupStack() = default;
  CleanupStack(const CleanupStack &) = delete;
  CleanupStack &operator=(const CleanupStack &) = delete;
  ~CleanupStack() {
    while (!actions.empty()) {
      actions.back()();
      actions.pop_back();
    }
  }
  void push(std::function<void()> action) {
    actions.push_back(std::move(action));
  }

private:
  std::vector<std::function<void()>> actions;
};

// Device faults arrive on ROCr's event threads; the waiting loop only asks
// whether one happened and, once it has, what the first one was.
class DeviceFaultLog {
public:
  void record(std::string description) {
    std::lock_guard<std::mutex> lock(mutex);
    if (first.empty())
      first = std::move(description);
    raised_flag.store(true, std::memory_order_release);
  }
  bool raised() const { return raised_flag.load(std::memory_order_acquire); }
  std::string description() const {
    std::lock_guard<std::mutex> lock(mutex);
    return first;
  }

private:
  mutable std::mutex mutex;
  std::string first;
  std::atomic<bool> raised_flag{false};
};

std::string
describe_memory_fault(const hsa_amd_gpu_memory_fault_info_t &fault) {
  static constexpr struct {
    uint32_t bit;
    const char *text;
  } kReasons[] = {
      {HSA_AMD_MEMORY_FAULT_PAGE_NOT_PRESENT, "page not present"},
      {HSA_AMD_MEMORY_FAULT_READ_ONLY, "write to a read-only page"},
      {HSA_AMD_MEMORY_FAULT_NX, "execute from a no-execute page"},
      {HSA_AMD_MEMORY_FAULT_HOST_ONLY, "access to a host-only page"},
      {HSA_AMD_MEMORY_FAULT_DRAMECC, "DRAM ECC error"},
      {HSA_AMD_MEMORY_FAULT_IMPRECISE, "address may be inexact"},
      {HSA_AMD_MEMORY_FAULT_SRAMECC, "SRAM ECC error"},
      {HSA_AMD_MEMORY_FAULT_HANG, "GPU reset after a hang"},
  };
  std::string reasons;
  for (const auto &reason : kReasons) {
    if (!(fault.fault_reason_mask & reason.bit))
      continue;
    if (!reasons.empty())
      reasons += ", ";
    reasons += reason.text;
  }
  char text[160];
  std::snprintf(text, sizeof(text), "memory access fault at 0x%" PRIx64 " (%s)",
                fault.virtual_address,
                reasons.empty() ? "reason unknown" : reasons.c_str());
  return text;
}

// The grid of one launch: blocks (work-groups) of threads (work-items).
struct Grid {
  uint32_t blocks[3];
  uint32_t threads[3];

  uint32_t dimensions() const {
    if (blocks[2] * uint64_t(threads[2]) > 1)
      return 3;
    if (blocks[1] * uint64_t(threads[1]) > 1)
      return 2;
    return 1;
  }
};

constexpr Grid kOneThread = {{1, 1, 1}, {1, 1, 1}};

// The explicit arguments of a kernel, laid out as clang lays out a kernel's
// parameters: each at its natural alignment, in order.
class KernelArguments {
public:
  template <typename T> KernelArguments &add(T value) {
    size_t offset = align_to(bytes_.size(), alignof(T));
    bytes_.resize(offset + sizeof(T));
    std::memcpy(bytes_.data() + offset, &value, sizeof(T));
    return *this;
  }
  const std::vector<unsigned char> &bytes() const { return bytes_; }

private:
  std::vector<unsigned char> bytes_;
};

// What a dispatch packet needs to know about a kernel.
struct Kernel {
  const char *name = nullptr;
  uint64_t object = 0;
  uint32_t kernarg_size = 0;
  uint32_t group_segment_size = 0;
  uint32_t private_segment_size = 0;
  bool dynamic_callstack = false;
};

struct GpuLimits {
  uint32_t workgroup_max_size = 0;
  uint16_t workgroup_max_dim[3] = {0, 0, 0};
  hsa_dim3_t grid_max_dim = {0, 0, 0};
  uint32_t grid_max_size = 0;
};

// Host-visible scratch space for copies to and from device memory. Going
// through memory the runtime allocated lets the copy engines reach it without
// the runtime pinning pages of gpurun's own heap on the fly.
struct Staging {
  gpulibc_device_env env;
  unsigned char kernel_descriptor[kKernelDescriptorSize];
  int32_t ret;
};

Clock::time_point deadline_after(double seconds) {
  if (seconds <= 0)
    return Clock::time_point::max();
  Clock::time_point now = Clock::now();
  std::chrono::duration<double> wanted(seconds);
  if (wanted >= Clock::time_point::max() - now)
    return Clock::time_point::max();
  return now + std::chrono::duration_cast<Clock::duration>(wanted);
}

//===----------------------------------------------------------------------===//
// One run of one image.
//===----------------------------------------------------------------------===//

class Session {
public:
  Session(const Image &image, const LaunchOptions &options)
      : image(image), options(options) {}
  Session(const Session &) = delete;
  Session &operator=(const Session &) = delete;

  int run();

private:
  EarlyExit open_runtime();
  EarlyExit choose_gpu();
  EarlyExit check_launch_shape() const;
  EarlyExit load_image();
  EarlyExit find_kernel(const char *name, Kernel &kernel);
  EarlyExit find_device_env();
  EarlyExit find_memory_pools();
  EarlyExit set_up_device();
  EarlyExit copy_arguments();
  EarlyExit create_queue();
  int run_program();
  EarlyExit launch(const Kernel &kernel, const Grid &grid,
                   const KernelArguments &arguments);
  EarlyExit wait_for(const Kernel &kernel, hsa_signal_t done);

  EarlyExit allocate(hsa_amd_memory_pool_t pool, uint64_t size,
                     const char *purpose, void *&memory);
  EarlyExit allow_gpu_access(void *memory, const char *purpose);
  EarlyExit zero(void *memory, uint64_t size, const char *purpose);
  uint32_t kernel_wavefront_size(const Kernel &kernel, uint32_t fallback);

  EarlyExit check(hsa_status_t status, const char *what,
                  int exit_code = kExitLoaderFailure) const;
  std::string status_text(hsa_status_t status) const;
  template <typename T>
  hsa_status_t gpu_info(hsa_agent_info_t attribute, T &value) const {
    return api.hsa_agent_get_info(gpu, attribute, &value);
  }
  void note(const char *format, ...) const
      __attribute__((format(printf, 2, 3)));

  static void on_queue_error(hsa_status_t status, hsa_queue_t *queue,
                             void *data);
  static hsa_status_t on_system_event(const hsa_amd_event_t *event, void *data);

  const Image &image;
  const LaunchOptions &options;

  // Declared before `cleanups` so that they outlive hsa_shut_down: ROCr may
  // call the fault handlers, which use both, until it has shut down.
  void *library = nullptr;
  HsaApi api;
  DeviceFaultLog faults;

  CleanupStack cleanups;

  ImageHeader header;
  hsa_agent_t gpu = {0};
  std::string gpu_name;
  uint32_t compute_units = 0;
  uint32_t agent_wavefront_size = 0;
  GpuLimits limits;

  hsa_executable_t executable = {0};
  Kernel begin_kernel, start_kernel, end_kernel;
  uint64_t device_env_address = 0;

  hsa_amd_memory_pool_t kernarg_pool = {0};
  hsa_amd_memory_pool_t host_pool = {0};   // fine-grained system memory
  hsa_amd_memory_pool_t device_pool = {0}; // coarse-grained GPU memory

  uint32_t lanes = 0;
  uint32_t ports = 0;
  Staging *staging = nullptr;
  void *rpc_shared = nullptr;
  void *device_ret = nullptr;
  int argc = 0;
  char **device_argv = nullptr;
  char **device_envp = nullptr;

  hsa_queue_t *queue = nullptr;
  Clock::time_point deadline = Clock::time_point::max();

  // Destroyed before `cleanups` frees the mailbox it reads.
  std::optional<Server> server;
};

int Session::run() {
  if (EarlyExit exit = open_runtime())
    return *exit;
  if (EarlyExit exit = choose_gpu())
    return *exit;
  if (EarlyExit exit = check_launch_shape())
    return *exit;
  if (EarlyExit exit = load_image())
    return *exit;
  if (EarlyExit exit = find_memory_pools())
    return *exit;
  if (EarlyExit exit = set_up_device())
    return *exit;
  if (EarlyExit exit = create_queue())
    return *exit;
  return run_program();
}

EarlyExit Session::open_runtime() {
  library = dlopen(kRuntimeLibrary, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    report("cannot run an AMDGPU image: the ROCm runtime %s is not available "
           "(%s)",
           kRuntimeLibrary, dlerror());
    return kExitLoaderFailure;
  }
  // The library is never unloaded: ROCr keeps process-lifetime state (static
  // destructors, libhsakmt) that expects to be torn down at exit, and gpurun
  // exits right after the run, so dlclose would buy nothing.

#define GPURUN_RESOLVE_HSA_FUNCTION(name)                                      \
  api.name = reinterpret_cast<name##_fn>(dlsym(library, #name));               \
  if (!api.name) {                                                             \
    report("cannot run an AMDGPU image: %s has no %s; the ROCm installation "  \
           "is too old or broken",                                             \
           kRuntimeLibrary, #name);                                            \
    return kExitLoaderFailure;                                                 \
  }
  GPURUN_HSA_FUNCTIONS(GPURUN_RESOLVE_HSA_FUNCTION)
#undef GPURUN_RESOLVE_HSA_FUNCTION

  hsa_status_t status = api.hsa_init();
  if (status != HSA_STATUS_SUCCESS) {
    report("cannot run an AMDGPU image: the ROCm runtime failed to start: %s",
           status_text(status).c_str());
    return kExitLoaderFailure;
  }
  cleanups.push([this] { api.hsa_shut_down(); });
  note("ROCm runtime started");

  // Without a handler of ours ROCr prints a memory fault and aborts the
  // process; with it the fault becomes an ordinary "device fault" exit.
  status = api.hsa_amd_register_system_event_handler(on_system_event, this);
  if (status != HSA_STATUS_SUCCESS)
    note("no system event handler (%s); a GPU memory fault will abort gpurun",
         status_text(status).c_str());
  return std::nullopt;
}

EarlyExit Session::choose_gpu() {
  if (std::optional<std::string> problem = read_image_header(image, header)) {
    report("cannot run %s: it is %s", image.path.c_str(), problem->c_str());
    return kExitNotRunnable;
  }
  note("image is built for %s (code object v%u)", header.target.str().c_str(),
       header.code_object_version);

  struct Agents {
    const HsaApi *api;
    std::vector<hsa_agent_t> gpus;
  } agents{&api, {}};
  hsa_status_t status = api.hsa_iterate_agents(
      [](hsa_agent_t agent, void *data) {
        auto *listing = static_cast<Agents *>(data);
        hsa_device_type_t type;
        uint32_t features = 0;
        if (listing->api->hsa_agent_get_info(agent, HSA_AGENT_INFO_DEVICE,
                                             &type) != HSA_STATUS_SUCCESS ||
            listing->api->hsa_agent_get_info(agent, HSA_AGENT_INFO_FEATURE,
                                             &features) != HSA_STATUS_SUCCESS)
          return HSA_STATUS_SUCCESS;
        if (type == HSA_DEVICE_TYPE_GPU &&
            (features & HSA_AGENT_FEATURE_KERNEL_DISPATCH))
          listing->gpus.push_back(agent);
        return HSA_STATUS_SUCCESS;
      },
      &agents);
  if (EarlyExit exit = check(status, "cannot list the HSA agents"))
    return exit;
  if (agents.gpus.empty()) {
    report("cannot run an AMDGPU image: no AMD GPU found");
    return kExitLoaderFailure;
  }

  struct IsaNames {
    const HsaApi *api;
    std::vector<std::string> names;
  };
  std::vector<std::string> seen; // each GPU's first ISA, for the diagnostic
  bool found = false;
  for (hsa_agent_t agent : agents.gpus) {
    IsaNames isas{&api, {}};
    api.hsa_agent_iterate_isas(
        agent,
        [](hsa_isa_t isa, void *data) {
          auto *listing = static_cast<IsaNames *>(data);
          uint32_t length = 0;
          if (listing->api->hsa_isa_get_info_alt(isa, HSA_ISA_INFO_NAME_LENGTH,
                                                 &length) != HSA_STATUS_SUCCESS)
            return HSA_STATUS_SUCCESS;
          std::string name(length + 1, '\0');
          if (listing->api->hsa_isa_get_info_alt(
                  isa, HSA_ISA_INFO_NAME, &name[0]) != HSA_STATUS_SUCCESS)
            return HSA_STATUS_SUCCESS;
          name.resize(std::strlen(name.c_str()));
          listing->names.push_back(name);
          return HSA_STATUS_SUCCESS;
        },
        &isas);
    if (!isas.names.empty()) {
      std::string first = target_id_text(isas.names.front());
      if (std::find(seen.begin(), seen.end(), first) == seen.end())
        seen.push_back(first);
    }
    for (const std::string &name : isas.names) {
      if (can_run(header.target, parse_isa_name(name))) {
        gpu = agent;
        found = true;
        break;
      }
    }
    if (found)
      break;
  }
  if (!found) {
    std::string list;
    for (const std::string &name : seen)
      list += (list.empty() ? "" : ", ") + name;
    report("image is built for %s but the GPUs here are: %s",
           header.target.str().c_str(),
           list.empty() ? "(no ISA reported)" : list.c_str());
    return kExitNotRunnable;
  }

  char name[64] = {};
  if (EarlyExit exit = check(gpu_info(HSA_AGENT_INFO_NAME, name),
                             "cannot query the GPU's name"))
    return exit;
  gpu_name = name;
  if (gpu_info(
          static_cast<hsa_agent_info_t>(HSA_AMD_AGENT_INFO_COMPUTE_UNIT_COUNT),
          compute_units) != HSA_STATUS_SUCCESS)
    compute_units = 0; // only sizes the default port count
  if (EarlyExit exit =
          check(gpu_info(HSA_AGENT_INFO_WAVEFRONT_SIZE, agent_wavefront_size),
                "cannot query the GPU's wavefront size"))
    return exit;
  if (EarlyExit exit = check(gpu_info(HSA_AGENT_INFO_WORKGROUP_MAX_SIZE,
                                      limits.workgroup_max_size),
                             "cannot query the GPU's work-group limit"))
    return exit;
  if (EarlyExit exit = check(
          gpu_info(HSA_AGENT_INFO_WORKGROUP_MAX_DIM, limits.workgroup_max_dim),
          "cannot query the GPU's work-group limits"))
    return exit;
  if (EarlyExit exit =
          check(gpu_info(HSA_AGENT_INFO_GRID_MAX_DIM, limits.grid_max_dim),
                "cannot query the GPU's grid limits"))
    return exit;
  if (EarlyExit exit =
          check(gpu_info(HSA_AGENT_INFO_GRID_MAX_SIZE, limits.grid_max_size),
                "cannot query the GPU's grid limit"))
    return exit;
  return std::nullopt;
}

// Rejects a launch shape the GPU cannot take before anything is allocated,
// with the limit it breaks, rather than letting the packet processor refuse
// the dispatch later with a queue error.
EarlyExit Session::check_launch_shape() const {
  static constexpr char kAxis[3] = {'x', 'y', 'z'};
  const uint32_t grid_max_dim[3] = {
      limits.grid_max_dim.x, limits.grid_max_dim.y, limits.grid_max_dim.z};
  uint64_t workgroup = 1, grid = 1;
  for (int i = 0; i < 3; ++i) {
    uint32_t threads = options.threads[i], blocks = options.blocks[i];
    if (threads == 0 || blocks == 0) {
      report("invalid launch: %s in dimension %c is zero",
             threads == 0 ? "the number of threads" : "the number of blocks",
             kAxis[i]);
      return kExitLoaderFailure;
    }
    if (threads > limits.workgroup_max_dim[i]) {
      report("a block of %u threads in dimension %c exceeds the limit of %u "
             "on %s",
             threads, kAxis[i], unsigned(limits.workgroup_max_dim[i]),
             gpu_name.c_str());
      return kExitLoaderFailure;
    }
    uint64_t items = uint64_t(blocks) * threads;
    if (items > grid_max_dim[i] || items > UINT32_MAX) {
      report("a grid of %" PRIu64 " threads in dimension %c exceeds the limit "
             "of %u on %s",
             items, kAxis[i], grid_max_dim[i], gpu_name.c_str());
      return kExitLoaderFailure;
    }
    workgroup *= threads;
    grid *= items;
  }
  if (workgroup > limits.workgroup_max_size) {
    report("a block of %" PRIu64 " threads (%ux%ux%u) exceeds the limit of %u "
           "threads per block on %s",
           workgroup, options.threads[0], options.threads[1],
           options.threads[2], limits.workgroup_max_size, gpu_name.c_str());
    return kExitLoaderFailure;
  }
  if (grid > limits.grid_max_size) {
    report("a grid of %" PRIu64 " threads exceeds the limit of %u on %s", grid,
           limits.grid_max_size, gpu_name.c_str());
    return kExitLoaderFailure;
  }
  return std::nullopt;
}

// A load that fails because of what the image is (wrong target, unresolved
// symbol, corrupt object) makes the image not runnable here; anything else
// is the loader's or the system's failure.
int exit_code_for_load_failure(hsa_status_t status) {
  switch (status) {
  case HSA_STATUS_ERROR_INVALID_CODE_OBJECT:
  case HSA_STATUS_ERROR_INCOMPATIBLE_ARGUMENTS:
  case HSA_STATUS_ERROR_INVALID_ISA:
  case HSA_STATUS_ERROR_INVALID_ISA_NAME:
  case HSA_STATUS_ERROR_INVALID_SYMBOL_NAME:
  case HSA_STATUS_ERROR_VARIABLE_UNDEFINED:
    return kExitNotRunnable;
  default:
    return kExitLoaderFailure;
  }
}

EarlyExit Session::load_image() {
  // The reader must outlive the executable loaded through it, so it is
  // created first and therefore released last.
  hsa_code_object_reader_t reader = {0};
  hsa_status_t status = api.hsa_code_object_reader_create_from_memory(
      image.bytes.data(), image.bytes.size(), &reader);
  if (EarlyExit exit = check(status, "cannot read the image as a code object",
                             exit_code_for_load_failure(status)))
    return exit;
  cleanups.push([this, reader] { api.hsa_code_object_reader_destroy(reader); });

  // The profile and rounding mode LLVM's own AMDGPU loader creates its
  // executables with.
  status = api.hsa_executable_create_alt(
      HSA_PROFILE_FULL, HSA_DEFAULT_FLOAT_ROUNDING_MODE_ZERO, "", &executable);
  if (EarlyExit exit = check(status, "cannot create an HSA executable"))
    return exit;
  cleanups.push([this] { api.hsa_executable_destroy(executable); });

  status = api.hsa_executable_load_agent_code_object(executable, gpu, reader,
                                                     "", nullptr);
  if (EarlyExit exit = check(status, "cannot load the image onto the GPU",
                             exit_code_for_load_failure(status)))
    return exit;
  status = api.hsa_executable_freeze(executable, "");
  if (EarlyExit exit = check(status, "cannot finish loading the image",
                             exit_code_for_load_failure(status)))
    return exit;
  uint32_t validation = 0;
  status = api.hsa_executable_validate(executable, &validation);
  if (EarlyExit exit = check(status, "cannot validate the loaded image"))
    return exit;
  if (validation != 0) {
    report("the loaded image failed validation (HSA result %u): its code "
           "objects disagree on machine model, profile or rounding mode, or "
           "a declaration has no definition",
           validation);
    return kExitNotRunnable;
  }
  note("loaded %zu bytes onto %s", image.bytes.size(), gpu_name.c_str());

  if (EarlyExit exit = find_kernel("_begin", begin_kernel))
    return exit;
  if (EarlyExit exit = find_kernel("_start", start_kernel))
    return exit;
  if (EarlyExit exit = find_kernel("_end", end_kernel))
    return exit;
  return find_device_env();
}

EarlyExit Session::find_kernel(const char *name, Kernel &kernel) {
  // Since code object v3 a kernel's symbol is its descriptor, "<name>.kd".
  std::string symbol_name = std::string(name) + ".kd";
  hsa_executable_symbol_t symbol;
  hsa_status_t status = api.hsa_executable_get_symbol_by_name(
      executable, symbol_name.c_str(), &gpu, &symbol);
  if (status == HSA_STATUS_ERROR_INVALID_SYMBOL_NAME) {
    report("image has no %s kernel; is it linked with gpulibc's startup code?",
           name);
    return kExitNotRunnable;
  }
  if (EarlyExit exit = check(status, "cannot look up a kernel"))
    return exit;

  kernel.name = name;
  struct {
    hsa_executable_symbol_info_t attribute;
    void *value;
  } queries[] = {
      {HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_OBJECT, &kernel.object},
      {HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_KERNARG_SEGMENT_SIZE,
       &kernel.kernarg_size},
      {HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_GROUP_SEGMENT_SIZE,
       &kernel.group_segment_size},
      {HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_PRIVATE_SEGMENT_SIZE,
       &kernel.private_segment_size},
      {HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_DYNAMIC_CALLSTACK,
       &kernel.dynamic_callstack},
  };
  for (const auto &query : queries)
    if (EarlyExit exit = check(api.hsa_executable_symbol_get_info(
                                   symbol, query.attribute, query.value),
                               "cannot query a kernel's properties"))
      return exit;
  return std::nullopt;
}

EarlyExit Session::find_device_env() {
  hsa_executable_symbol_t symbol;
  hsa_status_t status = api.hsa_executable_get_symbol_by_name(
      executable, GPULIBC_DEVICE_ENV_SYMBOL, &gpu, &symbol);
  if (status == HSA_STATUS_ERROR_INVALID_SYMBOL_NAME) {
    report("image has no %s; is it linked with gpulibc?",
           GPULIBC_DEVICE_ENV_SYMBOL);
    return kExitNotRunnable;
  }
  if (EarlyExit exit =
          check(status, "cannot look up " GPULIBC_DEVICE_ENV_SYMBOL))
    return exit;
  if (EarlyExit exit =
          check(api.hsa_executable_symbol_get_info(
                    symbol, HSA_EXECUTABLE_SYMBOL_INFO_VARIABLE_ADDRESS,
                    &device_env_address),
                "cannot find the address of " GPULIBC_DEVICE_ENV_SYMBOL))
    return exit;

  // The size query is deprecated in hsa.h, so a runtime that does not answer
  // it only loses this check; one that answers too small a size means the
  // image was built against another gpulibc ABI and would be overwritten.
  uint32_t size = 0;
  if (api.hsa_executable_symbol_get_info(
          symbol, HSA_EXECUTABLE_SYMBOL_INFO_VARIABLE_SIZE, &size) ==
          HSA_STATUS_SUCCESS &&
      size != 0 && size < sizeof(gpulibc_device_env)) {
    report("image's %s is %u bytes but gpurun writes %zu; the image and "
           "gpurun come from different gpulibc versions",
           GPULIBC_DEVICE_ENV_SYMBOL, size, sizeof(gpulibc_device_env));
    return kExitNotRunnable;
  }
  return std::nullopt;
}

EarlyExit Session::find_memory_pools() {
  struct Pools {
    const HsaApi *api;
    hsa_amd_memory_pool_t kernarg, fine, coarse;
    bool has_kernarg, has_fine, has_coarse;
  };
  auto classify = [](hsa_amd_memory_pool_t pool, void *data) {
    auto *pools = static_cast<Pools *>(data);
    hsa_amd_segment_t segment;
    uint32_t flags = 0;
    bool allocatable = false;
    if (pools->api->hsa_amd_memory_pool_get_info(
            pool, HSA_AMD_MEMORY_POOL_INFO_SEGMENT, &segment) !=
            HSA_STATUS_SUCCESS ||
        pools->api->hsa_amd_memory_pool_get_info(
            pool, HSA_AMD_MEMORY_POOL_INFO_GLOBAL_FLAGS, &flags) !=
            HSA_STATUS_SUCCESS ||
        pools->api->hsa_amd_memory_pool_get_info(
            pool, HSA_AMD_MEMORY_POOL_INFO_RUNTIME_ALLOC_ALLOWED,
            &allocatable) != HSA_STATUS_SUCCESS)
      return HSA_STATUS_SUCCESS;
    if (segment != HSA_AMD_SEGMENT_GLOBAL || !allocatable)
      return HSA_STATUS_SUCCESS;
    if ((flags & HSA_AMD_MEMORY_POOL_GLOBAL_FLAG_KERNARG_INIT) &&
        !pools->has_kernarg) {
      pools->kernarg = pool;
      pools->has_kernarg = true;
    }
    if ((flags & HSA_AMD_MEMORY_POOL_GLOBAL_FLAG_FINE_GRAINED) &&
        !pools->has_fine) {
      pools->fine = pool;
      pools->has_fine = true;
    }
    if ((flags & HSA_AMD_MEMORY_POOL_GLOBAL_FLAG_COARSE_GRAINED) &&
        !pools->has_coarse) {
      pools->coarse = pool;
      pools->has_coarse = true;
    }
    return HSA_STATUS_SUCCESS;
  };

  // The GPU's own pools hold device memory; kernel arguments and memory the
  // host reads live in system memory, whose pools belong to the CPU agents.
  Pools gpu_pools = {&api, {0}, {0}, {0}, false, false, false};
  if (EarlyExit exit = check(
          api.hsa_amd_agent_iterate_memory_pools(gpu, classify, &gpu_pools),
          "cannot list the GPU's memory pools"))
    return exit;
  if (!gpu_pools.has_coarse) {
    report("%s has no coarse-grained memory pool to allocate from",
           gpu_name.c_str());
    return kExitLoaderFailure;
  }
  device_pool = gpu_pools.coarse;

  struct Cpus {
    const HsaApi *api;
    std::vector<hsa_agent_t> agents;
  } cpus{&api, {}};
  hsa_status_t status = api.hsa_iterate_agents(
      [](hsa_agent_t agent, void *data) {
        auto *listing = static_cast<Cpus *>(data);
        hsa_device_type_t type;
        if (listing->api->hsa_agent_get_info(agent, HSA_AGENT_INFO_DEVICE,
                                             &type) == HSA_STATUS_SUCCESS &&
            type == HSA_DEVICE_TYPE_CPU)
          listing->agents.push_back(agent);
        return HSA_STATUS_SUCCESS;
      },
      &cpus);
  if (EarlyExit exit = check(status, "cannot list the HSA agents"))
    return exit;
  for (hsa_agent_t cpu : cpus.agents) {
    Pools cpu_pools = {&api, {0}, {0}, {0}, false, false, false};
    if (api.hsa_amd_agent_iterate_memory_pools(cpu, classify, &cpu_pools) !=
        HSA_STATUS_SUCCESS)
      continue;
    if (cpu_pools.has_kernarg && cpu_pools.has_fine) {
      kernarg_pool = cpu_pools.kernarg;
      host_pool = cpu_pools.fine;
      return std::nullopt;
    }
  }
  report("no CPU agent offers both a kernel-argument and a fine-grained "
         "memory pool; the ROCm installation is broken");
  return kExitLoaderFailure;
}

EarlyExit Session::allocate(hsa_amd_memory_pool_t pool, uint64_t size,
                            const char *purpose, void *&memory) {
  // hsa_amd_memory_fill works in whole 32-bit words.
  uint64_t bytes = std::max<uint64_t>(align_to(size, 4), 4);
  hsa_status_t status =
      api.hsa_amd_memory_pool_allocate(pool, bytes, /*flags=*/0, &memory);
  if (status != HSA_STATUS_SUCCESS) {
    report("cannot allocate %" PRIu64 " bytes for the %s: %s", bytes, purpose,
           status_text(status).c_str());
    return kExitLoaderFailure;
  }
  cleanups.push([this, memory] { api.hsa_amd_memory_pool_free(memory); });
  return std::nullopt;
}

EarlyExit Session::allow_gpu_access(void *memory, const char *purpose) {
  std::string what =
      std::string("cannot give the GPU access to the ") + purpose;
  return check(api.hsa_amd_agents_allow_access(1, &gpu, nullptr, memory),
               what.c_str());
}

EarlyExit Session::zero(void *memory, uint64_t size, const char *purpose) {
  std::string what = std::string("cannot clear the ") + purpose;
  return check(api.hsa_amd_memory_fill(memory, 0, align_to(size, 4) / 4),
               what.c_str());
}

// The RPC mailbox needs the wave size the code runs with, which is the
// compiler's choice (-mwavefrontsize64 on gfx10+), not necessarily the one
// the agent reports first; the kernel descriptor records it.
uint32_t Session::kernel_wavefront_size(const Kernel &kernel,
                                        uint32_t fallback) {
  if (api.hsa_memory_copy(staging->kernel_descriptor,
                          reinterpret_cast<const void *>(kernel.object),
                          kKernelDescriptorSize) != HSA_STATUS_SUCCESS)
    return fallback;
  uint16_t properties = read_little_endian<uint16_t>(
      staging->kernel_descriptor + kKernelCodePropertiesOffset);
  return (properties & kWavefrontSize32Property) ? 32 : 64;
}

EarlyExit Session::set_up_device() {
  void *memory = nullptr;
  if (EarlyExit exit =
          allocate(host_pool, sizeof(Staging), "staging buffer", memory))
    return exit;
  staging = new (memory) Staging{};
  if (EarlyExit exit = allow_gpu_access(staging, "staging buffer"))
    return exit;

  lanes = kernel_wavefront_size(start_kernel, agent_wavefront_size);
  if (lanes != agent_wavefront_size)
    note("_start runs in wave%u although %s reports wave%u", lanes,
         gpu_name.c_str(), agent_wavefront_size);
  if (lanes == 0 || lanes > rpc::kMaxLanes) {
    report("%s reports a wavefront of %u lanes; gpulibc's RPC supports at "
           "most %u",
           gpu_name.c_str(), lanes, rpc::kMaxLanes);
    return kExitLoaderFailure;
  }
  ports = options.ports;
  if (ports == 0) {
    // Four ports per compute unit keeps contention low when every wave is
    // printing, and 1024 bounds the mailbox (a few MiB at wave64).
    uint64_t wanted = std::min<uint64_t>(uint64_t(compute_units) * 4, 1024);
    ports = uint32_t(align_to(std::max<uint64_t>(wanted, 1), 32));
  }
  note("agent %s, %u CUs, wave%u, %u ports", gpu_name.c_str(), compute_units,
       lanes, ports);

  // The mailbox is polled by the host while the GPU writes it, so it must be
  // fine-grained system memory both sides see coherently.
  uint64_t shared_size = rpc::shared_memory_size(ports, lanes);
  if (EarlyExit exit =
          allocate(host_pool, shared_size, "RPC mailbox", rpc_shared))
    return exit;
  if (EarlyExit exit = allow_gpu_access(rpc_shared, "RPC mailbox"))
    return exit;
  if (EarlyExit exit = zero(rpc_shared, shared_size, "RPC mailbox"))
    return exit;

  // Only the device takes the port locks, with atomics that need not cross
  // PCIe, so they live in device memory.
  uint64_t lock_size = rpc::lock_memory_size(ports);
  void *rpc_lock = nullptr;
  if (EarlyExit exit =
          allocate(device_pool, lock_size, "RPC port locks", rpc_lock))
    return exit;
  if (EarlyExit exit = zero(rpc_lock, lock_size, "RPC port locks"))
    return exit;

  void *heap = nullptr;
  if (options.heap_size != 0)
    if (EarlyExit exit =
            allocate(device_pool, options.heap_size, "device heap", heap))
      return exit;

  // errno and other per-thread state: GPUs have no thread-local storage, so
  // every thread of the grid gets a 64-byte slot, indexed by its global id.
  uint64_t grid_threads = 1;
  for (int d = 0; d < 3; ++d)
    grid_threads *= uint64_t(options.blocks[d]) * options.threads[d];
  void *thread_slots = nullptr;
  if (EarlyExit exit = allocate(device_pool, grid_threads * 64, "per-thread slots",
                                thread_slots))
    return exit;
  if (EarlyExit exit = zero(thread_slots, grid_threads * 64, "per-thread slots"))
    return exit;

  // _start ORs every thread's result into *ret with device atomics; device
  // memory takes those on any system, host memory only where PCIe atomics
  // work. The host reads it back with a copy once _start is done.
  if (EarlyExit exit =
          allocate(device_pool, sizeof(int32_t), "return value", device_ret))
    return exit;
  if (EarlyExit exit = zero(device_ret, sizeof(int32_t), "return value"))
    return exit;

  if (EarlyExit exit = copy_arguments())
    return exit;

  gpulibc_device_env &env = staging->env;
  env = gpulibc_device_env{};
  env.abi_version = GPULIBC_ABI_VERSION;
  env.num_ports = ports;
  env.lanes = lanes;
  env.rpc_shared = reinterpret_cast<uint64_t>(rpc_shared);
  env.rpc_lock = reinterpret_cast<uint64_t>(rpc_lock);
  env.heap_base = reinterpret_cast<uint64_t>(heap);
  env.heap_size = heap ? options.heap_size : 0;
  env.thread_slots = reinterpret_cast<uint64_t>(thread_slots);
  env.thread_slot_count = grid_threads;
  if (EarlyExit exit = check(
          api.hsa_memory_copy(reinterpret_cast<void *>(device_env_address),
                              &env, sizeof(env)),
          "cannot write " GPULIBC_DEVICE_ENV_SYMBOL " into the image"))
    return exit;
  note("RPC mailbox %" PRIu64 " bytes, port locks %" PRIu64
       " bytes, heap %" PRIu64 " bytes",
       shared_size, lock_size, env.heap_size);

  server.emplace(rpc_shared, ports, lanes, options);
  return std::nullopt;
}

// argv and envp go to fine-grained system memory as one block: both pointer
// arrays, NULL-terminated, then the strings. ROCr maps system memory at the
// same address for the host and the GPU, so the host's pointers are the
// device's.
EarlyExit Session::copy_arguments() {
  std::vector<std::string> argv = options.argv;
  if (argv.empty())
    argv.push_back(image.path);
  argc = int(argv.size());

  size_t pointer_count = argv.size() + 1 + options.envp.size() + 1;
  size_t string_bytes = 0;
  for (const std::string &arg : argv)
    string_bytes += arg.size() + 1;
  for (const std::string &var : options.envp)
    string_bytes += var.size() + 1;

  void *block = nullptr;
  if (EarlyExit exit =
          allocate(host_pool, pointer_count * sizeof(char *) + string_bytes,
                   "program arguments", block))
    return exit;
  if (EarlyExit exit = allow_gpu_access(block, "program arguments"))
    return exit;

  char **pointer = static_cast<char **>(block);
  char *strings = reinterpret_cast<char *>(pointer + pointer_count);
  auto place = [&](const std::string &text) {
    char *copy = strings;
    std::memcpy(copy, text.c_str(), text.size() + 1);
    strings += text.size() + 1;
    return copy;
  };
  device_argv = pointer;
  for (const std::string &arg : argv)
    *pointer++ = place(arg);
  *pointer++ = nullptr;
  device_envp = pointer;
  for (const std::string &var : options.envp)
    *pointer++ = place(var);
  *pointer++ = nullptr;
  return std::nullopt;
}

EarlyExit Session::create_queue() {
  // Three packets are ever in the queue, one at a time, so the smallest
  // queue the GPU allows up to 64 slots is plenty.
  uint32_t max_size = 0;
  if (EarlyExit exit = check(gpu_info(HSA_AGENT_INFO_QUEUE_MAX_SIZE, max_size),
                             "cannot query the GPU's queue size"))
    return exit;
  uint32_t size = std::min<uint32_t>(64, max_size);
  hsa_queue_type32_t type = HSA_QUEUE_TYPE_MULTI;
  if (gpu_info(HSA_AGENT_INFO_QUEUE_TYPE, type) != HSA_STATUS_SUCCESS ||
      type != HSA_QUEUE_TYPE_SINGLE)
    type = HSA_QUEUE_TYPE_MULTI;

  hsa_status_t status =
      api.hsa_queue_create(gpu, size, type, on_queue_error, this,
                           /*private_segment_size=*/UINT32_MAX,
                           /*group_segment_size=*/UINT32_MAX, &queue);
  if (EarlyExit exit = check(status, "cannot create a queue on the GPU"))
    return exit;
  cleanups.push([this] { api.hsa_queue_destroy(queue); });
  note("queue of %u packets", queue->size);
  return std::nullopt;
}

int Session::run_program() {
  deadline = deadline_after(options.timeout_seconds);

  KernelArguments begin_arguments;
  begin_arguments.add(argc).add(device_argv).add(device_envp);
  if (EarlyExit exit = launch(begin_kernel, kOneThread, begin_arguments))
    return *exit;

  Grid grid;
  std::copy(std::begin(options.blocks), std::end(options.blocks), grid.blocks);
  std::copy(std::begin(options.threads), std::end(options.threads),
            grid.threads);
  KernelArguments start_arguments;
  start_arguments.add(argc)
      .add(device_argv)
      .add(device_envp)
      .add(static_cast<int *>(device_ret));
  if (EarlyExit exit = launch(start_kernel, grid, start_arguments))
    return *exit;

  if (EarlyExit exit =
          check(api.hsa_memory_copy(&staging->ret, device_ret, sizeof(int32_t)),
                "cannot read the program's return value"))
    return *exit;
  int ret = staging->ret;
  note("_start returned %d", ret);

  KernelArguments end_arguments;
  end_arguments.add(ret);
  if (EarlyExit exit = launch(end_kernel, kOneThread, end_arguments))
    return *exit;
  // _end calls exit(), which reports through the server; a program whose
  // _end returns instead exits with what _start produced.
  note("_end returned without exiting; exit status %d", ret);
  return ret;
}

// Dispatches `kernel` and serves RPC until it finishes. Returns an exit code
// if the run is over: the program exited, timed out or faulted.
EarlyExit Session::launch(const Kernel &kernel, const Grid &grid,
                          const KernelArguments &arguments) {
  const std::vector<unsigned char> &explicit_bytes = arguments.bytes();
  if (kernel.kernarg_size < explicit_bytes.size()) {
    report("kernel %s takes %u bytes of arguments but gpurun passes %zu; the "
           "image and gpurun come from different gpulibc versions",
           kernel.name, kernel.kernarg_size, explicit_bytes.size());
    return kExitNotRunnable;
  }

  void *kernarg = nullptr;
  std::string purpose = std::string("arguments of ") + kernel.name;
  if (EarlyExit exit =
          allocate(kernarg_pool, kernel.kernarg_size, purpose.c_str(), kernarg))
    return exit;
  if (EarlyExit exit = allow_gpu_access(kernarg, purpose.c_str()))
    return exit;
  // Kernarg memory is host memory written only before the dispatch; hidden
  // arguments gpurun does not set must read as zero.
  std::memset(kernarg, 0, kernel.kernarg_size);
  std::memcpy(kernarg, explicit_bytes.data(), explicit_bytes.size());
  uint64_t hidden = align_to(explicit_bytes.size(), kHiddenArgumentAlignment);
  if (header.has_hidden_launch_shape &&
      hidden + kHiddenArgumentsUsed <= kernel.kernarg_size) {
    unsigned char *base = static_cast<unsigned char *>(kernarg) + hidden;
    for (int i = 0; i < 3; ++i) {
      uint32_t blocks = grid.blocks[i];
      uint16_t threads = uint16_t(grid.threads[i]);
      uint16_t remainder = 0; // the grid is always whole blocks
      std::memcpy(base + kHiddenBlockCountOffset + 4 * i, &blocks, 4);
      std::memcpy(base + kHiddenGroupSizeOffset + 2 * i, &threads, 2);
      std::memcpy(base + kHiddenRemainderOffset + 2 * i, &remainder, 2);
    }
    uint16_t dimensions = uint16_t(grid.dimensions());
    std::memcpy(base + kHiddenGridDimsOffset, &dimensions, 2);
  }

  hsa_signal_t done = {0};
  if (EarlyExit exit = check(api.hsa_signal_create(1, 0, nullptr, &done),
                             "cannot create a completion signal"))
    return exit;
  cleanups.push([this, done] { api.hsa_signal_destroy(done); });

  // Claim a slot. With one packet in flight at a time the queue is never
  // full, but the protocol requires checking before writing.
  uint64_t index = api.hsa_queue_add_write_index_relaxed(queue, 1);
  while (index - api.hsa_queue_load_read_index_scacquire(queue) >= queue->size)
    std::this_thread::yield();
  auto *packet =
      static_cast<hsa_kernel_dispatch_packet_t *>(queue->base_address) +
      (index & (queue->size - 1));

  // Everything but the first word, which hands the packet to the GPU.
  packet->workgroup_size_x = uint16_t(grid.threads[0]);
  packet->workgroup_size_y = uint16_t(grid.threads[1]);
  packet->workgroup_size_z = uint16_t(grid.threads[2]);
  packet->reserved0 = 0;
  packet->grid_size_x = grid.blocks[0] * grid.threads[0];
  packet->grid_size_y = grid.blocks[1] * grid.threads[1];
  packet->grid_size_z = grid.blocks[2] * grid.threads[2];
  packet->private_segment_size =
      kernel.dynamic_callstack
          ? std::max(kernel.private_segment_size, kDynamicStackBytes)
          : kernel.private_segment_size;
  packet->group_segment_size = kernel.group_segment_size;
  packet->kernel_object = kernel.object;
  packet->kernarg_address = kernarg;
  packet->reserved2 = 0;
  packet->completion_signal = done;

  // System-scope fences: the kernel must see the host's writes to the
  // mailbox, argv and kernargs, and the host must see the kernel's results.
  // The barrier bit keeps the three kernels strictly in order.
  uint16_t header_bits =
      (HSA_PACKET_TYPE_KERNEL_DISPATCH << HSA_PACKET_HEADER_TYPE) |
      (1u << HSA_PACKET_HEADER_BARRIER) |
      (HSA_FENCE_SCOPE_SYSTEM << HSA_PACKET_HEADER_SCACQUIRE_FENCE_SCOPE) |
      (HSA_FENCE_SCOPE_SYSTEM << HSA_PACKET_HEADER_SCRELEASE_FENCE_SCOPE);
  uint16_t setup = uint16_t(grid.dimensions()
                            << HSA_KERNEL_DISPATCH_PACKET_SETUP_DIMENSIONS);
  __atomic_store_n(reinterpret_cast<uint32_t *>(&packet->header),
                   uint32_t(header_bits) | (uint32_t(setup) << 16),
                   __ATOMIC_RELEASE);
  api.hsa_signal_store_relaxed(queue->doorbell_signal,
                               hsa_signal_value_t(index));

  note("%s: %ux%ux%u blocks of %ux%ux%u threads", kernel.name, grid.blocks[0],
       grid.blocks[1], grid.blocks[2], grid.threads[0], grid.threads[1],
       grid.threads[2]);
  return wait_for(kernel, done);
}

EarlyExit Session::wait_for(const Kernel &kernel, hsa_signal_t done) {
  // A polled load rather than a blocking wait: the same thread serves RPC,
  // and a fault leaves the signal untouched forever.
  auto kernel_done = [&] {
    return faults.raised() || api.hsa_signal_load_relaxed(done) == 0;
  };
  WaitResult result = serve_until(*server, kernel_done, deadline);

  if (faults.raised()) {
    report("device fault: %s", faults.description().c_str());
    return kExitDeviceAbort;
  }
  if (result == WaitResult::kTimedOut) {
    report("timeout: the program ran longer than %g s",
           options.timeout_seconds);
    return kExitTimeout;
  }
  if (result == WaitResult::kKernelDone) {
    // The completion signal was read relaxed; order what follows (reading
    // the mailbox and *ret) after the kernel's writes.
    std::atomic_thread_fence(std::memory_order_acquire);
    // A kernel can end right after posting a message it does not wait on,
    // exit's in particular, so serve whatever it left behind.
    while (server->poll()) {
    }
  }
  if (server->finished()) {
    note("program exited with status %d during %s", server->exit_code(),
         kernel.name);
    return server->exit_code();
  }
  return std::nullopt;
}

EarlyExit Session::check(hsa_status_t status, const char *what,
                         int exit_code) const {
  if (status == HSA_STATUS_SUCCESS)
    return std::nullopt;
  report("%s: %s", what, status_text(status).c_str());
  return exit_code;
}

std::string Session::status_text(hsa_status_t status) const {
  const char *text = nullptr;
  if (api.hsa_status_string &&
      api.hsa_status_string(status, &text) == HSA_STATUS_SUCCESS && text)
    return text;
  char fallback[32];
  std::snprintf(fallback, sizeof(fallback), "HSA status 0x%x",
                unsigned(status));
  return fallback;
}

void Session::note(const char *format, ...) const {
  if (!options.verbose)
    return;
  char line[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(line, sizeof(line), format, args);
  va_end(args);
  report("amdhsa: %s", line);
}

void Session::on_queue_error(hsa_status_t status, hsa_queue_t *, void *data) {
  auto *session = static_cast<Session *>(data);
  session->faults.record(session->status_text(status));
}

hsa_status_t Session::on_system_event(const hsa_amd_event_t *event,
                                      void *data) {
  auto *session = static_cast<Session *>(data);
  if (event->event_type == HSA_AMD_GPU_MEMORY_FAULT_EVENT)
    session->faults.record(describe_memory_fault(event->memory_fault));
  else if (event->event_type == HSA_AMD_GPU_HW_EXCEPTION_EVENT)
    session->faults.record("the GPU hung or hit an ECC error and was reset");
  // Success tells ROCr the event is handled, so it does not abort gpurun.
  return HSA_STATUS_SUCCESS;
}

} // namespace

int gpurun::run_amdhsa(const Image &image, const LaunchOptions &options) {
  Session session(image, options);
  return session.run();
}
