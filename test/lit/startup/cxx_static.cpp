// C++ objects with static storage are constructed before main and destroyed
// after it, in reverse order, through __cxa_atexit.
// RUN: %cxx %s -o %t
// RUN: %gpurun --threads 64 %t | FileCheck %s
#include <stdio.h>

struct Noisy {
  const char *name;
  explicit Noisy(const char *n) : name(n) { fputs("construct ", stdout), puts(name); }
  ~Noisy() { fputs("destroy ", stdout), puts(name); }
};

Noisy a("a");
Noisy b("b");

int main() {
  static Noisy local("local");
  return 0;
}
// CHECK: construct a
// CHECK-NEXT: construct b
// CHECK-NEXT: construct local
// CHECK-NEXT: destroy local
// CHECK-NEXT: destroy b
// CHECK-NEXT: destroy a
// CHECK-NOT: {{.}}
