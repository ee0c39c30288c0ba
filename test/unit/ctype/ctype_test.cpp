#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "gpulibc_test.h"

// Each class spelled out as the C standard's "C" locale defines it, so the
// tests do not share the implementation's range arithmetic.
static const char kUpper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char kLower[] = "abcdefghijklmnopqrstuvwxyz";
static const char kDigits[] = "0123456789";
static const char kXdigits[] = "0123456789abcdefABCDEF";
static const char kPunct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
static const char kSpace[] = " \t\n\v\f\r";
static const char kBlank[] = " \t";

static bool in(const char *set, int c) {
  return c > 0 && c < 128 && memchr(set, c, strlen(set)) != nullptr;
}

// EOF and every unsigned char value: the whole domain C allows.
#define FOR_EACH_ARGUMENT(c) for (int c = EOF; c <= 255; ++c)

TEST(Ctype, AlphaUpperLowerDigit) {
  FOR_EACH_ARGUMENT(c) {
    EXPECT_EQ(isupper(c) != 0, in(kUpper, c));
    EXPECT_EQ(islower(c) != 0, in(kLower, c));
    EXPECT_EQ(isalpha(c) != 0, in(kUpper, c) || in(kLower, c));
    EXPECT_EQ(isdigit(c) != 0, in(kDigits, c));
    EXPECT_EQ(isalnum(c) != 0, in(kUpper, c) || in(kLower, c) || in(kDigits, c));
    EXPECT_EQ(isxdigit(c) != 0, in(kXdigits, c));
  }
}

TEST(Ctype, SpaceBlankPunct) {
  FOR_EACH_ARGUMENT(c) {
    EXPECT_EQ(isspace(c) != 0, in(kSpace, c));
    EXPECT_EQ(isblank(c) != 0, in(kBlank, c));
    EXPECT_EQ(ispunct(c) != 0, in(kPunct, c));
  }
}

TEST(Ctype, ControlPrintGraph) {
  FOR_EACH_ARGUMENT(c) {
    const bool control = (c >= 0 && c < 32) || c == 127;
    const bool print = c >= 32 && c < 127;
    EXPECT_EQ(iscntrl(c) != 0, control);
    EXPECT_EQ(isprint(c) != 0, print);
    EXPECT_EQ(isgraph(c) != 0, print && c != ' ');
  }
}

TEST(Ctype, EveryPrintableIsExactlyOneOfSpaceAlnumPunct) {
  for (int c = 32; c < 127; ++c)
    EXPECT_EQ((c == ' ') + (isalnum(c) != 0) + (ispunct(c) != 0), 1);
}

TEST(Ctype, HighBytesAndEofHaveNoClass) {
  // Latin-1 letters such as 0xe9 are not letters in the "C" locale.
  for (int c = 128; c <= 255; ++c) {
    EXPECT_FALSE(isalpha(c) || isdigit(c) || isspace(c) || ispunct(c) || iscntrl(c) || isprint(c) ||
                 isgraph(c) || isxdigit(c) || isblank(c));
  }
  EXPECT_FALSE(isalpha(EOF) || isspace(EOF) || iscntrl(EOF) || isprint(EOF));
}

TEST(Ctype, CaseMapping) {
  FOR_EACH_ARGUMENT(c) {
    if (in(kUpper, c)) {
      EXPECT_EQ(tolower(c), kLower[c - 'A']);
      EXPECT_EQ(toupper(c), c);
    } else if (in(kLower, c)) {
      EXPECT_EQ(toupper(c), kUpper[c - 'a']);
      EXPECT_EQ(tolower(c), c);
    } else {
      EXPECT_EQ(tolower(c), c);
      EXPECT_EQ(toupper(c), c);
    }
  }
  EXPECT_EQ(toupper(EOF), EOF);
  EXPECT_EQ(tolower(0xc9), 0xc9);
}

TEST(Ctype, PlainCharMustBeConvertedToUnsignedChar) {
  // The idiom C requires for plain char, which may be negative.
  const char text[] = "a\xe9Z";
  EXPECT_TRUE(isalpha(static_cast<unsigned char>(text[0])));
  EXPECT_FALSE(isalpha(static_cast<unsigned char>(text[1])));
  EXPECT_EQ(toupper(static_cast<unsigned char>(text[1])), 0xe9);
  EXPECT_EQ(tolower(static_cast<unsigned char>(text[2])), 'z');
}

TEST(Ctype, AsciiHelpers) {
  for (int c = -300; c <= 300; ++c) {
    EXPECT_EQ(isascii(c) != 0, c >= 0 && c < 128);
    EXPECT_EQ(toascii(c), c & 0x7f);
  }
}
