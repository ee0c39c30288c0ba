#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

#include "src/__support/common.h"

// The message matches glibc's so that users' expectations and tools carry
// over; it is one fprintf, hence one message, so concurrent failures do not
// interleave.
LIBC_ENTRY(void, __assert_fail, (const char *expression, const char *file, unsigned line,
                                 const char *function)) {
  fprintf(stderr, "%s:%u: %s: Assertion `%s' failed.\n", file, line, function, expression);
  abort();
}
