/* The contract between gpurun (or any host that runs gpulibc images) and the
 * device-side startup code. Plain C so that both C and C++ hosts can use it.
 *
 * Every image defines one object of this type named __gpulibc_device_env. The
 * loader writes it after loading the image and before launching the first
 * kernel. All addresses are device-visible addresses. */
#ifndef GPULIBC_DEVICE_ABI_H
#define GPULIBC_DEVICE_ABI_H

#include <stdint.h>

#define GPULIBC_ABI_VERSION 1u

/* Kernels every image exports (all targets):
 *   _begin(int argc, char **argv, char **envp)           one thread
 *   _start(int argc, char **argv, char **envp, int *ret) the whole grid
 *   _end(int ret)                                       one thread
 * _begin runs global constructors, _start runs main on every thread and ORs
 * the results into *ret, _end calls exit(ret) which runs atexit handlers and
 * destructors and then sends the exit opcode to the host. */

struct gpulibc_device_env {
  uint32_t abi_version;  /* GPULIBC_ABI_VERSION */
  uint32_t num_ports;    /* RPC ports; sized at run time by the loader */
  uint32_t lanes;        /* RPC slots per port: the device's warp size */
  uint32_t flags;        /* reserved, zero */
  uint64_t rpc_shared;   /* rpc::shared_memory_size(num_ports, lanes) bytes,
                            visible to host and device, zero-initialised */
  uint64_t rpc_lock;     /* rpc::lock_memory_size(num_ports) bytes, device
                            memory, zero-initialised */
  uint64_t heap_base;    /* device heap, heap_size bytes */
  uint64_t heap_size;
  /* NVPTX only: nvlink defines no __init_array_start, so the loader collects
   * the __init_array_object_* / __fini_array_object_* globals, sorts them by
   * priority and stores arrays of function addresses here. Zero elsewhere. */
  uint64_t init_array_start;
  uint64_t init_array_end;
  uint64_t fini_array_start;
  uint64_t fini_array_end;
  /* Per-thread slots (errno and other thread state) for GPUs, which have no
   * thread-local storage: thread_slot_count slots of 64 bytes, zeroed, indexed
   * by the flat global thread id. Zero means the device falls back to one
   * shared slot. The cpu device keeps this state in each lane's context. */
  uint64_t thread_slots;
  uint64_t thread_slot_count;
};

#define GPULIBC_DEVICE_ENV_SYMBOL "__gpulibc_device_env"

#endif /* GPULIBC_DEVICE_ABI_H */
