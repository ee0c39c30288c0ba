// The foundation's printf conversions, widths, precisions and modifiers.
// RUN: %cc %s -o %t
// RUN: %gpurun %t | FileCheck %s --match-full-lines --strict-whitespace
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
  printf("[%d] [%i] [%u] [%x] [%X] [%o] [%c] [%s] [%%]\n", -42, 17, 3000000000u, 0xbeef, 0xbeef,
         8, 'q', "text");
  // CHECK:[-42] [17] [3000000000] [beef] [BEEF] [10] [q] [text] [%]
  printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d]\n", 42, 42, 42, 42, 42, 7, 7);
  // CHECK-NEXT:[   42] [42   ] [00042] [+42] [ 42] [007] [     007]
  printf("[%#x] [%#o] [%.2s] [%10s] [%-10s] [%*d] [%.*s]\n", 255, 8, "abcdef", "right", "left", 6,
         9, 3, "abcdef");
  // CHECK-NEXT:[0xff] [010] [ab] [     right] [left      ] [     9] [abc]
  printf("[%ld] [%lld] [%llu] [%zu] [%zd] [%lx] [%hhd] [%hd]\n", -1234567890123L,
         -9223372036854775807LL - 1, 18446744073709551615ULL, (size_t)12345, (ptrdiff_t)-5,
         0xdeadbeefcafeUL, 300, 70000);
  // CHECK-NEXT:[-1234567890123] [-9223372036854775808] [18446744073709551615] [12345] [-5] [deadbeefcafe] [44] [4464]
  printf("[%p] [%p]\n", (void *)0x1234, (void *)0);
  // CHECK-NEXT:[0x1234] [(nil)]
  printf("[%s]\n", (char *)NULL);
  // CHECK-NEXT:[(null)]
  int n = printf("twelve chars");
  printf("|%d\n", n);
  // CHECK-NEXT:twelve chars|12
  char buf[8];
  int full = snprintf(buf, sizeof(buf), "%s", "truncated text");
  printf("[%s] %d\n", buf, full);
  // CHECK-NEXT:[truncat] 14
  errno = ENOENT;
  printf("[%m]\n");
  // CHECK-NEXT:[No such file or directory]
  return 0;
}
