/* gpulibc's own RPC opcodes: part of the device/host ABI. User services use
 * opcodes at or above rpc::kUserOpcodeBase (0x80000000). */
#ifndef GPULIBC_RPC_OPCODES_H
#define GPULIBC_RPC_OPCODES_H

enum gpulibc_opcode {
  /* send_n(bytes) on stream handle data[0] of the first packet... see the
     server for the exact exchange of each opcode. */
  GPULIBC_OP_WRITE = 1,   /* send {handle}, send_n(bytes); recv {count, errno} */
  GPULIBC_OP_EXIT = 2,    /* send {status}; one way, the host ends the run */
  GPULIBC_OP_ABORT = 3,   /* send {}; one way, the host reports and exits 134 */
  GPULIBC_OP_PING = 4,    /* send {value}; recv {value + 1}; for tests/benches */
  /* send {gpulibc_clock}; recv {seconds, nanoseconds, errno} */
  GPULIBC_OP_CLOCK_GETTIME = 5,
  /* send {time_t}; recv {errno, time_t, gmtoff, isdst, zone[32]}: the host's
     localtime_r; the zone name is NUL-padded in data[4..7] */
  GPULIBC_OP_LOCALTIME = 6,
  /* send {sec, min, hour, mday, mon, year, isdst}; recv as LOCALTIME, for
     the time_t the host's mktime gave */
  GPULIBC_OP_MKTIME = 7,
  /* send {is_null}, send_n(command); recv {wait status, errno} */
  GPULIBC_OP_SYSTEM = 8,
  GPULIBC_OP_LAST_LIBC = 0x7fffffff
};

/* Stream handles the host knows before any fopen. */
enum gpulibc_stream_handle {
  GPULIBC_STDIN = 0,
  GPULIBC_STDOUT = 1,
  GPULIBC_STDERR = 2
};

/* Clocks of GPULIBC_OP_CLOCK_GETTIME. */
enum gpulibc_clock {
  GPULIBC_CLOCK_REALTIME = 0,
  GPULIBC_CLOCK_MONOTONIC = 1,
  GPULIBC_CLOCK_ELAPSED = 2 /* monotonic time since gpurun started serving */
};

#endif
