// Warp collectives behave as on a GPU, with full, partial and divergent
// masks, at every warp size.
// RUN: %cc %s -o %t
// RUN: %gpurun --blocks 2 --threads 40 %t | FileCheck %s
// RUN: %gpurun --blocks 1 --threads 7 %t | FileCheck %s
#include <gpuintrin.h>
#include <stdio.h>

static int failures;

#define CHECK_EQ(a, b)                                                          \
  do {                                                                         \
    unsigned long long x_ = (a), y_ = (b);                                     \
    if (x_ != y_) {                                                            \
      printf("FAIL line %d: block %u thread %u: %s = %#llx, expected %#llx\n", \
             __LINE__, __gpu_block_id_x(), __gpu_thread_id_x(), #a, x_, y_);  \
      __atomic_fetch_add(&failures, 1, __ATOMIC_RELAXED);                       \
    }                                                                          \
  } while (0)

int main(void) {
  uint32_t lanes = __gpu_num_lanes();
  uint32_t lane = __gpu_lane_id();
  uint32_t thread = __gpu_thread_id_x();
  uint32_t threads = __gpu_num_threads_x();
  // The lanes this warp has: a block's last warp may be partial.
  uint32_t warp_base = thread - lane;
  uint32_t present = threads - warp_base < lanes ? threads - warp_base : lanes;
  uint64_t all = present == 64 ? ~0ull : (1ull << present) - 1;

  CHECK_EQ(lane, thread % lanes);
  uint64_t mask = __gpu_lane_mask();
  CHECK_EQ(mask, all);
  CHECK_EQ(__gpu_ballot(mask, 1), all);
  CHECK_EQ(__gpu_ballot(mask, lane % 2 == 0), all & 0x5555555555555555ull);
  CHECK_EQ(__gpu_read_first_lane_u32(mask, thread * 3), warp_base * 3);
  // Rotate values one lane down the warp.
  uint32_t next = (lane + 1) % present;
  CHECK_EQ(__gpu_shuffle_idx_u32(mask, next, thread + 100, lanes), warp_base + next + 100);

  // Divergence: each side of a branch sees only its own lanes.
  if (lane % 3 == 0) {
    uint64_t side = __gpu_lane_mask();
    uint64_t expect = 0;
    for (uint32_t i = 0; i < present; i += 3)
      expect |= 1ull << i;
    CHECK_EQ(side, expect);
    CHECK_EQ(__gpu_read_first_lane_u32(side, lane), 0);
  } else {
    uint64_t side = __gpu_lane_mask();
    CHECK_EQ(side, all & ~(0x9249249249249249ull));
    CHECK_EQ(__gpu_ballot(side, 1), side);
  }
  // The two sides reconverge.
  __gpu_sync_lane(all);
  CHECK_EQ(__gpu_lane_mask(), all);

  if (failures == 0 && thread == 0 && __gpu_block_id_x() == 0)
    puts("collectives ok");
  return failures != 0;
}
// CHECK-NOT: FAIL
// CHECK: collectives ok
// CHECK-NOT: FAIL
