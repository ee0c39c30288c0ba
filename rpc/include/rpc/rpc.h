//===-- gpulibc RPC: a lock-free mailbox between a device and its host ----===//
//
// Header-only and freestanding: the same code is compiled into device code
// (amdgpu, nvptx, the cpu device) and into the host server. It needs no
// library, only clang's scoped atomic builtins. See rpc/README.md for the
// protocol's state machine and the argument for each memory ordering.
//
// Shared memory is touched only with relaxed loads and stores plus
// acquire/release fences, because the region may live across PCIe where
// read-modify-write atomics are not available in both directions.
//
//===----------------------------------------------------------------------===//
#ifndef GPULIBC_RPC_RPC_H
#define GPULIBC_RPC_RPC_H

#include <stddef.h>
#include <stdint.h>

namespace rpc {

// The largest warp the protocol supports; a port has one slot per lane.
constexpr uint32_t kMaxLanes = 64;

// Words of request arguments that send_n can carry in its first packet.
constexpr uint32_t kMaxPrefixWords = 6;

// One lane's share of a message.
struct alignas(64) Buffer {
  uint64_t data[8];
};
static_assert(sizeof(Buffer) == 64, "a slot is one cache line");

// Opcodes below kUserOpcodeBase belong to gpulibc; those at or above it are
// free for user services (see user_opcode()).
constexpr uint32_t kUserOpcodeBase = 0x80000000u;
constexpr uint32_t user_opcode(uint32_t n) { return kUserOpcodeBase | n; }

// Memory layout of one port. The client's flag and the header share a line
// because only the client writes them and the server reads them together;
// the server's flag gets a line of its own so the two writers never share.
struct alignas(64) PortHeader {
  uint32_t client_flag; // toggled by the client when it hands over the slots
  uint32_t opcode;
  uint64_t mask; // lanes taking part in this conversation
};
struct alignas(64) ServerFlag {
  uint32_t server_flag; // toggled by the server when it hands them back
};

constexpr uint64_t port_stride(uint32_t lanes) {
  return sizeof(PortHeader) + sizeof(ServerFlag) + uint64_t(lanes) * sizeof(Buffer);
}

// Bytes of host/device shared memory for `ports` ports of `lanes` slots.
constexpr uint64_t shared_memory_size(uint32_t ports, uint32_t lanes) {
  return uint64_t(ports) * port_stride(lanes);
}

// Bytes of device-local memory for the client's port locks (one bit each).
constexpr uint64_t lock_memory_size(uint32_t ports) {
  return ((uint64_t(ports) + 31) / 32 * 4 + 63) / 64 * 64;
}

namespace detail {

// TSan does not model stand-alone fences, so under it the flag accesses carry
// the ordering themselves. Everywhere else the fences below do the work.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GPULIBC_RPC_TSAN 1
#endif
#endif
#ifdef GPULIBC_RPC_TSAN
constexpr int kFlagLoadOrder = __ATOMIC_ACQUIRE;
constexpr int kFlagStoreOrder = __ATOMIC_RELEASE;
#else
constexpr int kFlagLoadOrder = __ATOMIC_RELAXED;
constexpr int kFlagStoreOrder = __ATOMIC_RELAXED;
#endif

inline uint32_t load_flag(const uint32_t *flag) {
  return __scoped_atomic_load_n(flag, kFlagLoadOrder, __MEMORY_SCOPE_SYSTEM);
}
inline void store_flag(uint32_t *flag, uint32_t value) {
  __scoped_atomic_store_n(flag, value, kFlagStoreOrder, __MEMORY_SCOPE_SYSTEM);
}
// Orders the slot reads after the flag load that told us we own them.
inline void acquire_fence() {
  __scoped_atomic_thread_fence(__ATOMIC_ACQUIRE, __MEMORY_SCOPE_SYSTEM);
}
// Orders our slot writes before the flag store that hands them over.
inline void release_fence() {
  __scoped_atomic_thread_fence(__ATOMIC_RELEASE, __MEMORY_SCOPE_SYSTEM);
}

inline uint32_t first_lane(uint64_t mask) {
  return static_cast<uint32_t>(__builtin_ctzll(mask));
}

inline void copy_bytes(void *dst, const void *src, uint64_t n) {
  unsigned char *d = static_cast<unsigned char *>(dst);
  const unsigned char *s = static_cast<const unsigned char *>(src);
  for (uint64_t i = 0; i < n; ++i)
    d[i] = s[i];
}

} // namespace detail

// A view of the shared region, identical on both sides.
class Mailbox {
public:
  Mailbox() = default;
  Mailbox(void *shared, uint32_t ports, uint32_t lanes)
      : base(static_cast<unsigned char *>(shared)), num_ports(ports),
        num_lanes(lanes) {}

  uint32_t ports() const { return num_ports; }
  uint32_t lanes() const { return num_lanes; }

  PortHeader &header(uint32_t port) const {
    return *reinterpret_cast<PortHeader *>(base + port * port_stride(num_lanes));
  }
  ServerFlag &server(uint32_t port) const {
    return *reinterpret_cast<ServerFlag *>(base + port * port_stride(num_lanes) +
                                           sizeof(PortHeader));
  }
  Buffer *slots(uint32_t port) const {
    return reinterpret_cast<Buffer *>(base + port * port_stride(num_lanes) +
                                      sizeof(PortHeader) + sizeof(ServerFlag));
  }

private:
  unsigned char *base = nullptr;
  uint32_t num_ports = 0;
  uint32_t num_lanes = 0;
};

// Ownership rule: the client owns a port's slots when the two flags are
// equal, the server when they differ. Each side only ever toggles its own
// flag, and only while it owns the slots, so ownership alternates strictly.
inline bool client_owns(uint32_t client_flag, uint32_t server_flag) {
  return client_flag == server_flag;
}

// The state machine shared by both ends of an open port. `kIsServer` selects
// which flag is ours. The caller keeps the lanes of a warp together; only the
// first lane of the mask touches the flags.
//
// A send waits for ownership, writes, and hands over. A receive waits for
// ownership and reads but keeps the slots, so that an answer can be written
// in place; if two receives follow each other the first is acknowledged by
// handing the slots back before waiting again.
template <bool kIsServer> struct PortState {
  Mailbox box;
  uint32_t index = 0;
  uint32_t ours = 0;   // our flag's last value; only we write it
  bool owned = false;  // we own the slots right now
  bool received = false; // the last operation was a receive

  uint32_t *our_flag() const {
    return kIsServer ? &box.server(index).server_flag
                     : &box.header(index).client_flag;
  }
  const uint32_t *their_flag() const {
    return kIsServer ? &box.header(index).client_flag
                     : &box.server(index).server_flag;
  }
  bool owns(uint32_t theirs) const {
    return client_owns(kIsServer ? theirs : ours, kIsServer ? ours : theirs) !=
           kIsServer;
  }
  void hand_over() {
    detail::release_fence();
    ours ^= 1u;
    detail::store_flag(our_flag(), ours);
    owned = false;
  }
};

// The device side. `Target` supplies the warp operations:
//   static uint64_t lane_mask();             lanes active here
//   static uint32_t lane_id();
//   static uint64_t ballot(uint64_t mask, bool value);
//   static uint32_t broadcast(uint64_t mask, uint32_t value); // from the first lane
//   static void sync_lanes(uint64_t mask);
//   static void sleep();                     a spin-loop hint that lets others run
template <typename Target> class Client {
public:
  Client() = default;
  Client(void *shared, uint32_t *locks, uint32_t ports, uint32_t lanes)
      : box(shared, ports, lanes), locks(locks) {}

  bool valid() const { return box.ports() != 0; }

  class Port {
  public:
    uint32_t index() const { return state.index; }
    uint64_t mask() const { return lane_mask; }

    // Each active lane fills its own slot.
    template <typename Fill> void send(Fill fill) {
      wait_for_ownership();
      fill(&state.box.slots(state.index)[Target::lane_id()]);
      Target::sync_lanes(lane_mask);
      if (is_leader())
        state.hand_over();
      state.owned = false;
      state.received = false;
    }

    // Each active lane reads its own slot.
    template <typename Use> void recv(Use use) {
      if (state.received) {
        Target::sync_lanes(lane_mask);
        if (is_leader())
          state.hand_over();
        state.owned = false;
      }
      wait_for_ownership();
      use(&state.box.slots(state.index)[Target::lane_id()]);
      state.received = true;
    }

    // Sends `size` bytes from `data`; lanes may pass different sizes. Up to
    // kMaxPrefixWords words of `prefix` travel in the first packet, so a
    // request's arguments and its bytes cost a single hand-over.
    void send_n(const void *data, uint64_t size, const uint64_t *prefix = nullptr,
                uint32_t prefix_words = 0) {
      const unsigned char *bytes = static_cast<const unsigned char *>(data);
      if (prefix_words > kMaxPrefixWords)
        prefix_words = kMaxPrefixWords;
      uint64_t first_capacity = sizeof(Buffer) - (1 + prefix_words) * sizeof(uint64_t);
      uint64_t first = size < first_capacity ? size : first_capacity;
      send([&](Buffer *slot) {
        slot->data[0] = size;
        for (uint32_t i = 0; i < prefix_words; ++i)
          slot->data[1 + i] = prefix[i];
        detail::copy_bytes(&slot->data[1 + prefix_words], bytes, first);
      });
      uint64_t done = first;
      // Each hand-over moves one slot per lane; a ballot decides whether any
      // lane still has bytes, so lanes with short strings simply idle.
      while (Target::ballot(lane_mask, done < size)) {
        uint64_t chunk = size - done < sizeof(Buffer) ? size - done : sizeof(Buffer);
        send([&](Buffer *slot) {
          if (chunk)
            detail::copy_bytes(slot->data, bytes + done, chunk);
        });
        done += chunk;
      }
    }

    // Receives a byte string sent with Server's send_n. At most `capacity`
    // bytes are stored; the full length is returned so truncation is visible.
    uint64_t recv_n(void *data, uint64_t capacity) {
      unsigned char *bytes = static_cast<unsigned char *>(data);
      constexpr uint64_t kFirst = sizeof(Buffer) - sizeof(uint64_t);
      uint64_t size = 0;
      recv([&](Buffer *slot) {
        size = slot->data[0];
        uint64_t n = size < kFirst ? size : kFirst;
        detail::copy_bytes(bytes, &slot->data[1], n < capacity ? n : capacity);
      });
      uint64_t done = size < kFirst ? size : kFirst;
      while (Target::ballot(lane_mask, done < size)) {
        uint64_t chunk = size - done < sizeof(Buffer) ? size - done : sizeof(Buffer);
        recv([&](Buffer *slot) {
          for (uint64_t i = 0; i < chunk && done + i < capacity; ++i)
            bytes[done + i] = reinterpret_cast<unsigned char *>(slot->data)[i];
        });
        done += chunk;
      }
      return size;
    }

    // Gives the port back to other warps. The slots may still be with the
    // server; the next owner waits for them in open().
    void close() {
      Target::sync_lanes(lane_mask);
      if (is_leader()) {
        uint32_t bit = 1u << (state.index % 32);
        __scoped_atomic_fetch_and(&client->locks[state.index / 32], ~bit,
                                  __ATOMIC_RELEASE, __MEMORY_SCOPE_DEVICE);
      }
      Target::sync_lanes(lane_mask);
    }

  private:
    friend class Client;
    bool is_leader() const { return Target::lane_id() == detail::first_lane(lane_mask); }

    void wait_for_ownership() {
      if (state.owned)
        return;
      // Only the leader polls; the answer is broadcast so every lane agrees.
      uint32_t owned = 0;
      for (;;) {
        if (is_leader())
          owned = state.owns(detail::load_flag(state.their_flag()));
        owned = Target::broadcast(lane_mask, owned);
        if (owned)
          break;
        Target::sleep();
      }
      detail::acquire_fence();
      state.owned = true;
    }

    Client *client = nullptr;
    uint64_t lane_mask = 0;
    PortState<false> state;
  };

  // Opens a port for the calling lanes. `hint` spreads warps over the ports;
  // any value is correct. Spins (politely) while every port is busy.
  Port open(uint32_t opcode, uint32_t hint) {
    return open_with_mask(opcode, hint, Target::lane_mask());
  }

  // As open(), for callers that already know which lanes take part. Every
  // lane in `mask` must call it together.
  Port open_with_mask(uint32_t opcode, uint32_t hint, uint64_t mask) {
    Port port;
    port.client = this;
    port.lane_mask = mask;
    uint32_t ports = box.ports();
    for (uint32_t attempt = 0;; ++attempt) {
      uint32_t index = (hint + attempt) % ports;
      uint32_t got = 0;
      if (port.is_leader()) {
        uint32_t bit = 1u << (index % 32);
        // Acquire pairs with the release in close(): the previous owner's
        // view of our flag (state.ours is re-read below) happens before ours.
        got = !(__scoped_atomic_fetch_or(&locks[index / 32], bit, __ATOMIC_ACQUIRE,
                                         __MEMORY_SCOPE_DEVICE) &
                bit);
      }
      got = Target::broadcast(port.lane_mask, got);
      if (got) {
        port.state.box = box;
        port.state.index = index;
        // Our own flag is only written by clients holding this lock, so a
        // plain read under the lock sees the latest value.
        port.state.ours = detail::load_flag(port.state.our_flag());
        port.wait_for_ownership();
        if (port.is_leader()) {
          PortHeader &header = box.header(index);
          header.opcode = opcode;
          header.mask = port.lane_mask;
        }
        return port;
      }
      if ((attempt + 1) % ports == 0)
        Target::sleep();
    }
  }

private:
  Mailbox box;
  uint32_t *locks = nullptr;
};

// The host side. One Server may be polled from several threads; each port is
// served by one thread at a time.
class Server {
public:
  Server() = default;
  Server(void *shared, uint32_t ports, uint32_t lanes, uint32_t *claims)
      : box(shared, ports, lanes), claims(claims) {}

  const Mailbox &mailbox() const { return box; }

  // Consulted every 128 polls while a conversation waits on its client;
  // returning false abandons the conversation. A host should also yield its
  // core here: the client may be waiting for that very core.
  using KeepWaiting = bool (*)(void *context);
  void set_keep_waiting(KeepWaiting hook, void *context) {
    keep_waiting = hook;
    keep_waiting_context = context;
  }

  class Port {
  public:
    uint32_t index() const { return state.index; }
    uint32_t opcode() const { return state.box.header(state.index).opcode; }
    // Lanes taking part; validated against the port's lane count.
    uint64_t mask() const { return lane_mask; }
    uint32_t lanes() const { return state.box.lanes(); }

    // False once the conversation was given up; later operations do nothing.
    bool ok() const { return !abandoned; }

    // fill(Buffer *slot, uint32_t lane) for each active lane.
    template <typename Fill> void send(Fill fill) {
      wait_for_ownership();
      if (abandoned)
        return;
      for_each_lane([&](uint32_t lane) { fill(&slots()[lane], lane); });
      state.hand_over();
      state.received = false;
    }

    template <typename Use> void recv(Use use) {
      if (abandoned)
        return;
      if (state.received)
        state.hand_over();
      wait_for_ownership();
      if (abandoned)
        return;
      for_each_lane([&](uint32_t lane) { use(&slots()[lane], lane); });
      state.received = true;
    }

    // Receives one byte string per active lane, as sent by the client's
    // send_n with `prefix_words` words of prefix. `store(lane, size, prefix)`
    // returns where to put that lane's bytes (at least `size` long) or null to
    // discard them; the protocol is followed to the end either way.
    template <typename Store> void recv_n(Store store, uint32_t prefix_words = 0) {
      if (prefix_words > kMaxPrefixWords)
        prefix_words = kMaxPrefixWords;
      uint64_t first_capacity = sizeof(Buffer) - (1 + prefix_words) * sizeof(uint64_t);
      unsigned char *dst[kMaxLanes] = {};
      uint64_t size[kMaxLanes] = {};
      recv([&](Buffer *slot, uint32_t lane) {
        size[lane] = slot->data[0];
        dst[lane] = static_cast<unsigned char *>(
            store(lane, size[lane], static_cast<const uint64_t *>(&slot->data[1])));
        uint64_t n = size[lane] < first_capacity ? size[lane] : first_capacity;
        if (dst[lane])
          detail::copy_bytes(dst[lane], &slot->data[1 + prefix_words], n);
      });
      for (uint64_t done = first_capacity; !abandoned; done += sizeof(Buffer)) {
        bool more = false;
        for_each_lane([&](uint32_t lane) { more |= done < size[lane]; });
        if (!more)
          break;
        recv([&](Buffer *slot, uint32_t lane) {
          if (done >= size[lane] || !dst[lane])
            return;
          uint64_t chunk = size[lane] - done < sizeof(Buffer) ? size[lane] - done
                                                              : sizeof(Buffer);
          detail::copy_bytes(dst[lane] + done, slot->data, chunk);
        });
      }
    }

    // Sends one byte string per active lane: data(lane, &size) -> pointer.
    template <typename Data> void send_n(Data data) {
      constexpr uint64_t kFirst = sizeof(Buffer) - sizeof(uint64_t);
      const unsigned char *src[kMaxLanes] = {};
      uint64_t size[kMaxLanes] = {};
      for_each_lane([&](uint32_t lane) {
        src[lane] = static_cast<const unsigned char *>(data(lane, &size[lane]));
      });
      send([&](Buffer *slot, uint32_t lane) {
        slot->data[0] = size[lane];
        uint64_t n = size[lane] < kFirst ? size[lane] : kFirst;
        detail::copy_bytes(&slot->data[1], src[lane], n);
      });
      for (uint64_t done = kFirst; !abandoned; done += sizeof(Buffer)) {
        bool more = false;
        for_each_lane([&](uint32_t lane) { more |= done < size[lane]; });
        if (!more)
          break;
        send([&](Buffer *slot, uint32_t lane) {
          if (done >= size[lane])
            return;
          uint64_t chunk = size[lane] - done < sizeof(Buffer) ? size[lane] - done
                                                              : sizeof(Buffer);
          detail::copy_bytes(slot->data, src[lane] + done, chunk);
        });
      }
    }

    // Ends the conversation. If we hold the slots after a receive, hand them
    // back so the client side can reuse the port.
    void close() {
      // An abandoned port is left as it is: its client is gone.
      if (state.owned && !abandoned)
        state.hand_over();
      __scoped_atomic_store_n(&server->claims[state.index], 0u, __ATOMIC_RELEASE,
                              __MEMORY_SCOPE_SYSTEM);
    }

  private:
    friend class Server;
    Buffer *slots() const { return state.box.slots(state.index); }
    template <typename F> void for_each_lane(F f) const {
      for (uint64_t m = lane_mask; m; m &= m - 1)
        f(detail::first_lane(m));
    }
    // Waits for the client's next hand-over. A client can die mid-way (its
    // device faulted or was stopped), so now and then the server's
    // keep-waiting hook decides whether to give the conversation up.
    void wait_for_ownership() {
      for (uint32_t spins = 1; !state.owned && !abandoned; ++spins) {
        if (state.owns(detail::load_flag(state.their_flag()))) {
          detail::acquire_fence();
          state.owned = true;
          return;
        }
        if (spins % 128 == 0 && server->keep_waiting &&
            !server->keep_waiting(server->keep_waiting_context))
          abandoned = true;
        sleep_hint();
      }
    }
    static void sleep_hint() {
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#endif
    }

    Server *server = nullptr;
    uint64_t lane_mask = 0;
    bool abandoned = false;
    PortState<true> state;
  };

  // Claims a port whose client has handed over a new request, scanning from
  // `start`. Returns false when nothing is pending. A mask naming lanes the
  // port does not have is clipped, so a corrupt header cannot make the
  // server read outside the region.
  bool try_open(uint32_t start, Port &port) {
    uint32_t ports = box.ports();
    for (uint32_t i = 0; i < ports; ++i) {
      uint32_t index = (start + i) % ports;
      uint32_t client = detail::load_flag(&box.header(index).client_flag);
      uint32_t ours = detail::load_flag(&box.server(index).server_flag);
      if (client_owns(client, ours))
        continue;
      uint32_t expected = 0;
      if (!__scoped_atomic_compare_exchange_n(&claims[index], &expected, 1u, false,
                                              __ATOMIC_ACQUIRE, __ATOMIC_RELAXED,
                                              __MEMORY_SCOPE_SYSTEM))
        continue;
      // Re-read under the claim: another server thread may have finished
      // this conversation between our first look and the claim.
      ours = detail::load_flag(&box.server(index).server_flag);
      client = detail::load_flag(&box.header(index).client_flag);
      if (client_owns(client, ours)) {
        __scoped_atomic_store_n(&claims[index], 0u, __ATOMIC_RELEASE,
                                __MEMORY_SCOPE_SYSTEM);
        continue;
      }
      detail::acquire_fence();
      port.server = this;
      port.state.box = box;
      port.state.index = index;
      port.state.ours = ours;
      port.state.owned = true;
      port.state.received = false;
      port.abandoned = false;
      uint64_t valid = box.lanes() >= 64 ? ~0ull : (1ull << box.lanes()) - 1;
      port.lane_mask = box.header(index).mask & valid;
      return true;
    }
    return false;
  }

private:
  Mailbox box;
  uint32_t *claims = nullptr; // host-local, one word per port
  KeepWaiting keep_waiting = nullptr;
  void *keep_waiting_context = nullptr;
};

} // namespace rpc

#endif // GPULIBC_RPC_RPC_H
