# ctest helper: checks that a GPU image is a loadable kernel image.
#   cmake -DIMAGE=<file> -DKIND=amdgpu|nvptx -DREADELF=<llvm-readelf> -P check_image.cmake
if(NOT EXISTS "${IMAGE}")
  message(FATAL_ERROR "missing image ${IMAGE}")
endif()
execute_process(COMMAND ${READELF} --file-header --syms --wide ${IMAGE}
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "llvm-readelf failed on ${IMAGE}")
endif()
if(KIND STREQUAL "amdgpu")
  set(required "Machine:[ ]+EM_AMDGPU" "Type:[ ]+DYN" " _start\\.kd\n" " _begin\\.kd\n" " _end\\.kd\n"
               " __gpulibc_device_env\n")
else()
  # A cubin that nvlink produced: a CUDA executable with the entry kernels.
  set(required "Machine:[ ]+NVIDIA CUDA" "Type:[ ]+EXEC" " _start\n" " _begin\n" " _end\n"
               " __gpulibc_device_env\n")
endif()
foreach(pattern ${required})
  if(NOT out MATCHES "${pattern}")
    message(FATAL_ERROR "${IMAGE}: expected to find '${pattern}' in the ELF headers/symbols")
  endif()
endforeach()
message(STATUS "${IMAGE}: ok")
