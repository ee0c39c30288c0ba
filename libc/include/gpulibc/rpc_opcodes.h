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
  GPULIBC_OP_LAST_LIBC = 0x7fffffff
};

/* Stream handles the host knows before any fopen. */
enum gpulibc_stream_handle {
  GPULIBC_STDIN = 0,
  GPULIBC_STDOUT = 1,
  GPULIBC_STDERR = 2
};

#endif
