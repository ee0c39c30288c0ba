#include "src/__support/exit_handlers.h"

#include "gpulibc/rpc_opcodes.h"
#include <stdlib.h>

#include "src/__support/lock.h"
#include "src/__support/rpc_client.h"

namespace gpulibc::internal {

namespace {

struct Handler {
  ExitCallback callback;
  void *argument;
};

// C requires room for 32; a fixed block of 64 covers nearly every program,
// and further blocks come from the heap.
constexpr unsigned kBlockSize = 64;
struct HandlerBlock {
  HandlerBlock *previous;
  unsigned count;
  Handler handlers[kBlockSize];
};

HandlerBlock first_block;
HandlerBlock *current_block = &first_block;
SpinLock handlers_lock;

} // namespace

bool register_exit_handler(ExitCallback callback, void *argument) {
  bool registered = false;
  handlers_lock.run_exclusive([&] {
    if (current_block->count == kBlockSize) {
      HandlerBlock *block = static_cast<HandlerBlock *>(malloc(sizeof(HandlerBlock)));
      if (!block)
        return;
      block->previous = current_block;
      block->count = 0;
      current_block = block;
    }
    current_block->handlers[current_block->count++] = {callback, argument};
    registered = true;
  });
  return registered;
}

void run_exit_handlers() {
  for (;;) {
    Handler handler = {nullptr, nullptr};
    handlers_lock.run_exclusive([&] {
      while (current_block->count == 0 && current_block->previous) {
        HandlerBlock *done = current_block;
        current_block = done->previous;
        free(done);
      }
      if (current_block->count != 0)
        handler = current_block->handlers[--current_block->count];
    });
    if (!handler.callback)
      return;
    // Called without the lock so a handler may register more handlers.
    handler.callback(handler.argument);
  }
}

[[noreturn]] void send_exit(int status) {
  RpcClient client = rpc_client();
  RpcClient::Port port = rpc_open(client, GPULIBC_OP_EXIT);
  port.send([&](rpc::Buffer *slot) { slot->data[0] = static_cast<uint32_t>(status); });
  port.close();
  // The host stops the device on receipt; until then stay out of the way.
  for (;;)
    gpu::sleep_briefly();
}

} // namespace gpulibc::internal
