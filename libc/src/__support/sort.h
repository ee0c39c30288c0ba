//===-- In-place sorting for qsort and qsort_r ------------------*- C++ -*-===//
//
// Part of gpulibc. Pattern-defeating quicksort (after Orson Peters' pdqsort)
// over elements whose size is known only at run time, compared through the
// caller's function pointer. Every comparison is an indirect call that the
// compiler cannot inline, so the design makes comparisons few and keeps
// their outcomes out of branches (a mispredicted branch costs more than the
// call):
//
//  * partitioning is BlockQuicksort-style (Edelkamp & Weiss): the outcomes
//    of up to 64 comparisons become the bits of a mask before any element
//    moves, and the masks then drive the swaps;
//  * ranges of up to kSmallLimit elements are finished by a sorting network
//    (branch-free conditional swaps) when the element type allows it, else
//    by insertion sort;
//  * the pivot is the median of 3, of 9 above kNintherLimit elements, and of
//    31 or 63 evenly spaced samples above kSampleLimit, which brings the
//    comparisons per element and level close to one;
//  * a run of elements equal to an earlier pivot is split off in one linear
//    pass (all-equal input is O(n)), and a partition that moved nothing
//    tries a bounded insertion sort of both sides (sorted and reversed input
//    are O(n));
//  * a range that gets log2(n) badly unbalanced partitions is heap-sorted,
//    so the worst case is O(n log n).
//
// Elements move only by swaps and rotations of whole elements, specialised
// for 4, 8 and 16 bytes when suitably aligned and done word by word
// otherwise, so no element-sized temporary is ever needed.
//
// Resources: no recursion, no heap, no tables. Ranges waiting to be sorted
// sit on an explicit stack of kStackDepth entries; the smaller side of each
// partition is sorted first, so each entry covers at least twice the range
// in progress and the depth stays below log2(n / kSmallLimit). Should the
// stack fill up anyway (it cannot for n < 2^48 * kSmallLimit), the range
// that does not fit is heap-sorted on the spot. About 1 KiB of stack in
// all, which matters on NVPTX.
//
// Inconsistent comparators (garbage in) yield an unspecified order but never
// an access outside the array: every scan is bounded by index, never by the
// assumption that some element will stop it (pdqsort's "unguarded" loops),
// and the comparator only ever sees pointers to elements of the array.
//
//===----------------------------------------------------------------------===//

#ifndef GPULIBC_SRC_SUPPORT_SORT_H
#define GPULIBC_SRC_SUPPORT_SORT_H

#include <stddef.h>
#include <stdint.h>

namespace gpulibc {
namespace internal {
namespace sorting {

// Tuning constants, measured with an int comparator on x86-64.
inline constexpr size_t kSmallLimit = 16;    // ranges this small: network
inline constexpr size_t kNintherLimit = 128; // above this: median of 9
inline constexpr size_t kSampleLimit = 1024; // above this: median of 31, and
inline constexpr size_t kMaxSamples = 63;    // of 63 above 16 * kSampleLimit
inline constexpr size_t kBlock = 64;         // elements per partition block
inline constexpr size_t kUnroll = 8;         // comparisons per step of a block
inline constexpr size_t kPartialInsertionMoves = 8;
inline constexpr int kStackDepth = 48;

// Word types the element movers read user memory through. may_alias: the
// array holds the user's objects, whatever their type.
typedef uint64_t __attribute__((__may_alias__)) Word64;
typedef uint32_t __attribute__((__may_alias__)) Word32;
typedef uint8_t __attribute__((__may_alias__)) Word8;

//===----------------------------------------------------------------------===//
// Element movers. Each has size(), swap(a, b) and rotate(first, last), which
// moves the element at `last` to `first` and [first, last) one place up.
// Those with kBranchFree also have swap_if(condition, a, b), which compiles
// to selects rather than a branch on the comparison's outcome.
//===----------------------------------------------------------------------===//

// One element is kWords words of type W, and the array is aligned for W.
template <typename W, size_t kWords> struct FixedElements {
  static constexpr bool kBranchFree = true;
  static constexpr size_t size() { return sizeof(W) * kWords; }
  static W *as(char *p) { return static_cast<W *>(__builtin_assume_aligned(p, sizeof(W))); }
  void swap(char *a, char *b) const {
    W *x = as(a), *y = as(b);
    for (size_t i = 0; i < kWords; ++i) {
      const W t = x[i];
      x[i] = y[i];
      y[i] = t;
    }
  }
  void swap_if(bool condition, char *a, char *b) const {
    W *x = as(a), *y = as(b);
    for (size_t i = 0; i < kWords; ++i) {
      const W u = x[i], v = y[i];
      x[i] = condition ? v : u;
      y[i] = condition ? u : v;
    }
  }
  void rotate(char *first, char *last) const {
    W t[kWords];
    for (size_t i = 0; i < kWords; ++i)
      t[i] = as(last)[i];
    for (W *p = as(last), *stop = as(first); p != stop; p -= kWords)
      for (size_t i = 0; i < kWords; ++i)
        p[i] = (p - kWords)[i];
    for (size_t i = 0; i < kWords; ++i)
      as(first)[i] = t[i];
  }
};

// Any size, moved in words of W bytes: the largest of 8, 4 and 1 that
// divides both the size and the array's address. W is chosen once per call
// so the branch on it is always predicted.
struct AnyElements {
  static constexpr bool kBranchFree = false;
  size_t bytes;
  unsigned word;

  size_t size() const { return bytes; }

  template <typename W> void swap_words(char *a, char *b) const {
    W *x = reinterpret_cast<W *>(a), *y = reinterpret_cast<W *>(b);
    for (size_t i = 0, n = bytes / sizeof(W); i < n; ++i) {
      W t = x[i];
      x[i] = y[i];
      y[i] = t;
    }
  }
  void swap(char *a, char *b) const {
    if (word == 8)
      swap_words<Word64>(a, b);
    else if (word == 4)
      swap_words<Word32>(a, b);
    else
      swap_words<Word8>(a, b);
  }

  // Column by column: each word of the moving element is held in a register
  // while the same word of the others shifts up, so no element-sized
  // temporary is needed.
  template <typename W> void rotate_words(char *first, char *last) const {
    for (size_t offset = 0; offset < bytes; offset += sizeof(W)) {
      W t = *reinterpret_cast<W *>(last + offset);
      for (char *p = last; p != first; p -= bytes)
        *reinterpret_cast<W *>(p + offset) = *reinterpret_cast<W *>(p - bytes + offset);
      *reinterpret_cast<W *>(first + offset) = t;
    }
  }
  void rotate(char *first, char *last) const {
    if (word == 8)
      rotate_words<Word64>(first, last);
    else if (word == 4)
      rotate_words<Word32>(first, last);
    else
      rotate_words<Word8>(first, last);
  }
};

//===----------------------------------------------------------------------===//
// Comparators: less(a, b) is compare(a, b) < 0.
//===----------------------------------------------------------------------===//

struct PlainCompare {
  int (*compare)(const void *, const void *);
  bool less(const char *a, const char *b) const { return compare(a, b) < 0; }
};

struct CompareWithArg {
  int (*compare)(const void *, const void *, void *);
  void *arg;
  bool less(const char *a, const char *b) const { return compare(a, b, arg) < 0; }
};

//===----------------------------------------------------------------------===//
// The sort
//===----------------------------------------------------------------------===//

template <class Elements, class Compare> class Sorter {
public:
  Sorter(Elements elements, Compare compare) : elements_(elements), compare_(compare) {}

  void sort(char *base, size_t n);

private:
  // A constant for the fixed-size movers, so index arithmetic is shifts.
  size_t size() const { return elements_.size(); }
  char *at(char *p, size_t i) const { return p + i * size(); }
  char *before(char *p, size_t i) const { return p - i * size(); }
  size_t count(const char *first, const char *last) const {
    return static_cast<size_t>(last - first) / size();
  }
  bool less(const char *a, const char *b) const { return compare_.less(a, b); }
  void swap(char *a, char *b) const { elements_.swap(a, b); }

  void sort2(char *a, char *b) const {
    if (less(b, a))
      swap(a, b);
  }
  void sort3(char *a, char *b, char *c) const {
    sort2(a, b);
    sort2(b, c);
    sort2(a, b);
  }

  void choose_pivot(char *begin, size_t n) const;
  bool insertion_sort(char *begin, size_t n, size_t move_limit) const;
  void network_sort(char *begin, size_t n) const;
  void sift_down(char *begin, size_t root, size_t n) const;
  void heap_sort(char *begin, size_t n) const;
  size_t partition_equal(char *begin, size_t n) const;
  size_t partition(char *begin, size_t n, bool &already_partitioned) const;
  void break_patterns(char *begin, size_t n) const;

  Elements elements_;
  Compare compare_;
};

// Leaves the pivot at begin: the median of the first, middle and last
// elements; above kNintherLimit the median of three such medians; above
// kSampleLimit the median of a larger evenly spaced sample, which brings the
// comparisons per element and level close to the ideal of one.
template <class E, class C> void Sorter<E, C>::choose_pivot(char *begin, size_t n) const {
  const size_t half = n / 2;
  char *last = at(begin, n - 1);
  if (n > kSampleLimit) {
    // 2k+1 evenly spaced samples, which never include the first and last
    // element, ordered through a small array of their numbers so that no
    // element moves. Ordering the first, middle and last elements, as the
    // smaller cases do, keeps reversed input O(n): after the swap with the
    // pivot the partition reverses it.
    sort3(begin, at(begin, half), last);
    const size_t samples = n > kSampleLimit * 16 ? kMaxSamples : kMaxSamples / 2;
    const size_t stride = n / samples;
    char *first = at(begin, half - (samples / 2) * stride);
    const size_t step = stride * size();
    unsigned char order[kMaxSamples];
    for (size_t i = 0; i < samples; ++i) {
      const char *key = first + i * step;
      size_t low = 0, high = i;
      while (low < high) {
        const size_t middle = (low + high) / 2;
        if (less(key, first + order[middle] * step))
          high = middle;
        else
          low = middle + 1;
      }
      for (size_t j = i; j > low; --j)
        order[j] = order[j - 1];
      order[low] = static_cast<unsigned char>(i);
    }
    swap(begin, first + order[samples / 2] * step);
  } else if (n > kNintherLimit) {
    sort3(begin, at(begin, half), last);
    sort3(at(begin, 1), at(begin, half - 1), at(begin, n - 2));
    sort3(at(begin, 2), at(begin, half + 1), at(begin, n - 3));
    sort3(at(begin, half - 1), at(begin, half), at(begin, half + 1));
    swap(begin, at(begin, half));
  } else {
    sort3(at(begin, half), begin, last);
  }
}

// Straight insertion, scanning back from each element for its place. On
// random input the scan's comparisons do not depend on each other, so they
// overlap, where a binary search's form a chain of dependent indirect calls
// that costs more despite being fewer; and sorted input costs one comparison
// per element. Gives up, returning false, once elements have moved more than
// move_limit places in total.
template <class E, class C>
bool Sorter<E, C>::insertion_sort(char *begin, size_t n, size_t move_limit) const {
  size_t moves = 0;
  for (size_t i = 1; i < n; ++i) {
    char *key = at(begin, i);
    char *hole = key;
    while (hole != begin && less(key, hole - size()))
      hole -= size();
    if (hole != key) {
      elements_.rotate(hole, key);
      moves += count(hole, key);
      if (moves > move_limit)
        return false;
    }
  }
  return true;
}

// Batcher's odd-even merge sort as a sorting network for n elements (the
// network for the next power of two, less the comparators that reach past
// n): a fixed sequence of compare-exchanges, so no comparison's outcome is
// a branch to mispredict, and the comparisons of a stage overlap. For n = 16
// that is 63 comparisons against about 75 for insertion sort on average.
template <class E, class C> void Sorter<E, C>::network_sort(char *begin, size_t n) const {
  for (unsigned s = 0; (size_t(1) << s) < n; ++s) {
    const size_t p = size_t(1) << s; // merge runs of p into runs of 2p
    for (size_t k = p; k >= 1; k >>= 1)
      for (size_t j = k & (p - 1); j + k < n; j += 2 * k)
        for (size_t i = j; i < j + k && i + k < n; ++i)
          if ((i >> (s + 1)) == ((i + k) >> (s + 1))) {
            char *a = at(begin, i), *b = at(begin, i + k);
            elements_.swap_if(less(b, a), a, b);
          }
  }
}

template <class E, class C> void Sorter<E, C>::sift_down(char *begin, size_t root, size_t n) const {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= n)
      return;
    if (child + 1 < n && less(at(begin, child), at(begin, child + 1)))
      ++child;
    if (!less(at(begin, root), at(begin, child)))
      return;
    swap(at(begin, root), at(begin, child));
    root = child;
  }
}

template <class E, class C> void Sorter<E, C>::heap_sort(char *begin, size_t n) const {
  if (n < 2)
    return;
  for (size_t i = n / 2; i-- > 0;)
    sift_down(begin, i, n);
  for (size_t end = n - 1; end > 0; --end) {
    swap(begin, at(begin, end));
    sift_down(begin, 0, end);
  }
}

// For a range whose predecessor compares equal to its pivot (at begin), so
// that no element is less than the pivot: moves the elements equal to it to
// the front and returns the pivot's final index, the last of them.
template <class E, class C> size_t Sorter<E, C>::partition_equal(char *begin, size_t n) const {
  const char *pivot = begin;
  char *first = begin;
  char *last = at(begin, n);
  do
    last -= size();
  while (last != begin && less(pivot, last));
  do
    first += size();
  while (first < last && !less(pivot, first));
  while (first < last) {
    swap(first, last);
    do
      last -= size();
    while (last != begin && less(pivot, last));
    do
      first += size();
    while (first < last && !less(pivot, first));
  }
  if (last != begin)
    swap(begin, last);
  return count(begin, last);
}

// Partitions the range around the pivot at begin into elements less than it
// and elements not less than it, moves the pivot between them and returns
// its index. Sets already_partitioned when no element had to move.
template <class E, class C>
size_t Sorter<E, C>::partition(char *begin, size_t n, bool &already_partitioned) const {
  const char *pivot = begin;
  // [begin + 1, first) is less than the pivot, [last, end) is not, and
  // [first, last) is still to be looked at.
  char *first = begin + size();
  char *last = at(begin, n);
  while (first != last && less(first, pivot))
    first += size();
  while (first != last && !less(last - size(), pivot))
    last -= size();
  already_partitioned = first == last;
  if (count(first, last) >= 2) {
    swap(first, last - size());
    first += size();
    last -= size();
  }

  // Bit i of left_mask: the element i places after first belongs on the
  // right. Bit i of right_mask: the element i + 1 places before last belongs
  // on the left. A block's mask is filled by a branch-free loop and then
  // consumed pairwise, lowest bits first; a block whose mask is used up is
  // partitioned and the boundary moves past it.
  uint64_t left_mask = 0, right_mask = 0;
  // The fill loops are unrolled kUnroll times: with an indirect call per
  // element the loop's own overhead is a sizeable part of the cost.
  auto fill_left = [&](size_t block) {
    const char *p = first;
    size_t i = 0;
    for (; i + kUnroll <= block; i += kUnroll, p += kUnroll * size()) {
      uint64_t bits = 0;
      for (size_t j = 0; j < kUnroll; ++j)
        bits |= uint64_t(!less(p + j * size(), pivot)) << j;
      left_mask |= bits << i;
    }
    for (; i < block; ++i, p += size())
      left_mask |= uint64_t(!less(p, pivot)) << i;
  };
  auto fill_right = [&](size_t block) {
    const char *p = last;
    size_t i = 0;
    for (; i + kUnroll <= block; i += kUnroll) {
      p -= kUnroll * size();
      uint64_t bits = 0;
      for (size_t j = 0; j < kUnroll; ++j)
        bits |= uint64_t(less(p + (kUnroll - 1 - j) * size(), pivot)) << j;
      right_mask |= bits << i;
    }
    for (; i < block; ++i) {
      p -= size();
      right_mask |= uint64_t(less(p, pivot)) << i;
    }
  };
  auto swap_pairs = [&]() {
    while (left_mask && right_mask) {
      swap(at(first, __builtin_ctzll(left_mask)), before(last, __builtin_ctzll(right_mask) + 1u));
      left_mask &= left_mask - 1;
      right_mask &= right_mask - 1;
    }
  };

  // While two whole blocks fit, neither can overlap the other.
  while (count(first, last) > 2 * kBlock) {
    if (!left_mask)
      fill_left(kBlock);
    if (!right_mask)
      fill_right(kBlock);
    swap_pairs();
    if (!left_mask)
      first = at(first, kBlock);
    if (!right_mask)
      last = before(last, kBlock);
  }

  // The rest: at most one pending block and fewer than 2 * kBlock other
  // elements, which become the blocks of the other side or of both.
  const bool left_pending = left_mask != 0, right_pending = right_mask != 0;
  const size_t unknown = count(first, last) - (left_pending || right_pending ? kBlock : 0);
  size_t left_size = unknown / 2, right_size = unknown - unknown / 2;
  if (left_pending) {
    left_size = kBlock;
    right_size = unknown;
  } else if (right_pending) {
    left_size = unknown;
    right_size = kBlock;
  }
  if (!left_pending)
    fill_left(left_size);
  if (!right_pending)
    fill_right(right_size);
  swap_pairs();
  if (!left_mask)
    first = at(first, left_size);
  if (!right_mask)
    last = before(last, right_size);

  // One block may still hold misplaced elements, and the other side is
  // done: move them, farthest first, to the block's end next to the other
  // side, which then is the boundary.
  if (left_mask) {
    do {
      const int i = 63 - __builtin_clzll(left_mask);
      left_mask &= ~(uint64_t(1) << i);
      last -= size();
      swap(at(first, i), last);
    } while (left_mask);
    first = last;
  }
  while (right_mask) {
    const int i = 63 - __builtin_clzll(right_mask);
    right_mask &= ~(uint64_t(1) << i);
    swap(before(last, i + 1u), first);
    first += size();
  }

  char *pivot_position = first - size();
  if (pivot_position != begin)
    swap(begin, pivot_position);
  return count(begin, pivot_position);
}

// After a badly unbalanced partition: swaps a few elements from the ends
// toward the middle of the range (begin, begin + n), as pdqsort does, to
// break up whatever pattern defeated the pivot choice.
template <class E, class C> void Sorter<E, C>::break_patterns(char *begin, size_t n) const {
  if (n < kSmallLimit)
    return;
  const size_t quarter = n / 4;
  char *last = at(begin, n - 1);
  swap(begin, at(begin, quarter));
  swap(last, before(last, quarter));
  if (n > kNintherLimit) {
    swap(at(begin, 1), at(begin, quarter + 1));
    swap(at(begin, 2), at(begin, quarter + 2));
    swap(before(last, 1), before(last, quarter + 1));
    swap(before(last, 2), before(last, quarter + 2));
  }
}

template <class E, class C> void Sorter<E, C>::sort(char *base, size_t n) {
  // Ranges waiting to be sorted, with their budgets (kept apart from the
  // pointers so that padding does not grow the stack).
  char *pending_begin[kStackDepth];
  size_t pending_n[kStackDepth];
  unsigned char pending_budget[kStackDepth];
  int depth = 0;

  char *begin = base;
  unsigned char budget = 0; // unbalanced partitions left before heap sort
  for (size_t m = n; m > 1; m >>= 1)
    ++budget;

  for (;;) {
    while (n > kSmallLimit) {
      choose_pivot(begin, n);
      // The predecessor of a range that is not leftmost is an earlier pivot,
      // which is not greater than anything in the range. If it is not less
      // than the new pivot, they are equal and so are the elements that
      // partition_equal gathers: they are done.
      if (begin != base && !less(begin - size(), begin)) {
        const size_t skip = partition_equal(begin, n) + 1;
        begin = at(begin, skip);
        n -= skip;
        continue;
      }

      bool already_partitioned;
      const size_t pivot = partition(begin, n, already_partitioned);
      const size_t left_n = pivot, right_n = n - pivot - 1;
      char *right = at(begin, pivot + 1);

      if (left_n < n / 8 || right_n < n / 8) {
        if (--budget == 0) {
          heap_sort(begin, n);
          n = 0;
          break;
        }
        break_patterns(begin, left_n);
        break_patterns(right, right_n);
      } else if (already_partitioned && insertion_sort(begin, left_n, kPartialInsertionMoves) &&
                 insertion_sort(right, right_n, kPartialInsertionMoves)) {
        n = 0;
        break;
      }

      // Sort the smaller side first; the larger one waits on the stack.
      char *larger = right;
      size_t larger_n = right_n;
      if (left_n >= right_n) {
        larger = begin;
        larger_n = left_n;
        begin = right;
        n = right_n;
      } else {
        n = left_n;
      }
      if (depth < kStackDepth) {
        pending_begin[depth] = larger;
        pending_n[depth] = larger_n;
        pending_budget[depth] = budget;
        ++depth;
      } else {
        heap_sort(larger, larger_n);
      }
    }
    if constexpr (E::kBranchFree)
      network_sort(begin, n);
    else
      insertion_sort(begin, n, SIZE_MAX);
    if (depth == 0)
      return;
    --depth;
    begin = pending_begin[depth];
    n = pending_n[depth];
    budget = pending_budget[depth];
  }
}

template <class Compare> inline void sort_with(char *base, size_t n, size_t size, Compare compare) {
  if (n < 2 || size == 0)
    return;
  const uintptr_t address = reinterpret_cast<uintptr_t>(base);
  const uintptr_t alignment = address | size;
  if (size == 4 && alignment % 4 == 0)
    return Sorter<FixedElements<Word32, 1>, Compare>({}, compare).sort(base, n);
  if (size == 8 && alignment % 8 == 0)
    return Sorter<FixedElements<Word64, 1>, Compare>({}, compare).sort(base, n);
  if (size == 16 && alignment % 8 == 0)
    return Sorter<FixedElements<Word64, 2>, Compare>({}, compare).sort(base, n);
  const unsigned word = alignment % 8 == 0 ? 8 : alignment % 4 == 0 ? 4 : 1;
  Sorter<AnyElements, Compare>(AnyElements{size, word}, compare).sort(base, n);
}

} // namespace sorting

// qsort: sorts n elements of `size` bytes at base in the order of compare.
inline void sort(void *base, size_t n, size_t size, int (*compare)(const void *, const void *)) {
  sorting::sort_with(static_cast<char *>(base), n, size, sorting::PlainCompare{compare});
}

// qsort_r, glibc's argument order: compare(a, b, arg).
inline void sort(void *base, size_t n, size_t size,
                 int (*compare)(const void *, const void *, void *), void *arg) {
  sorting::sort_with(static_cast<char *>(base), n, size, sorting::CompareWithArg{compare, arg});
}

} // namespace internal
} // namespace gpulibc

#endif // GPULIBC_SRC_SUPPORT_SORT_H
