#!/usr/bin/env bash
# Installs what gpulibc needs on Debian 12, from Debian's own repositories:
# clang/lld/LLVM 22, compiler-rt (builtins and sanitizers), lit/FileCheck,
# CMake, Ninja, and the libraries some tests use. Idempotent and quiet when
# everything is already there.
set -euo pipefail

packages=(clang-22 lld-22 llvm-22 llvm-22-tools libclang-rt-22-dev cmake ninja-build
          python3 spin libmpfr-dev gdb)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "gpulibc: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# lit and FileCheck live in LLVM's directory; nothing else needs PATH changes.
for tool in clang-22 clang++-22 ld.lld-22 /usr/lib/llvm-22/bin/lit /usr/lib/llvm-22/bin/FileCheck; do
  command -v "$tool" >/dev/null || { echo "gpulibc: $tool is missing after install" >&2; exit 1; }
done
if ! command -v ptxas >/dev/null && [[ ! -x /usr/local/cuda/bin/ptxas ]]; then
  echo "gpulibc: note: CUDA's ptxas/nvlink not found; nvptx images will not be linked" >&2
fi
