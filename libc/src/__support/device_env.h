//===-- The environment the loader hands to the device --------------------===//
#ifndef GPULIBC_SUPPORT_DEVICE_ENV_H
#define GPULIBC_SUPPORT_DEVICE_ENV_H

#include "gpulibc/device_abi.h"

extern "C" gpulibc_device_env __gpulibc_device_env;

#endif
