#include <strings.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

TEST(Index, FirstOccurrence) {
  const char text[] = "banana";
  EXPECT_EQ(index(text, 'a'), text + 1);
  EXPECT_EQ(index(text, 'z'), kNull);
  EXPECT_EQ(index(text, '\0'), text + 6);
}

TEST(Rindex, LastOccurrence) {
  const char text[] = "banana";
  EXPECT_EQ(rindex(text, 'a'), text + 5);
  EXPECT_EQ(rindex(text, 'b'), text);
  EXPECT_EQ(rindex(text, 'z'), kNull);
  EXPECT_EQ(rindex(text, '\0'), text + 6);
}
