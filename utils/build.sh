#!/usr/bin/env bash
# Configures and builds gpulibc into ./build (or $GPULIBC_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GPULIBC_BUILD_DIR:-$root/build}
"$root/utils/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 "$@" >/dev/null
ninja -C "$build"
