#include "src/__support/time/host_time.h"

#include <errno.h>

#include "src/__support/lock.h"
#include "src/__support/rpc_client.h"
#include "src/__support/time/calendar.h"

namespace gpulibc::internal {

namespace {

// What the host says about one local time, before the device checks it.
struct LocalAnswer {
  int error;
  int64_t seconds;
  int64_t gmtoff;
  int64_t isdst;
  char zone[32];
};

LocalAnswer read_local_answer(const rpc::Buffer *slot) {
  LocalAnswer answer;
  answer.error = static_cast<int>(slot->data[0]);
  answer.seconds = static_cast<int64_t>(slot->data[1]);
  answer.gmtoff = static_cast<int64_t>(slot->data[2]);
  answer.isdst = static_cast<int64_t>(slot->data[3]);
  const char *zone = reinterpret_cast<const char *>(&slot->data[4]);
  for (unsigned i = 0; i < sizeof(answer.zone); ++i)
    answer.zone[i] = zone[i];
  // Whatever the host sent, the name ends inside the buffer.
  answer.zone[sizeof(answer.zone) - 1] = '\0';
  return answer;
}

// tm_zone must outlive the struct tm, so zone names are kept here for the
// whole run. A program meets few zones (usually two: standard and summer).
constexpr unsigned kMaxZones = 16;
char zone_names[kMaxZones][32];
unsigned zone_count;
SpinLock zone_lock;

const char *intern_zone(const char *name) {
  const char *result = "?";
  zone_lock.run_exclusive([&] {
    for (unsigned i = 0; i < zone_count; ++i) {
      unsigned k = 0;
      while (name[k] && name[k] == zone_names[i][k])
        ++k;
      if (name[k] == zone_names[i][k]) {
        result = zone_names[i];
        return;
      }
    }
    if (zone_count == kMaxZones)
      return;
    for (unsigned k = 0; k < 32; ++k)
      zone_names[zone_count][k] = name[k];
    result = zone_names[zone_count++];
  });
  return result;
}

// A real UTC offset is under a day; anything else is a broken host answer.
constexpr int64_t kMaxOffset = kSecondsPerDay;

int fill_local_tm(const LocalAnswer &answer, struct tm *out) {
  if (answer.error)
    return answer.error > 0 && answer.error < 4096 ? answer.error : EIO;
  if (answer.gmtoff <= -kMaxOffset || answer.gmtoff >= kMaxOffset ||
      answer.seconds > kMaxTmSeconds || answer.seconds < -kMaxTmSeconds)
    return EIO;
  struct tm result = {};
  if (!seconds_to_tm(answer.seconds + answer.gmtoff, &result))
    return EOVERFLOW;
  result.tm_isdst = answer.isdst > 0 ? 1 : answer.isdst < 0 ? -1 : 0;
  result.tm_gmtoff = static_cast<long>(answer.gmtoff);
  result.tm_zone = intern_zone(answer.zone);
  *out = result;
  return 0;
}

template <typename Fill> LocalAnswer ask_local(uint32_t opcode, Fill fill) {
  RpcClient client = rpc_client();
  RpcClient::Port port = rpc_open(client, opcode);
  port.send(fill);
  LocalAnswer answer;
  port.recv([&](rpc::Buffer *slot) { answer = read_local_answer(slot); });
  port.close();
  return answer;
}

} // namespace

int host_clock(gpulibc_clock clock, struct timespec *out) {
  RpcClient client = rpc_client();
  RpcClient::Port port = rpc_open(client, GPULIBC_OP_CLOCK_GETTIME);
  port.send([&](rpc::Buffer *slot) { slot->data[0] = clock; });
  uint64_t seconds = 0, nanoseconds = 0, error = 0;
  port.recv([&](rpc::Buffer *slot) {
    seconds = slot->data[0];
    nanoseconds = slot->data[1];
    error = slot->data[2];
  });
  port.close();
  if (error)
    return error < 4096 ? static_cast<int>(error) : EIO;
  if (nanoseconds >= 1000000000)
    return EIO;
  out->tv_sec = static_cast<time_t>(seconds);
  out->tv_nsec = static_cast<long>(nanoseconds);
  return 0;
}

int host_localtime(int64_t seconds, struct tm *out) {
  LocalAnswer answer = ask_local(GPULIBC_OP_LOCALTIME, [&](rpc::Buffer *slot) {
    slot->data[0] = static_cast<uint64_t>(seconds);
  });
  // The answer must be about the time we asked for.
  if (!answer.error && answer.seconds != seconds)
    return EIO;
  return fill_local_tm(answer, out);
}

time_t host_mktime(struct tm *t) {
  LocalAnswer answer = ask_local(GPULIBC_OP_MKTIME, [&](rpc::Buffer *slot) {
    const int fields[7] = {t->tm_sec, t->tm_min,  t->tm_hour, t->tm_mday,
                           t->tm_mon, t->tm_year, t->tm_isdst};
    for (int i = 0; i < 7; ++i)
      slot->data[i] = static_cast<uint64_t>(static_cast<int64_t>(fields[i]));
  });
  int error = fill_local_tm(answer, t);
  if (error) {
    errno = error;
    return -1;
  }
  return static_cast<time_t>(answer.seconds);
}

} // namespace gpulibc::internal
