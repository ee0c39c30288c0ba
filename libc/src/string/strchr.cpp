#include <string.h>

#include "src/__support/common.h"

LIBC_ENTRY(char *, strchr, (const char *s, int c)) {
  const char ch = static_cast<char>(c);
  for (;; ++s) {
    if (*s == ch)
      return const_cast<char *>(s);
    if (!*s)
      return nullptr;
  }
}
