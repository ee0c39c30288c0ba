#include <string.h>

#include "gpulibc_test.h"

// A typed null, so that failures can print the pointer compared with it.
static const void *const kNull = nullptr;

// strtok's position is one for the whole program, as in C: only one thread
// may use it.
TEST_ONE_THREAD(Strtok, SplitsOnAnyDelimiter) {
  char text[] = ",,alpha, beta;;gamma,";
  EXPECT_STREQ(strtok(text, ",; "), "alpha");
  EXPECT_STREQ(strtok(nullptr, ",; "), "beta");
  EXPECT_STREQ(strtok(nullptr, ";"), "gamma,");
  EXPECT_EQ(strtok(nullptr, ","), kNull);
  EXPECT_EQ(strtok(nullptr, ","), kNull);
}

TEST_ONE_THREAD(Strtok, OnlyDelimitersOrEmpty) {
  char delimiters_only[] = ";;;";
  EXPECT_EQ(strtok(delimiters_only, ";"), kNull);
  EXPECT_EQ(strtok(nullptr, ";"), kNull);
  char empty[] = "";
  EXPECT_EQ(strtok(empty, ";"), kNull);
  char no_delimiters[] = "word";
  EXPECT_STREQ(strtok(no_delimiters, ""), "word");
  EXPECT_EQ(strtok(nullptr, ""), kNull);
}

TEST(StrtokR, EachCallerKeepsItsOwnPosition) {
  char first[] = "a b c";
  char second[] = "1:2";
  char *p1 = nullptr, *p2 = nullptr;
  EXPECT_STREQ(strtok_r(first, " ", &p1), "a");
  EXPECT_STREQ(strtok_r(second, ":", &p2), "1");
  EXPECT_STREQ(strtok_r(nullptr, " ", &p1), "b");
  EXPECT_STREQ(strtok_r(nullptr, ":", &p2), "2");
  EXPECT_STREQ(strtok_r(nullptr, " ", &p1), "c");
  EXPECT_EQ(strtok_r(nullptr, ":", &p2), kNull);
  EXPECT_EQ(strtok_r(nullptr, " ", &p1), kNull);
  // The delimiters written over are gone from the original.
  EXPECT_EQ(first[1], '\0');
}

TEST(StrtokR, NullPositionWithoutStringEndsAtOnce) {
  char *position = nullptr;
  EXPECT_EQ(strtok_r(nullptr, " ", &position), kNull);
}

TEST(Strsep, KeepsEmptyFields) {
  char text[] = "a,,b;c";
  char *cursor = text;
  EXPECT_STREQ(strsep(&cursor, ",;"), "a");
  EXPECT_STREQ(strsep(&cursor, ",;"), "");
  EXPECT_STREQ(strsep(&cursor, ",;"), "b");
  EXPECT_EQ(cursor, text + 5);
  EXPECT_STREQ(strsep(&cursor, ",;"), "c");
  EXPECT_EQ(cursor, kNull);
  EXPECT_EQ(strsep(&cursor, ",;"), kNull);
}

TEST(Strsep, EmptyStringIsOneEmptyField) {
  char text[] = "";
  char *cursor = text;
  EXPECT_EQ(strsep(&cursor, ","), text);
  EXPECT_EQ(cursor, kNull);
}
