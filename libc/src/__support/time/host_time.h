//===-- Time that only the host knows: its clocks and its time zone -------===//
#ifndef GPULIBC_SUPPORT_TIME_HOST_TIME_H
#define GPULIBC_SUPPORT_TIME_HOST_TIME_H

#include <stdint.h>
#include <time.h>

#include "gpulibc/rpc_opcodes.h"

namespace gpulibc::internal {

// Reads one of the host's clocks over RPC (no target has a device clock of
// known frequency and epoch that we could validate, so every read asks the
// host). Returns 0, or an errno value.
int host_clock(gpulibc_clock clock, struct timespec *out);

// localtime_r on the host. Returns 0 or an errno value; *out is untouched
// on failure.
int host_localtime(int64_t seconds, struct tm *out);

// mktime on the host: normalises *t in place and returns the time, or -1
// with errno set.
time_t host_mktime(struct tm *t);

} // namespace gpulibc::internal

#endif
