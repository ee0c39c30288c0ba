//===-- Messages for errno values and signals: strerror, strsignal ---------===//
//
// The texts are glibc's (Linux numbering), so messages read the same as the
// host's. A table is one block of text plus a 16-bit offset per number, built
// at compile time: no pointers to relocate and 2 bytes per number.
//
// Numbers without a message get "Unknown error N" / "Unknown signal N". Those
// strings are formatted once and interned (see intern_numbered_message): a
// per-thread buffer, which glibc uses, would need thread-local storage that
// GPUs do not have, and one static buffer would be shared by every lane.
//
//===----------------------------------------------------------------------===//
#ifndef GPULIBC_SUPPORT_ERROR_MESSAGES_H
#define GPULIBC_SUPPORT_ERROR_MESSAGES_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

namespace gpulibc::internal {

struct NumberedMessage {
  int number;
  const char *text;
};

template <size_t Count, size_t TextSize> struct MessageTable {
  static constexpr uint16_t kAbsent = 0xffff;
  uint16_t offsets[Count];
  char text[TextSize];

  const char *find(int number) const {
    if (number < 0 || static_cast<size_t>(number) >= Count || offsets[number] == kAbsent)
      return nullptr;
    return text + offsets[number];
  }
};

template <size_t N> constexpr size_t table_count(const NumberedMessage (&list)[N]) {
  int largest = 0;
  for (const NumberedMessage &m : list)
    largest = m.number > largest ? m.number : largest;
  return static_cast<size_t>(largest) + 1;
}

template <size_t N> constexpr size_t table_text_size(const NumberedMessage (&list)[N]) {
  size_t size = 0;
  for (const NumberedMessage &m : list)
    for (const char *c = m.text;; ++c) {
      ++size;
      if (!*c)
        break;
    }
  return size;
}

template <size_t Count, size_t TextSize, size_t N>
constexpr MessageTable<Count, TextSize> make_table(const NumberedMessage (&list)[N]) {
  MessageTable<Count, TextSize> table{};
  for (size_t i = 0; i < Count; ++i)
    table.offsets[i] = table.kAbsent;
  size_t used = 0;
  for (const NumberedMessage &m : list) {
    table.offsets[m.number] = static_cast<uint16_t>(used);
    for (const char *c = m.text;; ++c) {
      table.text[used++] = *c;
      if (!*c)
        break;
    }
  }
  return table;
}

// glibc 2.36's strerror texts, by Linux errno value. 41 and 58 have none.
constexpr NumberedMessage kErrnoList[] = {
    {0, "Success"},
    {1, "Operation not permitted"},                                   // EPERM
    {2, "No such file or directory"},                                 // ENOENT
    {3, "No such process"},                                           // ESRCH
    {4, "Interrupted system call"},                                   // EINTR
    {5, "Input/output error"},                                        // EIO
    {6, "No such device or address"},                                 // ENXIO
    {7, "Argument list too long"},                                    // E2BIG
    {8, "Exec format error"},                                         // ENOEXEC
    {9, "Bad file descriptor"},                                       // EBADF
    {10, "No child processes"},                                       // ECHILD
    {11, "Resource temporarily unavailable"},                         // EAGAIN
    {12, "Cannot allocate memory"},                                   // ENOMEM
    {13, "Permission denied"},                                        // EACCES
    {14, "Bad address"},                                              // EFAULT
    {15, "Block device required"},                                    // ENOTBLK
    {16, "Device or resource busy"},                                  // EBUSY
    {17, "File exists"},                                              // EEXIST
    {18, "Invalid cross-device link"},                                // EXDEV
    {19, "No such device"},                                           // ENODEV
    {20, "Not a directory"},                                          // ENOTDIR
    {21, "Is a directory"},                                           // EISDIR
    {22, "Invalid argument"},                                         // EINVAL
    {23, "Too many open files in system"},                            // ENFILE
    {24, "Too many open files"},                                      // EMFILE
    {25, "Inappropriate ioctl for device"},                           // ENOTTY
    {26, "Text file busy"},                                           // ETXTBSY
    {27, "File too large"},                                           // EFBIG
    {28, "No space left on device"},                                  // ENOSPC
    {29, "Illegal seek"},                                             // ESPIPE
    {30, "Read-only file system"},                                    // EROFS
    {31, "Too many links"},                                           // EMLINK
    {32, "Broken pipe"},                                              // EPIPE
    {33, "Numerical argument out of domain"},                         // EDOM
    {34, "Numerical result out of range"},                            // ERANGE
    {35, "Resource deadlock avoided"},                                // EDEADLK
    {36, "File name too long"},                                       // ENAMETOOLONG
    {37, "No locks available"},                                       // ENOLCK
    {38, "Function not implemented"},                                 // ENOSYS
    {39, "Directory not empty"},                                      // ENOTEMPTY
    {40, "Too many levels of symbolic links"},                        // ELOOP
    {42, "No message of desired type"},                               // ENOMSG
    {43, "Identifier removed"},                                       // EIDRM
    {44, "Channel number out of range"},                              // ECHRNG
    {45, "Level 2 not synchronized"},                                 // EL2NSYNC
    {46, "Level 3 halted"},                                           // EL3HLT
    {47, "Level 3 reset"},                                            // EL3RST
    {48, "Link number out of range"},                                 // ELNRNG
    {49, "Protocol driver not attached"},                             // EUNATCH
    {50, "No CSI structure available"},                               // ENOCSI
    {51, "Level 2 halted"},                                           // EL2HLT
    {52, "Invalid exchange"},                                         // EBADE
    {53, "Invalid request descriptor"},                               // EBADR
    {54, "Exchange full"},                                            // EXFULL
    {55, "No anode"},                                                 // ENOANO
    {56, "Invalid request code"},                                     // EBADRQC
    {57, "Invalid slot"},                                             // EBADSLT
    {59, "Bad font file format"},                                     // EBFONT
    {60, "Device not a stream"},                                      // ENOSTR
    {61, "No data available"},                                        // ENODATA
    {62, "Timer expired"},                                            // ETIME
    {63, "Out of streams resources"},                                 // ENOSR
    {64, "Machine is not on the network"},                            // ENONET
    {65, "Package not installed"},                                    // ENOPKG
    {66, "Object is remote"},                                         // EREMOTE
    {67, "Link has been severed"},                                    // ENOLINK
    {68, "Advertise error"},                                          // EADV
    {69, "Srmount error"},                                            // ESRMNT
    {70, "Communication error on send"},                              // ECOMM
    {71, "Protocol error"},                                           // EPROTO
    {72, "Multihop attempted"},                                       // EMULTIHOP
    {73, "RFS specific error"},                                       // EDOTDOT
    {74, "Bad message"},                                              // EBADMSG
    {75, "Value too large for defined data type"},                    // EOVERFLOW
    {76, "Name not unique on network"},                               // ENOTUNIQ
    {77, "File descriptor in bad state"},                             // EBADFD
    {78, "Remote address changed"},                                   // EREMCHG
    {79, "Can not access a needed shared library"},                   // ELIBACC
    {80, "Accessing a corrupted shared library"},                     // ELIBBAD
    {81, ".lib section in a.out corrupted"},                          // ELIBSCN
    {82, "Attempting to link in too many shared libraries"},          // ELIBMAX
    {83, "Cannot exec a shared library directly"},                    // ELIBEXEC
    {84, "Invalid or incomplete multibyte or wide character"},        // EILSEQ
    {85, "Interrupted system call should be restarted"},              // ERESTART
    {86, "Streams pipe error"},                                       // ESTRPIPE
    {87, "Too many users"},                                           // EUSERS
    {88, "Socket operation on non-socket"},                           // ENOTSOCK
    {89, "Destination address required"},                             // EDESTADDRREQ
    {90, "Message too long"},                                         // EMSGSIZE
    {91, "Protocol wrong type for socket"},                           // EPROTOTYPE
    {92, "Protocol not available"},                                   // ENOPROTOOPT
    {93, "Protocol not supported"},                                   // EPROTONOSUPPORT
    {94, "Socket type not supported"},                                // ESOCKTNOSUPPORT
    {95, "Operation not supported"},                                  // EOPNOTSUPP
    {96, "Protocol family not supported"},                            // EPFNOSUPPORT
    {97, "Address family not supported by protocol"},                 // EAFNOSUPPORT
    {98, "Address already in use"},                                   // EADDRINUSE
    {99, "Cannot assign requested address"},                          // EADDRNOTAVAIL
    {100, "Network is down"},                                         // ENETDOWN
    {101, "Network is unreachable"},                                  // ENETUNREACH
    {102, "Network dropped connection on reset"},                     // ENETRESET
    {103, "Software caused connection abort"},                        // ECONNABORTED
    {104, "Connection reset by peer"},                                // ECONNRESET
    {105, "No buffer space available"},                               // ENOBUFS
    {106, "Transport endpoint is already connected"},                 // EISCONN
    {107, "Transport endpoint is not connected"},                     // ENOTCONN
    {108, "Cannot send after transport endpoint shutdown"},           // ESHUTDOWN
    {109, "Too many references: cannot splice"},                      // ETOOMANYREFS
    {110, "Connection timed out"},                                    // ETIMEDOUT
    {111, "Connection refused"},                                      // ECONNREFUSED
    {112, "Host is down"},                                            // EHOSTDOWN
    {113, "No route to host"},                                        // EHOSTUNREACH
    {114, "Operation already in progress"},                           // EALREADY
    {115, "Operation now in progress"},                               // EINPROGRESS
    {116, "Stale file handle"},                                       // ESTALE
    {117, "Structure needs cleaning"},                                // EUCLEAN
    {118, "Not a XENIX named type file"},                             // ENOTNAM
    {119, "No XENIX semaphores available"},                           // ENAVAIL
    {120, "Is a named type file"},                                    // EISNAM
    {121, "Remote I/O error"},                                        // EREMOTEIO
    {122, "Disk quota exceeded"},                                     // EDQUOT
    {123, "No medium found"},                                         // ENOMEDIUM
    {124, "Wrong medium type"},                                       // EMEDIUMTYPE
    {125, "Operation canceled"},                                      // ECANCELED
    {126, "Required key not available"},                              // ENOKEY
    {127, "Key has expired"},                                         // EKEYEXPIRED
    {128, "Key has been revoked"},                                    // EKEYREVOKED
    {129, "Key was rejected by service"},                             // EKEYREJECTED
    {130, "Owner died"},                                              // EOWNERDEAD
    {131, "State not recoverable"},                                   // ENOTRECOVERABLE
    {132, "Operation not possible due to RF-kill"},                   // ERFKILL
    {133, "Memory page has hardware error"},                          // EHWPOISON
};

// glibc's strsignal texts. 32 and 33 are reserved by the threads library and
// have none; 34 to 64 are SIGRTMIN to SIGRTMAX.
constexpr NumberedMessage kSignalList[] = {
    {1, "Hangup"},                                // SIGHUP
    {2, "Interrupt"},                             // SIGINT
    {3, "Quit"},                                  // SIGQUIT
    {4, "Illegal instruction"},                   // SIGILL
    {5, "Trace/breakpoint trap"},                 // SIGTRAP
    {6, "Aborted"},                               // SIGABRT
    {7, "Bus error"},                             // SIGBUS
    {8, "Floating point exception"},              // SIGFPE
    {9, "Killed"},                                // SIGKILL
    {10, "User defined signal 1"},                // SIGUSR1
    {11, "Segmentation fault"},                   // SIGSEGV
    {12, "User defined signal 2"},                // SIGUSR2
    {13, "Broken pipe"},                          // SIGPIPE
    {14, "Alarm clock"},                          // SIGALRM
    {15, "Terminated"},                           // SIGTERM
    {16, "Stack fault"},                          // SIGSTKFLT
    {17, "Child exited"},                         // SIGCHLD
    {18, "Continued"},                            // SIGCONT
    {19, "Stopped (signal)"},                     // SIGSTOP
    {20, "Stopped"},                              // SIGTSTP
    {21, "Stopped (tty input)"},                  // SIGTTIN
    {22, "Stopped (tty output)"},                 // SIGTTOU
    {23, "Urgent I/O condition"},                 // SIGURG
    {24, "CPU time limit exceeded"},              // SIGXCPU
    {25, "File size limit exceeded"},             // SIGXFSZ
    {26, "Virtual timer expired"},                // SIGVTALRM
    {27, "Profiling timer expired"},              // SIGPROF
    {28, "Window changed"},                       // SIGWINCH
    {29, "I/O possible"},                         // SIGIO
    {30, "Power failure"},                        // SIGPWR
    {31, "Bad system call"},                      // SIGSYS
    {34, "Real-time signal 0"},
    {35, "Real-time signal 1"},
    {36, "Real-time signal 2"},
    {37, "Real-time signal 3"},
    {38, "Real-time signal 4"},
    {39, "Real-time signal 5"},
    {40, "Real-time signal 6"},
    {41, "Real-time signal 7"},
    {42, "Real-time signal 8"},
    {43, "Real-time signal 9"},
    {44, "Real-time signal 10"},
    {45, "Real-time signal 11"},
    {46, "Real-time signal 12"},
    {47, "Real-time signal 13"},
    {48, "Real-time signal 14"},
    {49, "Real-time signal 15"},
    {50, "Real-time signal 16"},
    {51, "Real-time signal 17"},
    {52, "Real-time signal 18"},
    {53, "Real-time signal 19"},
    {54, "Real-time signal 20"},
    {55, "Real-time signal 21"},
    {56, "Real-time signal 22"},
    {57, "Real-time signal 23"},
    {58, "Real-time signal 24"},
    {59, "Real-time signal 25"},
    {60, "Real-time signal 26"},
    {61, "Real-time signal 27"},
    {62, "Real-time signal 28"},
    {63, "Real-time signal 29"},
    {64, "Real-time signal 30"},
};

inline constexpr auto kErrnoMessages =
    make_table<table_count(kErrnoList), table_text_size(kErrnoList)>(kErrnoList);
inline constexpr auto kSignalMessages =
    make_table<table_count(kSignalList), table_text_size(kSignalList)>(kSignalList);

// Longest formatted message, "Unknown signal -2147483648", with terminator.
constexpr size_t kNumberedMessageSize = 28;

// Writes prefix and then number in decimal; returns the length. `out` holds
// kNumberedMessageSize bytes; the prefix is at most 15 bytes long.
inline size_t format_numbered_message(char *out, const char *prefix, int number) {
  size_t n = 0;
  for (; *prefix; ++prefix)
    out[n++] = *prefix;
  unsigned magnitude = static_cast<unsigned>(number);
  if (number < 0) {
    out[n++] = '-';
    magnitude = 0u - magnitude;
  }
  char digits[10];
  size_t count = 0;
  do {
    digits[count++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude);
  while (count)
    out[n++] = digits[--count];
  out[n] = '\0';
  return n;
}

struct InternedMessage {
  int number;
  char text[kNumberedMessageSize];
};

constexpr size_t kInternedSlots = 128;
using InternedMessages = InternedMessage *[kInternedSlots];

// Returns prefix + number as a string that never changes or goes away, so
// every thread may keep and read it. Each distinct number is formatted into
// heap memory once and published in `slots`, a hash table that only grows: a
// slot is claimed by compare-and-swap and never changes again, and the
// release/acquire pair makes the text visible before its pointer. With every
// slot taken, each call makes its own copy. If the heap is exhausted, returns
// `fallback` (the prefix without the number) and leaves errno alone.
inline const char *intern_numbered_message(InternedMessages &slots, const char *prefix,
                                           int number, const char *fallback) {
  size_t home = (static_cast<uint32_t>(number) * 0x9e3779b1u) >> 25; // 7 bits: 128 slots
  InternedMessage *fresh = nullptr;
  auto make = [&]() {
    int saved_errno = errno;
    fresh = static_cast<InternedMessage *>(malloc(sizeof(InternedMessage)));
    if (!fresh) {
      errno = saved_errno;
      return false;
    }
    fresh->number = number;
    format_numbered_message(fresh->text, prefix, number);
    return true;
  };
  for (size_t probe = 0; probe < kInternedSlots; ++probe) {
    InternedMessage **slot = &slots[(home + probe) % kInternedSlots];
    InternedMessage *seen = __scoped_atomic_load_n(slot, __ATOMIC_ACQUIRE, __MEMORY_SCOPE_DEVICE);
    if (!seen) {
      if (!fresh && !make())
        return fallback;
      if (__scoped_atomic_compare_exchange_n(slot, &seen, fresh, false, __ATOMIC_RELEASE,
                                             __ATOMIC_ACQUIRE, __MEMORY_SCOPE_DEVICE))
        return fresh->text;
      // Another thread took the slot first; `seen` is its message.
    }
    if (seen->number == number) {
      free(fresh);
      return seen->text;
    }
  }
  if (!fresh && !make())
    return fallback;
  return fresh->text;
}

} // namespace gpulibc::internal

#endif
