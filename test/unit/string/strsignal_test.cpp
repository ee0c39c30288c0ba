#include <string.h>

#include "gpulibc_test.h"

namespace {
// glibc 2.36's strsignal for 0 to 65 on Linux (SIGRTMIN is 34).
const char *const kGlibcMessages[] = {
    "Unknown signal 0",
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Floating point exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child exited",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
    "Unknown signal 32",
    "Unknown signal 33",
    "Real-time signal 0",
    "Real-time signal 1",
    "Real-time signal 2",
    "Real-time signal 3",
    "Real-time signal 4",
    "Real-time signal 5",
    "Real-time signal 6",
    "Real-time signal 7",
    "Real-time signal 8",
    "Real-time signal 9",
    "Real-time signal 10",
    "Real-time signal 11",
    "Real-time signal 12",
    "Real-time signal 13",
    "Real-time signal 14",
    "Real-time signal 15",
    "Real-time signal 16",
    "Real-time signal 17",
    "Real-time signal 18",
    "Real-time signal 19",
    "Real-time signal 20",
    "Real-time signal 21",
    "Real-time signal 22",
    "Real-time signal 23",
    "Real-time signal 24",
    "Real-time signal 25",
    "Real-time signal 26",
    "Real-time signal 27",
    "Real-time signal 28",
    "Real-time signal 29",
    "Real-time signal 30",
    "Unknown signal 65",
};
constexpr int kCount = sizeof(kGlibcMessages) / sizeof(kGlibcMessages[0]);
} // namespace

TEST(Strsignal, EverySignalMatchesGlibc) {
  for (int s = 0; s < kCount; ++s)
    EXPECT_STREQ(strsignal(s), kGlibcMessages[s]);
}

TEST(Strsignal, UnknownNumbers) {
  EXPECT_STREQ(strsignal(-1), "Unknown signal -1");
  EXPECT_STREQ(strsignal(1000), "Unknown signal 1000");
  EXPECT_STREQ(strsignal(-2147483647 - 1), "Unknown signal -2147483648");
}

TEST(Strsignal, StringsStayValid) {
  const char *first = strsignal(200);
  const char *second = strsignal(201);
  EXPECT_STREQ(first, "Unknown signal 200");
  EXPECT_STREQ(second, "Unknown signal 201");
}
