// setenv/unsetenv change what getenv sees, on the device only.
// RUN: %cc %s -o %t
// RUN: %gpurun %t | FileCheck %s
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static const char *show(const char *name) {
  const char *value = getenv(name);
  return value ? value : "(unset)";
}

int main(void) {
  printf("marker %s\n", show("GPULIBC_TEST_MARKER"));
  setenv("GPULIBC_NEW", "one", 0);
  printf("new %s\n", show("GPULIBC_NEW"));
  setenv("GPULIBC_NEW", "two", 0);
  printf("kept %s\n", show("GPULIBC_NEW"));
  setenv("GPULIBC_NEW", "three", 1);
  printf("replaced %s\n", show("GPULIBC_NEW"));
  setenv("GPULIBC_TEST_MARKER", "changed", 1);
  printf("marker %s\n", show("GPULIBC_TEST_MARKER"));
  unsetenv("GPULIBC_TEST_MARKER");
  printf("marker %s, new %s\n", show("GPULIBC_TEST_MARKER"), show("GPULIBC_NEW"));
  errno = 0;
  printf("empty name %d %d\n", setenv("", "x", 1), errno == EINVAL);
  errno = 0;
  printf("name with = %d %d\n", setenv("A=B", "x", 1), errno == EINVAL);
  errno = 0;
  printf("unsetenv with = %d %d\n", unsetenv("A=B"), errno == EINVAL);
  printf("unset missing %d\n", unsetenv("GPULIBC_NEVER_SET"));
  // The host's environment is untouched.
  system("echo host marker ${GPULIBC_TEST_MARKER:-unset}");
  return 0;
}
// CHECK: marker present
// CHECK-NEXT: new one
// CHECK-NEXT: kept one
// CHECK-NEXT: replaced three
// CHECK-NEXT: marker changed
// CHECK-NEXT: marker (unset), new three
// CHECK-NEXT: empty name -1 1
// CHECK-NEXT: name with = -1 1
// CHECK-NEXT: unsetenv with = -1 1
// CHECK-NEXT: unset missing 0
// CHECK-NEXT: host marker present
