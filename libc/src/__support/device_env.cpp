//===-- The one definition of the device environment ----------------------===//
#include "src/__support/device_env.h"

// Written by the loader before the first kernel, so it must survive LTO and
// be visible in the image's symbol table under exactly this name.
extern "C" [[gnu::used, gnu::visibility("protected")]] gpulibc_device_env
    __gpulibc_device_env = {};
