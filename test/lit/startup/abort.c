// abort() prints a message and gpurun exits 134; earlier output survives.
// RUN: %cc %s -o %t
// RUN: %gpurun %t > %t.out 2> %t.err; test $? -eq 134
// RUN: FileCheck --check-prefix=OUT %s < %t.out
// RUN: FileCheck --check-prefix=ERR %s < %t.err
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  puts("before abort");
  abort();
}
// OUT: before abort
// ERR: gpurun: the program called abort() on the device
