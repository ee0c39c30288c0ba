#!/usr/bin/env bash
# Fresh Debian 12 to a running GPU program: installs the dependencies, builds
# gpulibc, compiles examples/hello/hello.c with the cpu device's config file
# and runs it on 4 blocks of 64 threads with gpurun.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GPULIBC_BUILD_DIR:-$root/build}
"$root/utils/build.sh"
echo
echo "== clang-22 --config=build/share/gpulibc/cpu.cfg examples/hello/hello.c -o hello"
clang-22 --config="$build/share/gpulibc/cpu.cfg" -O2 "$root/examples/hello/hello.c" -o "$build/hello"
echo "== gpurun --blocks 4 --threads 64 hello"
"$build/bin/gpurun" --blocks 4 --threads 64 "$build/hello" quickstart
