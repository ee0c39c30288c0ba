#include "cpu/elf_loader.h"

#include <cstring>
#include <elf.h>
#include <sys/mman.h>
#include <unistd.h>

extern "C" [[gnu::noinline, gnu::used]] void __gpurun_image_loaded(const char *path,
                                                                   uintptr_t base) {
  asm volatile("" ::"r"(path), "r"(base) : "memory");
}

namespace gpurun::cpu {

namespace {

constexpr uint64_t kPage = 4096;

uint64_t page_down(uint64_t x) { return x & ~(kPage - 1); }
uint64_t page_up(uint64_t x) { return (x + kPage - 1) & ~(kPage - 1); }

// Reads a T at `offset` of the file if it fits entirely.
template <typename T> bool read_at(const std::vector<unsigned char> &b, uint64_t offset, T &out) {
  if (offset > b.size() || b.size() - offset < sizeof(T))
    return false;
  memcpy(&out, b.data() + offset, sizeof(T));
  return true;
}

const char *string_at(const std::vector<unsigned char> &b, uint64_t table, uint64_t size,
                      uint64_t index) {
  if (index >= size || table > b.size() || b.size() - table < size)
    return nullptr;
  const char *s = reinterpret_cast<const char *>(b.data() + table + index);
  // The name must end inside its table.
  if (!memchr(s, 0, size - index))
    return nullptr;
  return s;
}

int refuse(const Image &image, const char *why) {
  report("'%s' is not a runnable cpu device image: %s", image.path.c_str(), why);
  return kExitNotRunnable;
}

} // namespace

LoadedImage::~LoadedImage() {
  if (mapping)
    munmap(mapping, mapping_size);
}

int LoadedImage::load(const Image &image) {
  source = &image;
  const std::vector<unsigned char> &b = image.bytes;
  Elf64_Ehdr eh;
  memcpy(&eh, b.data(), sizeof(eh));
  if (eh.e_type != ET_DYN)
    return refuse(image, "it is not a position-independent shared object "
                         "(build it with --config=cpu.cfg)");

  // Program headers: find the extent of the loadable segments and refuse
  // what a device cannot honour.
  uint64_t low = UINT64_MAX, high = 0;
  const Elf64_Phdr *dynamic = nullptr;
  std::vector<Elf64_Phdr> phdrs(eh.e_phnum);
  for (unsigned i = 0; i < eh.e_phnum; ++i) {
    if (!read_at(b, eh.e_phoff + uint64_t(i) * eh.e_phentsize, phdrs[i]))
      return refuse(image, "a program header lies outside the file");
    const Elf64_Phdr &ph = phdrs[i];
    if (ph.p_type == PT_INTERP)
      return refuse(image, "it asks for the host's dynamic linker, so it is a host program "
                           "(build it with --config=cpu.cfg)");
    if (ph.p_type == PT_TLS)
      return refuse(image, "it uses thread-local storage, which the device does not have");
    if (ph.p_type == PT_DYNAMIC)
      dynamic = &ph;
    if (ph.p_type != PT_LOAD)
      continue;
    if (ph.p_filesz > ph.p_memsz || ph.p_offset > b.size() || b.size() - ph.p_offset < ph.p_filesz)
      return refuse(image, "a segment lies outside the file (truncated?)");
    if (ph.p_vaddr + ph.p_memsz < ph.p_vaddr || ph.p_memsz > (1ull << 40))
      return refuse(image, "a segment has an impossible size");
    low = std::min(low, page_down(ph.p_vaddr));
    high = std::max(high, page_up(ph.p_vaddr + ph.p_memsz));
  }
  if (low >= high)
    return refuse(image, "it has no loadable segments");

  // Section headers give the symbol tables (the image is ours to inspect,
  // and lld always writes them).
  for (unsigned i = 0; i < eh.e_shnum; ++i) {
    Elf64_Shdr sh;
    if (!read_at(b, eh.e_shoff + uint64_t(i) * eh.e_shentsize, sh))
      return refuse(image, "a section header lies outside the file");
    if (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM)
      continue;
    Elf64_Shdr strings;
    if (sh.sh_link >= eh.e_shnum ||
        !read_at(b, eh.e_shoff + uint64_t(sh.sh_link) * eh.e_shentsize, strings))
      return refuse(image, "a symbol table names a missing string table");
    if (sh.sh_offset > b.size() || b.size() - sh.sh_offset < sh.sh_size ||
        strings.sh_offset > b.size() || b.size() - strings.sh_offset < strings.sh_size)
      return refuse(image, "a symbol table lies outside the file (truncated?)");
    uint64_t count = sh.sh_size / sizeof(Elf64_Sym);
    if (sh.sh_type == SHT_SYMTAB) {
      symtab_offset = sh.sh_offset, symtab_count = count;
      strtab_offset = strings.sh_offset, strtab_size = strings.sh_size;
    } else {
      dynsym_offset = sh.sh_offset, dynsym_count = count;
      dynstr_offset = strings.sh_offset, dynstr_size = strings.sh_size;
    }
  }

  // A device image is self-contained: no needed libraries and no symbol it
  // expects someone else to define. Name the first offender, because it
  // usually is a host library call the program made.
  for (uint64_t i = 1; i < dynsym_count; ++i) {
    Elf64_Sym sym;
    read_at(b, dynsym_offset + i * sizeof(Elf64_Sym), sym);
    if (sym.st_shndx != SHN_UNDEF || ELF64_ST_BIND(sym.st_info) == STB_WEAK)
      continue;
    const char *name = string_at(b, dynstr_offset, dynstr_size, sym.st_name);
    std::string why = std::string("it references '") + (name ? name : "?") +
                      "', which the image does not define; a device image must not bind to "
                      "the host's C library (link it with --config=cpu.cfg against gpulibc)";
    return refuse(image, why.c_str());
  }

  // Map: reserve the whole span, copy the file's bytes in, then fix up and
  // protect. Copying rather than mapping the file keeps the loader simple and
  // lets it check every relocation before anything is executable.
  mapping_size = high - low;
  lowest_address = low;
  mapping = mmap(nullptr, mapping_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapping == MAP_FAILED) {
    mapping = nullptr;
    report("cannot map '%s' (%llu bytes): %s", image.path.c_str(),
           static_cast<unsigned long long>(mapping_size), strerror(errno));
    return kExitLoaderFailure;
  }
  unsigned char *base = static_cast<unsigned char *>(mapping) - low;
  for (const Elf64_Phdr &ph : phdrs)
    if (ph.p_type == PT_LOAD)
      memcpy(base + ph.p_vaddr, b.data() + ph.p_offset, ph.p_filesz);

  auto in_image = [&](uint64_t vaddr, uint64_t size) {
    return vaddr >= low && vaddr <= high && high - vaddr >= size;
  };

  // Dynamic section, read from the file (its addresses are link-time).
  uint64_t rela = 0, rela_size = 0, jmprel = 0, jmprel_size = 0, relr = 0, relr_size = 0;
  if (dynamic) {
    for (uint64_t off = 0; off + sizeof(Elf64_Dyn) <= dynamic->p_filesz; off += sizeof(Elf64_Dyn)) {
      Elf64_Dyn d;
      if (!read_at(b, dynamic->p_offset + off, d))
        return refuse(image, "the dynamic section lies outside the file");
      if (d.d_tag == DT_NULL)
        break;
      switch (d.d_tag) {
      case DT_NEEDED: {
        std::string why = "it needs a shared library (DT_NEEDED); a device image must be "
                          "self-contained (link it with --config=cpu.cfg)";
        return refuse(image, why.c_str());
      }
      case DT_RELA: rela = d.d_un.d_ptr; break;
      case DT_RELASZ: rela_size = d.d_un.d_val; break;
      case DT_JMPREL: jmprel = d.d_un.d_ptr; break;
      case DT_PLTRELSZ: jmprel_size = d.d_un.d_val; break;
      case DT_RELR: relr = d.d_un.d_ptr; break;
      case DT_RELRSZ: relr_size = d.d_un.d_val; break;
      case DT_REL:
        return refuse(image, "it uses REL relocations, which x86-64 images never have");
      default: break;
      }
    }
  }

  auto symbol_value = [&](uint64_t index, uint64_t &value) {
    Elf64_Sym sym;
    if (index >= dynsym_count || !read_at(b, dynsym_offset + index * sizeof(Elf64_Sym), sym))
      return false;
    value = sym.st_shndx == SHN_UNDEF ? 0 : reinterpret_cast<uint64_t>(base) + sym.st_value;
    return true;
  };

  auto apply = [&](uint64_t table, uint64_t size) -> int {
    if (size % sizeof(Elf64_Rela) || !in_image(table, size))
      return refuse(image, "a relocation table lies outside the image");
    for (uint64_t off = 0; off < size; off += sizeof(Elf64_Rela)) {
      Elf64_Rela r;
      memcpy(&r, base + table + off, sizeof(r));
      uint32_t type = ELF64_R_TYPE(r.r_info);
      if (type == R_X86_64_NONE)
        continue;
      if (!in_image(r.r_offset, 8))
        return refuse(image, "a relocation writes outside the image");
      uint64_t value;
      switch (type) {
      case R_X86_64_RELATIVE:
        value = reinterpret_cast<uint64_t>(base) + r.r_addend;
        break;
      case R_X86_64_64:
      case R_X86_64_GLOB_DAT:
      case R_X86_64_JUMP_SLOT:
        if (!symbol_value(ELF64_R_SYM(r.r_info), value))
          return refuse(image, "a relocation names a symbol that does not exist");
        if (type == R_X86_64_64)
          value += r.r_addend;
        break;
      default: {
        std::string why = "it has relocation type " + std::to_string(type) +
                          ", which the cpu device does not support (thread-local or ifunc?)";
        return refuse(image, why.c_str());
      }
      }
      memcpy(base + r.r_offset, &value, sizeof(value));
    }
    return 0;
  };
  if (int rc = apply(rela, rela_size))
    return rc;
  if (int rc = apply(jmprel, jmprel_size))
    return rc;

  // RELR: a compact list of relative relocations (an address, then bitmaps).
  if (relr_size) {
    if (relr_size % 8 || !in_image(relr, relr_size))
      return refuse(image, "the RELR table lies outside the image");
    uint64_t where = 0;
    for (uint64_t off = 0; off < relr_size; off += 8) {
      uint64_t entry;
      memcpy(&entry, base + relr + off, 8);
      if ((entry & 1) == 0) {
        where = entry;
        if (!in_image(where, 8))
          return refuse(image, "a relocation writes outside the image");
        uint64_t v;
        memcpy(&v, base + where, 8);
        v += reinterpret_cast<uint64_t>(base);
        memcpy(base + where, &v, 8);
        where += 8;
      } else {
        for (uint64_t bit = 1; bit < 64; ++bit) {
          if (!((entry >> bit) & 1))
            continue;
          uint64_t at = where + (bit - 1) * 8;
          if (!in_image(at, 8))
            return refuse(image, "a relocation writes outside the image");
          uint64_t v;
          memcpy(&v, base + at, 8);
          v += reinterpret_cast<uint64_t>(base);
          memcpy(base + at, &v, 8);
        }
        where += 63 * 8;
      }
    }
  }

  // Final protections. RELRO stays writable-then-read-only like ld.so does.
  for (const Elf64_Phdr &ph : phdrs) {
    if (ph.p_type != PT_LOAD && ph.p_type != PT_GNU_RELRO)
      continue;
    int prot = 0;
    if (ph.p_type == PT_GNU_RELRO)
      prot = PROT_READ;
    else
      prot = ((ph.p_flags & PF_R) ? PROT_READ : 0) | ((ph.p_flags & PF_W) ? PROT_WRITE : 0) |
             ((ph.p_flags & PF_X) ? PROT_EXEC : 0);
    uint64_t start = page_down(ph.p_vaddr);
    uint64_t end = page_up(ph.p_vaddr + ph.p_memsz);
    if (ph.p_type == PT_GNU_RELRO)
      end = page_down(ph.p_vaddr + ph.p_memsz);
    if (end > start && mprotect(base + start, end - start, prot) != 0) {
      report("cannot protect '%s': %s", image.path.c_str(), strerror(errno));
      return kExitLoaderFailure;
    }
  }
  __gpurun_image_loaded(image.path.c_str(), this->base());
  return 0;
}

uintptr_t LoadedImage::symbol(const char *name) const {
  const std::vector<unsigned char> &b = source->bytes;
  auto search = [&](uint64_t offset, uint64_t count, uint64_t strings, uint64_t size) -> uintptr_t {
    for (uint64_t i = 1; i < count; ++i) {
      Elf64_Sym sym;
      if (!read_at(b, offset + i * sizeof(Elf64_Sym), sym) || sym.st_shndx == SHN_UNDEF)
        continue;
      const char *s = string_at(b, strings, size, sym.st_name);
      if (s && strcmp(s, name) == 0) {
        if (sym.st_value < lowest_address || sym.st_value - lowest_address >= mapping_size)
          return 0;
        return base() + sym.st_value;
      }
    }
    return 0;
  };
  if (uintptr_t a = search(dynsym_offset, dynsym_count, dynstr_offset, dynstr_size))
    return a;
  return search(symtab_offset, symtab_count, strtab_offset, strtab_size);
}

} // namespace gpurun::cpu
