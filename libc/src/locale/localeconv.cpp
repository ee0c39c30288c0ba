#include <limits.h>
#include <locale.h>

#include "src/__support/common.h"

// The "C" locale's values (C17 7.11.1.1). Callers must not modify them, but
// the fields are not const, so they live in writable storage.
static char point[] = ".";
static char empty[] = "";
static struct lconv c_conventions = {
    point, empty, empty, empty, empty, empty, empty, empty, empty, empty,
    CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
    CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX};

LIBC_ENTRY(struct lconv *, localeconv, (void)) { return &c_conventions; }
