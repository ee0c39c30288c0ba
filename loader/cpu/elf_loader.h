//===-- Loads a cpu device image into this process ------------------------===//
//
// gpurun loads cpu device images itself instead of calling dlopen: a device
// image must not be bound to the host's C library, must not have its
// constructors run by the host's dynamic linker on a host thread, and must be
// checked, as untrusted input, before any of its code runs.
//
//===----------------------------------------------------------------------===//
#ifndef GPURUN_CPU_ELF_LOADER_H
#define GPURUN_CPU_ELF_LOADER_H

#include <cstdint>
#include <string>

#include "backend.h"

namespace gpurun::cpu {

class LoadedImage {
public:
  LoadedImage() = default;
  ~LoadedImage();
  LoadedImage(const LoadedImage &) = delete;
  LoadedImage &operator=(const LoadedImage &) = delete;

  // Validates, maps and relocates `image`. On failure reports why and
  // returns the exit code (126); 0 on success.
  int load(const Image &image);

  // Address of a defined symbol, or 0.
  uintptr_t symbol(const char *name) const;
  uintptr_t base() const { return reinterpret_cast<uintptr_t>(mapping) - lowest_address; }

private:
  const Image *source = nullptr;
  void *mapping = nullptr;
  uint64_t mapping_size = 0;
  uint64_t lowest_address = 0;
  // Symbol tables, as offsets into the file.
  uint64_t symtab_offset = 0, symtab_count = 0, strtab_offset = 0, strtab_size = 0;
  uint64_t dynsym_offset = 0, dynsym_count = 0, dynstr_offset = 0, dynstr_size = 0;
};

} // namespace gpurun::cpu

// gpurun calls this, empty, after mapping an image, so that a debugger can
// stop there and load the image's symbols (see docs/debugging.md).
extern "C" void __gpurun_image_loaded(const char *path, uintptr_t base);

#endif
