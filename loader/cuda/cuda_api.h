//===-- The subset of the CUDA driver API that gpurun uses
//-----------------===//
//
// gpurun loads libcuda.so.1 with dlopen so that the loader builds and runs on
// machines without the NVIDIA driver, and so that it never depends on the
// CUDA toolkit's headers. These declarations mirror the driver's cuda.h for
// the few types, values and entry points gpurun needs; the values are part of
// the driver's stable ABI.
//
//===----------------------------------------------------------------------===//
#ifndef GPURUN_CUDA_CUDA_API_H
#define GPURUN_CUDA_CUDA_API_H

#include <cstddef>
#include <cstdint>

namespace gpurun {
namespace cuda {

// cuda.h: CUdeviceptr is an unsigned long long on every 64-bit platform.
using CUdeviceptr = unsigned long long;
using CUdevice = int;
using CUcontext = struct CUctx_st *;
using CUmodule = struct CUmod_st *;
using CUfunction = struct CUfunc_st *;
using CUstream = struct CUstream_st *;

// The enums are C enums in cuda.h, i.e. int-sized. A fixed underlying type
// keeps any value the driver returns (including ones not listed) valid.
enum CUresult : int {
  CUDA_SUCCESS = 0,
  CUDA_ERROR_INVALID_VALUE = 1,
  CUDA_ERROR_OUT_OF_MEMORY = 2,
  CUDA_ERROR_NO_DEVICE = 100,
  CUDA_ERROR_INVALID_IMAGE = 200,
  CUDA_ERROR_NO_BINARY_FOR_GPU = 209,
  CUDA_ERROR_NOT_FOUND = 500,
  CUDA_ERROR_NOT_READY = 600,
};

enum CUdevice_attribute : int {
  CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 1,
  CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_X = 2,
  CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Y = 3,
  CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Z = 4,
  CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X = 5,
  CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y = 6,
  CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z = 7,
  CU_DEVICE_ATTRIBUTE_WARP_SIZE = 10,
  CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16,
  CU_DEVICE_ATTRIBUTE_CAN_MAP_HOST_MEMORY = 19,
  CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75,
  CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76,
};

enum CUfunction_attribute : int {
  CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 0,
};

enum CUlimit : int {
  CU_LIMIT_STACK_SIZE = 0,
};

enum CUjit_option : int {
  CU_JIT_ERROR_LOG_BUFFER = 5,
  CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6,
};

// Flags of cuMemHostAlloc.
constexpr unsigned CU_MEMHOSTALLOC_PORTABLE = 0x01;
constexpr unsigned CU_MEMHOSTALLOC_DEVICEMAP = 0x02;

// Flags of cuStreamCreate.
constexpr unsigned CU_STREAM_NON_BLOCKING = 0x1;

// Entry points. The first column names the member of the function table, the
// second is the symbol libcuda.so.1 exports for it: the calls whose argument
// types widened to 64 bits in CUDA 3.2 keep the old ABI under the plain name
// and export the current one with a _v2 suffix (cuda.h hides this with
// macros), so those must be looked up by their _v2 names.
#define GPURUN_CUDA_FUNCTIONS(X)                                               \
  X(cuInit, "cuInit", CUresult (*)(unsigned flags))                            \
  X(cuDriverGetVersion, "cuDriverGetVersion", CUresult (*)(int *version))      \
  X(cuGetErrorName, "cuGetErrorName",                                          \
    CUresult (*)(CUresult error, const char **name))                           \
  X(cuGetErrorString, "cuGetErrorString",                                      \
    CUresult (*)(CUresult error, const char **text))                           \
  X(cuDeviceGetCount, "cuDeviceGetCount", CUresult (*)(int *count))            \
  X(cuDeviceGet, "cuDeviceGet", CUresult (*)(CUdevice * device, int ordinal))  \
  X(cuDeviceGetName, "cuDeviceGetName",                                        \
    CUresult (*)(char *name, int length, CUdevice device))                     \
  X(cuDeviceGetAttribute, "cuDeviceGetAttribute",                              \
    CUresult (*)(int *value, CUdevice_attribute attribute, CUdevice device))   \
  X(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain",                      \
    CUresult (*)(CUcontext * context, CUdevice device))                        \
  X(cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2",                 \
    CUresult (*)(CUdevice device))                                             \
  X(cuCtxSetCurrent, "cuCtxSetCurrent", CUresult (*)(CUcontext context))       \
  X(cuCtxGetLimit, "cuCtxGetLimit",                                            \
    CUresult (*)(size_t * value, CUlimit limit))                               \
  X(cuCtxSetLimit, "cuCtxSetLimit", CUresult (*)(CUlimit limit, size_t value)) \
  X(cuModuleLoadDataEx, "cuModuleLoadDataEx",                                  \
    CUresult (*)(CUmodule * module, const void *image, unsigned num_options,   \
                 CUjit_option *options, void **option_values))                 \
  X(cuModuleUnload, "cuModuleUnload", CUresult (*)(CUmodule module))           \
  X(cuModuleGetFunction, "cuModuleGetFunction",                                \
    CUresult (*)(CUfunction * function, CUmodule module, const char *name))    \
  X(cuModuleGetGlobal, "cuModuleGetGlobal_v2",                                 \
    CUresult (*)(CUdeviceptr * address, size_t * size, CUmodule module,        \
                 const char *name))                                            \
  X(cuFuncGetAttribute, "cuFuncGetAttribute",                                  \
    CUresult (*)(int *value, CUfunction_attribute attribute,                   \
                 CUfunction function))                                         \
  X(cuMemAlloc, "cuMemAlloc_v2",                                               \
    CUresult (*)(CUdeviceptr * address, size_t size))                          \
  X(cuMemFree, "cuMemFree_v2", CUresult (*)(CUdeviceptr address))              \
  X(cuMemHostAlloc, "cuMemHostAlloc",                                          \
    CUresult (*)(void **pointer, size_t size, unsigned flags))                 \
  X(cuMemFreeHost, "cuMemFreeHost", CUresult (*)(void *pointer))               \
  X(cuMemHostGetDevicePointer, "cuMemHostGetDevicePointer_v2",                 \
    CUresult (*)(CUdeviceptr * address, void *pointer, unsigned flags))        \
  X(cuMemsetD8, "cuMemsetD8_v2",                                               \
    CUresult (*)(CUdeviceptr address, unsigned char value, size_t count))      \
  X(cuMemcpyHtoD, "cuMemcpyHtoD_v2",                                           \
    CUresult (*)(CUdeviceptr destination, const void *source, size_t size))    \
  X(cuMemcpyDtoH, "cuMemcpyDtoH_v2",                                           \
    CUresult (*)(void *destination, CUdeviceptr source, size_t size))          \
  X(cuStreamCreate, "cuStreamCreate",                                          \
    CUresult (*)(CUstream * stream, unsigned flags))                           \
  X(cuStreamDestroy, "cuStreamDestroy_v2", CUresult (*)(CUstream stream))      \
  X(cuStreamQuery, "cuStreamQuery", CUresult (*)(CUstream stream))             \
  X(cuLaunchKernel, "cuLaunchKernel",                                          \
    CUresult (*)(CUfunction function, unsigned grid_x, unsigned grid_y,        \
                 unsigned grid_z, unsigned block_x, unsigned block_y,          \
                 unsigned block_z, unsigned shared_bytes, CUstream stream,     \
                 void **parameters, void **extra))

// The driver's entry points, resolved from libcuda.so.1.
struct Driver {
#define GPURUN_CUDA_MEMBER(member, symbol, type)                               \
  using member##_t = type;                                                     \
  member##_t member = nullptr;
  GPURUN_CUDA_FUNCTIONS(GPURUN_CUDA_MEMBER)
#undef GPURUN_CUDA_MEMBER
};

} // namespace cuda
} // namespace gpurun

#endif
