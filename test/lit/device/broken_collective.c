// A collective that names a lane which has left is a device fault with a
// diagnosis, not a hang.
// UNSUPPORTED: lanes-1
// RUN: %cc %s -o %t
// RUN: %gpurun --threads 2 %t 2> %t.err; test $? -eq 134
// RUN: FileCheck %s < %t.err
#include <gpuintrin.h>

int main(void) {
  if (__gpu_lane_id() == 1)
    return 0;
  return (int)__gpu_ballot(0x3, 1);
}
// CHECK: gpurun: ballot with mask 0x3 names lane 1, which has exited
