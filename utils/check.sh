#!/usr/bin/env bash
# Installs the dependencies, builds gpulibc and runs every test with ctest:
# lit programs at 1/32/64 lanes, device unit tests, RPC tests, host
# differential tests and the AMDGPU/NVPTX image checks. Then builds gpurun
# and the RPC tests with ThreadSanitizer and runs those too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GPULIBC_BUILD_DIR:-$root/build}
jobs=${GPULIBC_TEST_JOBS:-$(nproc)}

"$root/utils/build.sh"
status=0
(cd "$build" && ctest -j"$jobs" --output-on-failure --timeout 1500) || status=$?

if [[ ${GPULIBC_SKIP_TSAN:-0} != 1 ]]; then
  echo
  echo "== ThreadSanitizer: gpurun, the cpu device and the RPC protocol"
  GPULIBC_BUILD_DIR=$build-tsan "$root/utils/build.sh" -DGPULIBC_SANITIZER=thread \
    -DGPULIBC_GPU_TARGETS=OFF
  (cd "$build-tsan" && ctest -j"$jobs" --output-on-failure --timeout 1500 -L "tsan") || status=$?
fi
exit $status
