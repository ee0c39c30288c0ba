// system() runs the command with the host's shell, in order with the
// program's own output, and returns the wait status.
// RUN: %cc %s -o %t
// RUN: %gpurun %t | FileCheck %s
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("shell available: %s\n", system(NULL) != 0 ? "yes" : "no");
  puts("before the command");
  int status = system("echo from the shell; exit 3");
  printf("exit status %d\n", (status >> 8) & 0xff);
  status = system("kill -9 $$");
  printf("killed by signal %d\n", status & 0x7f);
  printf("true gives %d\n", system("true"));
  return 0;
}
// CHECK: shell available: yes
// CHECK-NEXT: before the command
// CHECK-NEXT: from the shell
// CHECK-NEXT: exit status 3
// CHECK-NEXT: killed by signal 9
// CHECK-NEXT: true gives 0
