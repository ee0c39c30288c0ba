# Host code (gpurun, host tests, benchmarks) can be built with a sanitizer.
# Device code never is: a device image must not reference a host runtime.
function(gpulibc_host_target target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror=return-type)
  if(GPULIBC_SANITIZER)
    target_compile_options(${target} PRIVATE -fsanitize=${GPULIBC_SANITIZER} -g
                                             -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=${GPULIBC_SANITIZER})
  endif()
endfunction()
