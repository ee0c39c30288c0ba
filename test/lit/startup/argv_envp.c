// argv (argv[0] is the image path) and the environment reach main.
// RUN: %cc %s -o %t
// RUN: %gpurun %t first "second arg" | FileCheck %s -DIMAGE=%t
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv, char **envp) {
  fputs(argc == 3 ? "argc 3\n" : "wrong argc\n", stdout);
  for (int i = 0; i < argc; ++i)
    puts(argv[i]);
  puts(argv[argc] == NULL ? "argv ends with NULL" : "argv not terminated");
  int found = 0;
  for (char **e = envp; *e; ++e)
    found |= strcmp(*e, "GPULIBC_TEST_MARKER=present") == 0;
  puts(found ? "envp has the marker" : "envp lacks the marker");
  const char *v = getenv("GPULIBC_TEST_MARKER");
  puts(v && strcmp(v, "present") == 0 ? "getenv works" : "getenv failed");
  puts(getenv("GPULIBC_TEST_MARKE") == NULL ? "prefix is not a match" : "prefix matched");
  puts(getenv("NO_SUCH_VARIABLE_XYZ") == NULL ? "missing is NULL" : "missing found");
  return 0;
}
// CHECK: argc 3
// CHECK-NEXT: [[IMAGE]]
// CHECK-NEXT: first
// CHECK-NEXT: second arg
// CHECK-NEXT: argv ends with NULL
// CHECK-NEXT: envp has the marker
// CHECK-NEXT: getenv works
// CHECK-NEXT: prefix is not a match
// CHECK-NEXT: missing is NULL
