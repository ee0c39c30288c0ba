//===-- Shared bodies of the printf entry points ----------------------------===//
#ifndef GPULIBC_SUPPORT_PRINTF_PRINTF_MAIN_H
#define GPULIBC_SUPPORT_PRINTF_PRINTF_MAIN_H

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

namespace gpulibc::internal {

// Formats into `buffer` with snprintf semantics; sets errno on failure.
int format_to_buffer(char *buffer, size_t size, const char *format, va_list args);

// Formats on the device and hands the result to the host as one message, so
// concurrent printf calls never interleave within a call.
int format_to_stream(FILE *stream, const char *format, va_list args);

} // namespace gpulibc::internal

#endif
