#include "image.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef EM_AMDGPU
#define EM_AMDGPU 224
#endif
#ifndef EM_CUDA
#define EM_CUDA 190
#endif

namespace gpurun {

static bool read_file(int fd, std::vector<unsigned char> &bytes) {
  struct stat st;
  if (fstat(fd, &st) != 0)
    return false;
  if (!S_ISREG(st.st_mode)) {
    errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
    return false;
  }
  bytes.resize(static_cast<size_t>(st.st_size));
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

int read_image(const std::string &path, Image &image) {
  image.path = path;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int error = errno;
    report("cannot open '%s': %s", path.c_str(), strerror(error));
    return error == ENOENT || error == ENOTDIR ? kExitNotFound : kExitNotRunnable;
  }
  bool ok = read_file(fd, image.bytes);
  int error = errno;
  close(fd);
  if (!ok) {
    report("cannot read '%s': %s", path.c_str(), strerror(error));
    return kExitNotRunnable;
  }

  const std::vector<unsigned char> &b = image.bytes;
  if (b.size() < 4 || memcmp(b.data(), ELFMAG, SELFMAG) != 0) {
    report("'%s' is not an ELF file, so not a GPU program", path.c_str());
    return kExitNotRunnable;
  }
  if (b.size() < sizeof(Elf64_Ehdr)) {
    report("'%s' is truncated: the ELF header is incomplete", path.c_str());
    return kExitNotRunnable;
  }
  if (b[EI_CLASS] != ELFCLASS64 || b[EI_DATA] != ELFDATA2LSB) {
    report("'%s' is not a 64-bit little-endian ELF file", path.c_str());
    return kExitNotRunnable;
  }
  Elf64_Ehdr header;
  memcpy(&header, b.data(), sizeof(header));
  // Every backend walks the program and section headers, so check once here
  // that the tables the header points at are inside the file.
  auto table_fits = [&](uint64_t offset, uint64_t count, uint64_t entry_size, uint64_t need) {
    if (count == 0)
      return true;
    if (entry_size < need)
      return false;
    return offset <= b.size() && count <= (b.size() - offset) / entry_size;
  };
  if (!table_fits(header.e_phoff, header.e_phnum, header.e_phentsize, sizeof(Elf64_Phdr)) ||
      !table_fits(header.e_shoff, header.e_shnum, header.e_shentsize, sizeof(Elf64_Shdr))) {
    report("'%s' is truncated or corrupt: its program or section headers lie outside the file",
           path.c_str());
    return kExitNotRunnable;
  }
  switch (header.e_machine) {
  case EM_AMDGPU:
    image.kind = ImageKind::kAmdgpu;
    return 0;
  case EM_CUDA:
    image.kind = ImageKind::kNvptx;
    return 0;
  case EM_X86_64:
    image.kind = ImageKind::kCpu;
    return 0;
  default:
    report("'%s' is an ELF file for machine %u, which is not a device gpurun can run "
           "(expected AMDGPU, NVPTX or an x86-64 cpu device image)",
           path.c_str(), static_cast<unsigned>(header.e_machine));
    return kExitNotRunnable;
  }
}

} // namespace gpurun
