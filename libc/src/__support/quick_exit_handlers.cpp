#include "src/__support/quick_exit_handlers.h"

#include "src/__support/lock.h"

namespace gpulibc::internal {

namespace {
// Fixed storage: quick_exit is for leaving when the heap may be unusable.
constexpr unsigned kMaxHandlers = 64;
void (*handlers[kMaxHandlers])(void);
unsigned handler_count;
SpinLock handlers_lock;
} // namespace

bool register_quick_exit_handler(void (*handler)(void)) {
  bool registered = false;
  handlers_lock.run_exclusive([&] {
    if (handler_count == kMaxHandlers)
      return;
    handlers[handler_count++] = handler;
    registered = true;
  });
  return registered;
}

void run_quick_exit_handlers() {
  for (;;) {
    void (*handler)(void) = nullptr;
    handlers_lock.run_exclusive([&] {
      if (handler_count)
        handler = handlers[--handler_count];
    });
    if (!handler)
      return;
    // Called without the lock, so a handler may register another.
    handler();
  }
}

} // namespace gpulibc::internal
