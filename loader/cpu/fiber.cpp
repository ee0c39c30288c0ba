#include "cpu/fiber.h"

#include <cstdint>

// ThreadSanitizer is not told about fibers: the code that runs on lane
// stacks is compiled without instrumentation (GPURUN_LANE_CODE), so TSan's
// view of each worker thread stays that of its scheduler, which is the part
// with shared state worth checking. Device code is never instrumented anyway.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GPURUN_ASAN 1
#endif
#endif

#ifdef GPURUN_ASAN
extern "C" {
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old,
                                     size_t *size_old);
}
#endif

// The SysV ABI makes rbx, rbp, r12-r15, the x87 control word and MXCSR's
// control bits callee-saved, so those are all a switch must preserve.
asm(R"(
  .text
  .globl gpurun_switch_stack
  .type gpurun_switch_stack,@function
gpurun_switch_stack:
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  subq $8, %rsp
  stmxcsr (%rsp)
  fnstcw 4(%rsp)
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  ldmxcsr (%rsp)
  fldcw 4(%rsp)
  addq $8, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
  .size gpurun_switch_stack, .-gpurun_switch_stack

  .globl gpurun_fiber_start
  .type gpurun_fiber_start,@function
gpurun_fiber_start:
  movq %r13, %rdi
  callq *%r12
  ud2
  .size gpurun_fiber_start, .-gpurun_fiber_start
)");

extern "C" void gpurun_fiber_start();

namespace gpurun::cpu {

void *prepare_stack(void *stack_top, void (*entry)(void *), void *argument) {
  uintptr_t top = reinterpret_cast<uintptr_t>(stack_top) & ~uintptr_t(15);
  uint64_t *sp = reinterpret_cast<uint64_t *>(top);
  // The start shim calls entry, so it must begin with rsp 16-aligned: the
  // `ret` that enters it pops the slot just below the aligned top.
  *--sp = reinterpret_cast<uint64_t>(&gpurun_fiber_start);
  *--sp = 0;                                      // rbp
  *--sp = 0;                                      // rbx
  *--sp = reinterpret_cast<uint64_t>(entry);      // r12
  *--sp = reinterpret_cast<uint64_t>(argument);   // r13
  *--sp = 0;                                      // r14
  *--sp = 0;                                      // r15
  uint32_t control[2];
  asm volatile("stmxcsr %0" : "=m"(control[0]));
  asm volatile("fnstcw %0" : "=m"(control[1]));
  --sp;
  uint32_t words[2] = {control[0], control[1] & 0xffff};
  __builtin_memcpy(sp, words, 8);
  return sp;
}

void sanitizer_create(SanitizerFiber &fiber, const void *bottom, size_t size) {
  fiber.stack_bottom = bottom;
  fiber.stack_size = size;
}

void sanitizer_destroy(SanitizerFiber &fiber) {
  fiber.stack_bottom = nullptr;
}

SanitizerFiber current_thread_fiber() {
  return SanitizerFiber();
}

GPURUN_LANE_CODE void sanitizer_before_switch(SanitizerFiber &to, void **fake_stack_save) {
#ifdef GPURUN_ASAN
  __sanitizer_start_switch_fiber(fake_stack_save, to.stack_bottom, to.stack_size);
#else
  (void)fake_stack_save;
#endif
  (void)to;
}

GPURUN_LANE_CODE void sanitizer_after_switch(void *fake_stack_save) {
#ifdef GPURUN_ASAN
  __sanitizer_finish_switch_fiber(fake_stack_save, nullptr, nullptr);
#else
  (void)fake_stack_save;
#endif
}

} // namespace gpurun::cpu
