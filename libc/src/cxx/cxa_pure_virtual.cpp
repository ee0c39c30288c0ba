#include <stdio.h>
#include <stdlib.h>

extern "C" void __cxa_pure_virtual() {
  fputs("pure virtual method called\n", stderr);
  abort();
}
