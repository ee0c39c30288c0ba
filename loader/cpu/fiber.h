//===-- Minimal x86-64 stack switching for the cpu device's lanes ----------===//
#ifndef GPURUN_CPU_FIBER_H
#define GPURUN_CPU_FIBER_H

#include <cstddef>

namespace gpurun::cpu {

// Saves the callee-saved state on the current stack, stores the stack pointer
// in *from, and resumes the stack saved in `to`.
extern "C" void gpurun_switch_stack(void **from, void *to);

// Prepares a stack so that switching to the returned pointer calls
// entry(argument) on it. `entry` must never return.
void *prepare_stack(void *stack_top, void (*entry)(void *), void *argument);

// Code that runs on a lane's stack. ThreadSanitizer must not see its
// function entries and exits, which would never balance across switches.
#define GPURUN_LANE_CODE __attribute__((disable_sanitizer_instrumentation))

// Sanitizer bookkeeping around a switch; no-ops in ordinary builds.
struct SanitizerFiber {
  const void *stack_bottom = nullptr;
  size_t stack_size = 0;
};
void sanitizer_create(SanitizerFiber &fiber, const void *bottom, size_t size);
void sanitizer_destroy(SanitizerFiber &fiber);
// Call just before switching from `from` to `to`, and `finish` right after
// control comes back to the stack that switched away.
GPURUN_LANE_CODE void sanitizer_before_switch(SanitizerFiber &to, void **fake_stack_save);
GPURUN_LANE_CODE void sanitizer_after_switch(void *fake_stack_save);
SanitizerFiber current_thread_fiber();

} // namespace gpurun::cpu

#endif
