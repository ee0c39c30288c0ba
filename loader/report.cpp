#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "backend.h"

namespace gpurun {

void report(const char *format, ...) {
  // One buffer, one write: diagnostics from several threads stay whole.
  char text[2048];
  int used = snprintf(text, sizeof(text), "gpurun: ");
  va_list args;
  va_start(args, format);
  vsnprintf(text + used, sizeof(text) - used - 1, format, args);
  va_end(args);
  size_t n = strlen(text);
  text[n] = '\n';
  fflush(stdout);
  fwrite(text, 1, n + 1, stderr);
}

} // namespace gpurun
