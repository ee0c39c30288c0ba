//===-- The HSA runtime API subset gpurun's AMDGPU backend uses -----------===//
//
// gpurun opens libhsa-runtime64.so.1 with dlopen so that it builds and runs
// on machines without ROCm. These are our own declarations of the parts of
// the API we call, written against ROCm's public headers hsa.h and
// hsa_ext_amd.h (ROCR-Runtime, src/inc/). Only the types, enumerators and
// functions the backend uses are declared; every value and layout below is
// the one those headers define, and the layouts the runtime reads or writes
// through our pointers are checked with static_assert.
//
// Everything lives in gpurun::hsa under the original names so the code that
// uses it reads like ordinary HSA code and cannot clash with a real hsa.h.
//
//===----------------------------------------------------------------------===//
#ifndef GPURUN_AMDHSA_HSA_API_H
#define GPURUN_AMDHSA_HSA_API_H

#include <cstddef>
#include <cstdint>

static_assert(sizeof(void *) == 8,
              "gpurun assumes HSA's large machine model (64-bit pointers)");

namespace gpurun {
namespace hsa {

//===----------------------------------------------------------------------===//
// Status codes (hsa.h: hsa_status_t; the runtime also returns the AMD codes
// from hsa_ext_amd.h, which hsa_status_string knows how to describe).
//===----------------------------------------------------------------------===//

typedef enum {
  HSA_STATUS_SUCCESS = 0x0,
  HSA_STATUS_INFO_BREAK = 0x1,
  HSA_STATUS_ERROR = 0x1000,
  HSA_STATUS_ERROR_INVALID_ARGUMENT = 0x1001,
  HSA_STATUS_ERROR_OUT_OF_RESOURCES = 0x1008,
  HSA_STATUS_ERROR_NOT_INITIALIZED = 0x100B,
  HSA_STATUS_ERROR_REFCOUNT_OVERFLOW = 0x100C,
  HSA_STATUS_ERROR_INCOMPATIBLE_ARGUMENTS = 0x100D,
  HSA_STATUS_ERROR_INVALID_ISA = 0x100F,
  HSA_STATUS_ERROR_INVALID_CODE_OBJECT = 0x1010,
  HSA_STATUS_ERROR_INVALID_SYMBOL_NAME = 0x1013,
  HSA_STATUS_ERROR_VARIABLE_UNDEFINED = 0x1015,
  HSA_STATUS_ERROR_INVALID_ISA_NAME = 0x1017,
} hsa_status_t;

//===----------------------------------------------------------------------===//
// Opaque handles and common types (hsa.h, hsa_ext_amd.h).
//===----------------------------------------------------------------------===//

typedef struct hsa_agent_s {
  uint64_t handle;
} hsa_agent_t;

typedef struct hsa_signal_s {
  uint64_t handle;
} hsa_signal_t;

typedef struct hsa_isa_s {
  uint64_t handle;
} hsa_isa_t;

typedef struct hsa_code_object_reader_s {
  uint64_t handle;
} hsa_code_object_reader_t;

typedef struct hsa_executable_s {
  uint64_t handle;
} hsa_executable_t;

typedef struct hsa_loaded_code_object_s {
  uint64_t handle;
} hsa_loaded_code_object_t;

typedef struct hsa_executable_symbol_s {
  uint64_t handle;
} hsa_executable_symbol_t;

typedef struct hsa_amd_memory_pool_s {
  uint64_t handle;
} hsa_amd_memory_pool_t;

typedef struct hsa_dim3_s {
  uint32_t x;
  uint32_t y;
  uint32_t z;
} hsa_dim3_t;

// hsa.h: 64 bits wide in the large machine model.
typedef int64_t hsa_signal_value_t;

//===----------------------------------------------------------------------===//
// Agents (hsa.h: hsa_device_type_t, hsa_agent_feature_t, hsa_agent_info_t;
// hsa_ext_amd.h: hsa_amd_agent_info_t).
//===----------------------------------------------------------------------===//

typedef enum {
  HSA_DEVICE_TYPE_CPU = 0,
  HSA_DEVICE_TYPE_GPU = 1,
  HSA_DEVICE_TYPE_DSP = 2,
} hsa_device_type_t;

typedef enum {
  HSA_AGENT_FEATURE_KERNEL_DISPATCH = 1,
  HSA_AGENT_FEATURE_AGENT_DISPATCH = 2,
} hsa_agent_feature_t;

typedef enum {
  HSA_AGENT_INFO_NAME = 0,               // char[64]
  HSA_AGENT_INFO_FEATURE = 2,            // hsa_agent_feature_t
  HSA_AGENT_INFO_WAVEFRONT_SIZE = 6,     // uint32_t
  HSA_AGENT_INFO_WORKGROUP_MAX_DIM = 7,  // uint16_t[3]
  HSA_AGENT_INFO_WORKGROUP_MAX_SIZE = 8, // uint32_t
  HSA_AGENT_INFO_GRID_MAX_DIM = 9,       // hsa_dim3_t
  HSA_AGENT_INFO_GRID_MAX_SIZE = 10,     // uint32_t
  HSA_AGENT_INFO_QUEUE_MIN_SIZE = 13,    // uint32_t
  HSA_AGENT_INFO_QUEUE_MAX_SIZE = 14,    // uint32_t
  HSA_AGENT_INFO_QUEUE_TYPE = 15,        // hsa_queue_type32_t
  HSA_AGENT_INFO_DEVICE = 17,            // hsa_device_type_t
  // hsa.h widens the enum with this sentinel so that the vendor attributes
  // below can be passed through an hsa_agent_info_t.
  HSA_AGENT_INFO_LAST = INT32_MAX,
} hsa_agent_info_t;

typedef enum {
  HSA_AMD_AGENT_INFO_COMPUTE_UNIT_COUNT = 0xA002, // uint32_t
} hsa_amd_agent_info_t;

//===----------------------------------------------------------------------===//
// Instruction set architectures (hsa.h: hsa_isa_info_t).
//===----------------------------------------------------------------------===//

typedef enum {
  HSA_ISA_INFO_NAME_LENGTH = 0, // uint32_t, without the NUL
  HSA_ISA_INFO_NAME = 1,        // char[NAME_LENGTH]
} hsa_isa_info_t;

//===----------------------------------------------------------------------===//
// Executables and symbols (hsa.h: hsa_profile_t,
// hsa_default_float_rounding_mode_t, hsa_executable_symbol_info_t).
//===----------------------------------------------------------------------===//

typedef enum {
  HSA_PROFILE_BASE = 0,
  HSA_PROFILE_FULL = 1,
} hsa_profile_t;

typedef enum {
  HSA_DEFAULT_FLOAT_ROUNDING_MODE_DEFAULT = 0,
  HSA_DEFAULT_FLOAT_ROUNDING_MODE_ZERO = 1,
  HSA_DEFAULT_FLOAT_ROUNDING_MODE_NEAR = 2,
} hsa_default_float_rounding_mode_t;

typedef enum {
  HSA_EXECUTABLE_SYMBOL_INFO_VARIABLE_SIZE = 9,                // uint32_t
  HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_KERNARG_SEGMENT_SIZE = 11, // uint32_t
  HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_GROUP_SEGMENT_SIZE = 13,   // uint32_t
  HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_PRIVATE_SEGMENT_SIZE = 14, // uint32_t
  HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_DYNAMIC_CALLSTACK = 15,    // bool
  HSA_EXECUTABLE_SYMBOL_INFO_VARIABLE_ADDRESS = 21,            // uint64_t
  HSA_EXECUTABLE_SYMBOL_INFO_KERNEL_OBJECT = 22,               // uint64_t
} hsa_executable_symbol_info_t;

//===----------------------------------------------------------------------===//
// Queues (hsa.h: hsa_queue_type_t, hsa_queue_t).
//===----------------------------------------------------------------------===//

typedef enum {
  HSA_QUEUE_TYPE_MULTI = 0,
  HSA_QUEUE_TYPE_SINGLE = 1,
  HSA_QUEUE_TYPE_COOPERATIVE = 2,
} hsa_queue_type_t;

typedef uint32_t hsa_queue_type32_t;

// Allocated and owned by the runtime; the application only reads it.
typedef struct hsa_queue_s {
  hsa_queue_type32_t type;
  uint32_t features;
  void *base_address; // the ring of AQL packets
  hsa_signal_t doorbell_signal;
  uint32_t size; // in packets, a power of two
  uint32_t reserved1;
  uint64_t id;
} hsa_queue_t;

static_assert(sizeof(hsa_queue_t) == 40, "hsa.h: hsa_queue_t");
static_assert(offsetof(hsa_queue_t, base_address) == 8, "hsa.h: hsa_queue_t");
static_assert(offsetof(hsa_queue_t, doorbell_signal) == 16,
              "hsa.h: hsa_queue_t");
static_assert(offsetof(hsa_queue_t, size) == 24, "hsa.h: hsa_queue_t");

//===----------------------------------------------------------------------===//
// Architected Queuing Language packets (hsa.h: hsa_packet_type_t,
// hsa_fence_scope_t, hsa_packet_header_t, hsa_kernel_dispatch_packet_setup_t,
// hsa_kernel_dispatch_packet_t). Header and setup enumerators are bit offsets.
//===----------------------------------------------------------------------===//

typedef enum {
  HSA_PACKET_TYPE_VENDOR_SPECIFIC = 0,
  HSA_PACKET_TYPE_INVALID = 1,
  HSA_PACKET_TYPE_KERNEL_DISPATCH = 2,
} hsa_packet_type_t;

typedef enum {
  HSA_FENCE_SCOPE_NONE = 0,
  HSA_FENCE_SCOPE_AGENT = 1,
  HSA_FENCE_SCOPE_SYSTEM = 2,
} hsa_fence_scope_t;

typedef enum {
  HSA_PACKET_HEADER_TYPE = 0,                   // 8 bits
  HSA_PACKET_HEADER_BARRIER = 8,                // 1 bit
  HSA_PACKET_HEADER_SCACQUIRE_FENCE_SCOPE = 9,  // 2 bits
  HSA_PACKET_HEADER_SCRELEASE_FENCE_SCOPE = 11, // 2 bits
} hsa_packet_header_t;

typedef enum {
  HSA_KERNEL_DISPATCH_PACKET_SETUP_DIMENSIONS = 0, // 2 bits
} hsa_kernel_dispatch_packet_setup_t;

typedef struct hsa_kernel_dispatch_packet_s {
  uint16_t header;
  uint16_t setup;
  uint16_t workgroup_size_x;
  uint16_t workgroup_size_y;
  uint16_t workgroup_size_z;
  uint16_t reserved0;
  uint32_t grid_size_x; // in work-items, not work-groups
  uint32_t grid_size_y;
  uint32_t grid_size_z;
  uint32_t private_segment_size; // bytes per work-item
  uint32_t group_segment_size;   // bytes per work-group
  uint64_t kernel_object;
  void *kernarg_address;
  uint64_t reserved2;
  hsa_signal_t completion_signal;
} hsa_kernel_dispatch_packet_t;

static_assert(sizeof(hsa_kernel_dispatch_packet_t) == 64,
              "hsa.h: an AQL packet is 64 bytes");
static_assert(offsetof(hsa_kernel_dispatch_packet_t, grid_size_x) == 12,
              "hsa.h: hsa_kernel_dispatch_packet_t");
static_assert(offsetof(hsa_kernel_dispatch_packet_t, kernel_object) == 32,
              "hsa.h: hsa_kernel_dispatch_packet_t");
static_assert(offsetof(hsa_kernel_dispatch_packet_t, kernarg_address) == 40,
              "hsa.h: hsa_kernel_dispatch_packet_t");
static_assert(offsetof(hsa_kernel_dispatch_packet_t, completion_signal) == 56,
              "hsa.h: hsa_kernel_dispatch_packet_t");

//===----------------------------------------------------------------------===//
// Memory pools (hsa_ext_amd.h: hsa_amd_segment_t,
// hsa_amd_memory_pool_global_flag_t, hsa_amd_memory_pool_info_t).
//===----------------------------------------------------------------------===//

typedef enum {
  HSA_AMD_SEGMENT_GLOBAL = 0,
  HSA_AMD_SEGMENT_READONLY = 1,
  HSA_AMD_SEGMENT_PRIVATE = 2,
  HSA_AMD_SEGMENT_GROUP = 3,
} hsa_amd_segment_t;

typedef enum {
  HSA_AMD_MEMORY_POOL_GLOBAL_FLAG_KERNARG_INIT = 1,
  HSA_AMD_MEMORY_POOL_GLOBAL_FLAG_FINE_GRAINED = 2,
  HSA_AMD_MEMORY_POOL_GLOBAL_FLAG_COARSE_GRAINED = 4,
} hsa_amd_memory_pool_global_flag_t;

typedef enum {
  HSA_AMD_MEMORY_POOL_INFO_SEGMENT = 0,               // hsa_amd_segment_t
  HSA_AMD_MEMORY_POOL_INFO_GLOBAL_FLAGS = 1,          // uint32_t
  HSA_AMD_MEMORY_POOL_INFO_SIZE = 2,                  // size_t
  HSA_AMD_MEMORY_POOL_INFO_RUNTIME_ALLOC_ALLOWED = 5, // bool
} hsa_amd_memory_pool_info_t;

//===----------------------------------------------------------------------===//
// System events (hsa_ext_amd.h: hsa_amd_event_type_t,
// hsa_amd_memory_fault_reason_t, hsa_amd_gpu_memory_fault_info_t,
// hsa_amd_event_t, hsa_amd_system_event_callback_t).
//===----------------------------------------------------------------------===//

typedef enum {
  HSA_AMD_GPU_MEMORY_FAULT_EVENT = 0,
  HSA_AMD_GPU_HW_EXCEPTION_EVENT = 1,
} hsa_amd_event_type_t;

typedef enum : uint32_t {
  HSA_AMD_MEMORY_FAULT_PAGE_NOT_PRESENT = 1u << 0,
  HSA_AMD_MEMORY_FAULT_READ_ONLY = 1u << 1,
  HSA_AMD_MEMORY_FAULT_NX = 1u << 2,
  HSA_AMD_MEMORY_FAULT_HOST_ONLY = 1u << 3,
  HSA_AMD_MEMORY_FAULT_DRAMECC = 1u << 4,
  HSA_AMD_MEMORY_FAULT_IMPRECISE = 1u << 5,
  HSA_AMD_MEMORY_FAULT_SRAMECC = 1u << 6,
  HSA_AMD_MEMORY_FAULT_HANG = 1u << 31,
} hsa_amd_memory_fault_reason_t;

typedef struct hsa_amd_gpu_memory_fault_info_s {
  hsa_agent_t agent;
  uint64_t virtual_address;
  uint32_t fault_reason_mask; // hsa_amd_memory_fault_reason_t bits
} hsa_amd_gpu_memory_fault_info_t;

// The runtime owns the event and passes a pointer to it. Its union has more
// members in newer runtimes (hardware exceptions, memory errors); gpurun
// reads only the type and the memory fault, which start at the same offsets
// in every version, so the shorter union here is safe for reading.
typedef struct hsa_amd_event_s {
  hsa_amd_event_type_t event_type;
  union {
    hsa_amd_gpu_memory_fault_info_t memory_fault;
  };
} hsa_amd_event_t;

static_assert(offsetof(hsa_amd_event_t, memory_fault) == 8,
              "hsa_ext_amd.h: hsa_amd_event_t");

typedef hsa_status_t (*hsa_amd_system_event_callback_t)(
    const hsa_amd_event_t *event, void *data);

//===----------------------------------------------------------------------===//
// The runtime stores these through void * out-parameters, so their size must
// match what it writes: a C enum, which is 4 bytes on every ROCm platform.
//===----------------------------------------------------------------------===//

static_assert(sizeof(hsa_device_type_t) == 4, "written by hsa_agent_get_info");
static_assert(sizeof(hsa_agent_feature_t) == 4,
              "written by hsa_agent_get_info");
static_assert(sizeof(hsa_amd_segment_t) == 4,
              "written by hsa_amd_memory_pool_get_info");

//===----------------------------------------------------------------------===//
// Functions (signatures from hsa.h and hsa_ext_amd.h). Each has a pointer
// type named <function>_fn; GPURUN_HSA_FUNCTIONS lists them all so the
// backend can resolve exactly this set with dlsym.
//===----------------------------------------------------------------------===//

typedef hsa_status_t (*hsa_status_string_fn)(hsa_status_t status,
                                             const char **status_string);
typedef hsa_status_t (*hsa_init_fn)();
typedef hsa_status_t (*hsa_shut_down_fn)();

typedef hsa_status_t (*hsa_iterate_agents_fn)(
    hsa_status_t (*callback)(hsa_agent_t agent, void *data), void *data);
typedef hsa_status_t (*hsa_agent_get_info_fn)(hsa_agent_t agent,
                                              hsa_agent_info_t attribute,
                                              void *value);
typedef hsa_status_t (*hsa_agent_iterate_isas_fn)(
    hsa_agent_t agent, hsa_status_t (*callback)(hsa_isa_t isa, void *data),
    void *data);
typedef hsa_status_t (*hsa_isa_get_info_alt_fn)(hsa_isa_t isa,
                                                hsa_isa_info_t attribute,
                                                void *value);

typedef hsa_status_t (*hsa_amd_agent_iterate_memory_pools_fn)(
    hsa_agent_t agent,
    hsa_status_t (*callback)(hsa_amd_memory_pool_t memory_pool, void *data),
    void *data);
typedef hsa_status_t (*hsa_amd_memory_pool_get_info_fn)(
    hsa_amd_memory_pool_t memory_pool, hsa_amd_memory_pool_info_t attribute,
    void *value);
typedef hsa_status_t (*hsa_amd_memory_pool_allocate_fn)(
    hsa_amd_memory_pool_t memory_pool, size_t size, uint32_t flags, void **ptr);
typedef hsa_status_t (*hsa_amd_memory_pool_free_fn)(void *ptr);
typedef hsa_status_t (*hsa_amd_agents_allow_access_fn)(
    uint32_t num_agents, const hsa_agent_t *agents, const uint32_t *flags,
    const void *ptr);
// `count` is in 32-bit words, not bytes.
typedef hsa_status_t (*hsa_amd_memory_fill_fn)(void *ptr, uint32_t value,
                                               size_t count);
typedef hsa_status_t (*hsa_memory_copy_fn)(void *dst, const void *src,
                                           size_t size);

typedef hsa_status_t (*hsa_code_object_reader_create_from_memory_fn)(
    const void *code_object, size_t size,
    hsa_code_object_reader_t *code_object_reader);
typedef hsa_status_t (*hsa_code_object_reader_destroy_fn)(
    hsa_code_object_reader_t code_object_reader);
typedef hsa_status_t (*hsa_executable_create_alt_fn)(
    hsa_profile_t profile,
    hsa_default_float_rounding_mode_t default_float_rounding_mode,
    const char *options, hsa_executable_t *executable);
typedef hsa_status_t (*hsa_executable_load_agent_code_object_fn)(
    hsa_executable_t executable, hsa_agent_t agent,
    hsa_code_object_reader_t code_object_reader, const char *options,
    hsa_loaded_code_object_t *loaded_code_object);
typedef hsa_status_t (*hsa_executable_freeze_fn)(hsa_executable_t executable,
                                                 const char *options);
typedef hsa_status_t (*hsa_executable_validate_fn)(hsa_executable_t executable,
                                                   uint32_t *result);
typedef hsa_status_t (*hsa_executable_destroy_fn)(hsa_executable_t executable);
typedef hsa_status_t (*hsa_executable_get_symbol_by_name_fn)(
    hsa_executable_t executable, const char *symbol_name,
    const hsa_agent_t *agent, hsa_executable_symbol_t *symbol);
typedef hsa_status_t (*hsa_executable_symbol_get_info_fn)(
    hsa_executable_symbol_t executable_symbol,
    hsa_executable_symbol_info_t attribute, void *value);

typedef hsa_status_t (*hsa_signal_create_fn)(hsa_signal_value_t initial_value,
                                             uint32_t num_consumers,
                                             const hsa_agent_t *consumers,
                                             hsa_signal_t *signal);
typedef hsa_status_t (*hsa_signal_destroy_fn)(hsa_signal_t signal);
typedef hsa_signal_value_t (*hsa_signal_load_relaxed_fn)(hsa_signal_t signal);
typedef void (*hsa_signal_store_relaxed_fn)(hsa_signal_t signal,
                                            hsa_signal_value_t value);

typedef hsa_status_t (*hsa_queue_create_fn)(
    hsa_agent_t agent, uint32_t size, hsa_queue_type32_t type,
    void (*callback)(hsa_status_t status, hsa_queue_t *source, void *data),
    void *data, uint32_t private_segment_size, uint32_t group_segment_size,
    hsa_queue_t **queue);
typedef hsa_status_t (*hsa_queue_destroy_fn)(hsa_queue_t *queue);
typedef uint64_t (*hsa_queue_add_write_index_relaxed_fn)(
    const hsa_queue_t *queue, uint64_t value);
typedef uint64_t (*hsa_queue_load_read_index_scacquire_fn)(
    const hsa_queue_t *queue);

typedef hsa_status_t (*hsa_amd_register_system_event_handler_fn)(
    hsa_amd_system_event_callback_t callback, void *data);

#define GPURUN_HSA_FUNCTIONS(X)                                                \
  X(hsa_status_string)                                                         \
  X(hsa_init)                                                                  \
  X(hsa_shut_down)                                                             \
  X(hsa_iterate_agents)                                                        \
  X(hsa_agent_get_info)                                                        \
  X(hsa_agent_iterate_isas)                                                    \
  X(hsa_isa_get_info_alt)                                                      \
  X(hsa_amd_agent_iterate_memory_pools)                                        \
  X(hsa_amd_memory_pool_get_info)                                              \
  X(hsa_amd_memory_pool_allocate)                                              \
  X(hsa_amd_memory_pool_free)                                                  \
  X(hsa_amd_agents_allow_access)                                               \
  X(hsa_amd_memory_fill)                                                       \
  X(hsa_memory_copy)                                                           \
  X(hsa_code_object_reader_create_from_memory)                                 \
  X(hsa_code_object_reader_destroy)                                            \
  X(hsa_executable_create_alt)                                                 \
  X(hsa_executable_load_agent_code_object)                                     \
  X(hsa_executable_freeze)                                                     \
  X(hsa_executable_validate)                                                   \
  X(hsa_executable_destroy)                                                    \
  X(hsa_executable_get_symbol_by_name)                                         \
  X(hsa_executable_symbol_get_info)                                            \
  X(hsa_signal_create)                                                         \
  X(hsa_signal_destroy)                                                        \
  X(hsa_signal_load_relaxed)                                                   \
  X(hsa_signal_store_relaxed)                                                  \
  X(hsa_queue_create)                                                          \
  X(hsa_queue_destroy)                                                         \
  X(hsa_queue_add_write_index_relaxed)                                         \
  X(hsa_queue_load_read_index_scacquire)                                       \
  X(hsa_amd_register_system_event_handler)

} // namespace hsa
} // namespace gpurun

#endif
