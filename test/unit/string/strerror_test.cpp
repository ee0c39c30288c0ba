#include <errno.h>
#include <string.h>

#include <gpuintrin.h>

#include "gpulibc_test.h"

namespace {
// glibc 2.36's strerror for 0 to 133 on Linux, as a host program prints it.
const char *const kGlibcMessages[] = {
    "Success",
    "Operation not permitted",
    "No such file or directory",
    "No such process",
    "Interrupted system call",
    "Input/output error",
    "No such device or address",
    "Argument list too long",
    "Exec format error",
    "Bad file descriptor",
    "No child processes",
    "Resource temporarily unavailable",
    "Cannot allocate memory",
    "Permission denied",
    "Bad address",
    "Block device required",
    "Device or resource busy",
    "File exists",
    "Invalid cross-device link",
    "No such device",
    "Not a directory",
    "Is a directory",
    "Invalid argument",
    "Too many open files in system",
    "Too many open files",
    "Inappropriate ioctl for device",
    "Text file busy",
    "File too large",
    "No space left on device",
    "Illegal seek",
    "Read-only file system",
    "Too many links",
    "Broken pipe",
    "Numerical argument out of domain",
    "Numerical result out of range",
    "Resource deadlock avoided",
    "File name too long",
    "No locks available",
    "Function not implemented",
    "Directory not empty",
    "Too many levels of symbolic links",
    "Unknown error 41",
    "No message of desired type",
    "Identifier removed",
    "Channel number out of range",
    "Level 2 not synchronized",
    "Level 3 halted",
    "Level 3 reset",
    "Link number out of range",
    "Protocol driver not attached",
    "No CSI structure available",
    "Level 2 halted",
    "Invalid exchange",
    "Invalid request descriptor",
    "Exchange full",
    "No anode",
    "Invalid request code",
    "Invalid slot",
    "Unknown error 58",
    "Bad font file format",
    "Device not a stream",
    "No data available",
    "Timer expired",
    "Out of streams resources",
    "Machine is not on the network",
    "Package not installed",
    "Object is remote",
    "Link has been severed",
    "Advertise error",
    "Srmount error",
    "Communication error on send",
    "Protocol error",
    "Multihop attempted",
    "RFS specific error",
    "Bad message",
    "Value too large for defined data type",
    "Name not unique on network",
    "File descriptor in bad state",
    "Remote address changed",
    "Can not access a needed shared library",
    "Accessing a corrupted shared library",
    ".lib section in a.out corrupted",
    "Attempting to link in too many shared libraries",
    "Cannot exec a shared library directly",
    "Invalid or incomplete multibyte or wide character",
    "Interrupted system call should be restarted",
    "Streams pipe error",
    "Too many users",
    "Socket operation on non-socket",
    "Destination address required",
    "Message too long",
    "Protocol wrong type for socket",
    "Protocol not available",
    "Protocol not supported",
    "Socket type not supported",
    "Operation not supported",
    "Protocol family not supported",
    "Address family not supported by protocol",
    "Address already in use",
    "Cannot assign requested address",
    "Network is down",
    "Network is unreachable",
    "Network dropped connection on reset",
    "Software caused connection abort",
    "Connection reset by peer",
    "No buffer space available",
    "Transport endpoint is already connected",
    "Transport endpoint is not connected",
    "Cannot send after transport endpoint shutdown",
    "Too many references: cannot splice",
    "Connection timed out",
    "Connection refused",
    "Host is down",
    "No route to host",
    "Operation already in progress",
    "Operation now in progress",
    "Stale file handle",
    "Structure needs cleaning",
    "Not a XENIX named type file",
    "No XENIX semaphores available",
    "Is a named type file",
    "Remote I/O error",
    "Disk quota exceeded",
    "No medium found",
    "Wrong medium type",
    "Operation canceled",
    "Required key not available",
    "Key has expired",
    "Key has been revoked",
    "Key was rejected by service",
    "Owner died",
    "State not recoverable",
    "Operation not possible due to RF-kill",
    "Memory page has hardware error",
};
constexpr int kCount = sizeof(kGlibcMessages) / sizeof(kGlibcMessages[0]);
} // namespace

TEST(Strerror, EveryErrnoValueMatchesGlibc) {
  for (int e = 0; e < kCount; ++e)
    EXPECT_STREQ(strerror(e), kGlibcMessages[e]);
}

TEST(Strerror, NamedValues) {
  EXPECT_STREQ(strerror(0), "Success");
  EXPECT_STREQ(strerror(EPERM), "Operation not permitted");
  EXPECT_STREQ(strerror(ENOMEM), "Cannot allocate memory");
  EXPECT_STREQ(strerror(EINVAL), "Invalid argument");
  EXPECT_STREQ(strerror(ERANGE), "Numerical result out of range");
  EXPECT_STREQ(strerror(EILSEQ), "Invalid or incomplete multibyte or wide character");
  EXPECT_STREQ(strerror(ENOTSUP), "Operation not supported");
  EXPECT_STREQ(strerror(ECANCELED), "Operation canceled");
}

TEST(Strerror, UnknownNumbers) {
  EXPECT_STREQ(strerror(134), "Unknown error 134");
  EXPECT_STREQ(strerror(-1), "Unknown error -1");
  EXPECT_STREQ(strerror(1000000), "Unknown error 1000000");
  EXPECT_STREQ(strerror(-2147483647 - 1), "Unknown error -2147483648");
  EXPECT_STREQ(strerror(2147483647), "Unknown error 2147483647");
}

TEST(Strerror, LeavesErrnoAlone) {
  errno = 0;
  strerror(EIO);
  strerror(777);
  EXPECT_EQ(errno, 0);
}

TEST(Strerror, UnknownMessagesStayValidAcrossCallsAndThreads) {
  // Every thread formats numbers of its own and numbers all threads share;
  // no call may change a string an earlier call returned.
  int mine = 5000 + static_cast<int>(__gpu_block_id_x() * __gpu_num_threads_x() +
                                     __gpu_thread_id_x());
  const char *own = strerror(mine);
  const char *shared = strerror(-77);
  char expected[32];
  snprintf(expected, sizeof(expected), "Unknown error %d", mine);
  for (int i = 0; i < 50; ++i) {
    strerror(-1000 - i);
    strerror(mine);
  }
  EXPECT_STREQ(own, expected);
  EXPECT_STREQ(shared, "Unknown error -77");
}

TEST(StrerrorR, CopiesTheMessage) {
  char buffer[64];
  errno = 0;
  EXPECT_EQ(strerror_r(EACCES, buffer, sizeof(buffer)), 0);
  EXPECT_STREQ(buffer, "Permission denied");
  EXPECT_EQ(strerror_r(0, buffer, sizeof(buffer)), 0);
  EXPECT_STREQ(buffer, "Success");
  EXPECT_EQ(errno, 0);
}

TEST(StrerrorR, MatchesStrerrorForEveryValue) {
  char buffer[64];
  for (int e = -2; e < kCount + 2; ++e) {
    int result = strerror_r(e, buffer, sizeof(buffer));
    EXPECT_STREQ(buffer, strerror(e));
    bool known = e >= 0 && e < kCount && strncmp(kGlibcMessages[e], "Unknown", 7) != 0;
    EXPECT_EQ(result, known ? 0 : EINVAL);
  }
}

TEST(StrerrorR, TruncatesWithErange) {
  char buffer[24];
  memset(buffer, '#', sizeof(buffer));
  // "Operation not permitted" is 23 bytes: it needs 24 with the terminator.
  EXPECT_EQ(strerror_r(EPERM, buffer, 23), ERANGE);
  EXPECT_STREQ(buffer, "Operation not permitte");
  EXPECT_EQ(buffer[23], '#');
  EXPECT_EQ(strerror_r(EPERM, buffer, 24), 0);
  EXPECT_STREQ(buffer, "Operation not permitted");
  EXPECT_EQ(strerror_r(EPERM, buffer, 1), ERANGE);
  EXPECT_STREQ(buffer, "");
  buffer[0] = '#';
  errno = 0;
  EXPECT_EQ(strerror_r(EPERM, buffer, 0), ERANGE);
  EXPECT_EQ(buffer[0], '#');
  EXPECT_EQ(errno, 0);
}

TEST(StrerrorR, UnknownNumberIsEinvalButStillDescribed) {
  char buffer[32];
  errno = 0;
  EXPECT_EQ(strerror_r(9999, buffer, sizeof(buffer)), EINVAL);
  EXPECT_STREQ(buffer, "Unknown error 9999");
  EXPECT_EQ(strerror_r(-5, buffer, 8), EINVAL);
  EXPECT_STREQ(buffer, "Unknown");
  EXPECT_EQ(errno, 0);
}
