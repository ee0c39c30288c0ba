# Builds a device program the way a user would: clang with gpulibc's config
# file. Every program is built for the cpu device (which runs it) and, when
# GPU targets are on, for each AMDGPU and NVPTX architecture, and ctest checks
# those images.
#
#   gpulibc_add_program(<name> SOURCES <files...> [FLAGS <extra clang flags>] [GPU_ONLY])
#
# Sets <name>_IMAGE to the cpu device image's path in the parent scope.
# GPU_ONLY skips the cpu image, for programs whose cpu build lit makes itself.

set(GPULIBC_PROGRAM_DIR ${CMAKE_BINARY_DIR}/programs)
set(GPULIBC_CHECK_IMAGE ${PROJECT_SOURCE_DIR}/cmake/check_image.cmake)

function(gpulibc_add_program name)
  cmake_parse_arguments(ARG "GPU_ONLY" "" "SOURCES;FLAGS" ${ARGN})
  set(sources)
  set(is_cxx OFF)
  foreach(s ${ARG_SOURCES})
    get_filename_component(abs ${s} ABSOLUTE)
    list(APPEND sources ${abs})
    if(abs MATCHES "\\.(cpp|cc|cxx)$")
      set(is_cxx ON)
    endif()
  endforeach()
  set(compiler ${CMAKE_C_COMPILER})
  if(is_cxx)
    set(compiler ${CMAKE_CXX_COMPILER})
  endif()
  set(common_flags -O2 -g0 ${ARG_FLAGS})

  set(variants)
  if(NOT ARG_GPU_ONLY)
    set(variants "cpu|cpu|")
  endif()
  if(GPULIBC_GPU_TARGETS)
    foreach(arch ${GPULIBC_AMDGPU_ARCHS})
      list(APPEND variants "${arch}|amdgpu|-mcpu=${arch}")
    endforeach()
    if(GPULIBC_NVPTX_LINK)
      foreach(arch ${GPULIBC_NVPTX_ARCHS})
        list(APPEND variants "${arch}|nvptx|-march=${arch}")
      endforeach()
    endif()
  endif()

  set(outputs)
  foreach(v ${variants})
    string(REPLACE "|" ";" parts "${v}")
    list(GET parts 0 suffix)
    list(GET parts 1 target)
    list(LENGTH parts n)
    set(arch_flag)
    if(n GREATER 2)
      list(GET parts 2 arch_flag)
    endif()
    set(out ${GPULIBC_PROGRAM_DIR}/${name}.${suffix})
    set(env)
    if(target STREQUAL "nvptx")
      set(env ${CMAKE_COMMAND} -E env "PATH=${CUDA_BIN_DIR}:$ENV{PATH}")
    endif()
    add_custom_command(OUTPUT ${out}
      COMMAND ${env} ${compiler} --config=${GPULIBC_BUILD_SHARE}/${target}.cfg ${arch_flag}
              ${common_flags} ${sources} -o ${out}
      DEPENDS ${sources} gpulibc-${target} ${GPULIBC_BUILD_SHARE}/${target}.cfg
      COMMENT "Building ${name} for ${suffix}" VERBATIM)
    list(APPEND outputs ${out})
    if(NOT target STREQUAL "cpu")
      add_test(NAME image/${name}.${suffix}
               COMMAND ${CMAKE_COMMAND} -DIMAGE=${out} -DKIND=${target}
                       -DREADELF=${LLVM_READELF} -P ${GPULIBC_CHECK_IMAGE})
      set_tests_properties(image/${name}.${suffix} PROPERTIES LABELS "image")
    endif()
  endforeach()
  if(outputs)
    add_custom_target(program-${name} ALL DEPENDS ${outputs})
  endif()
  set(${name}_IMAGE ${GPULIBC_PROGRAM_DIR}/${name}.cpu PARENT_SCOPE)
endfunction()
