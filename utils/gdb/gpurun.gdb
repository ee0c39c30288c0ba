# Makes gdb see cpu device images: gpurun maps images itself and then calls
# __gpurun_image_loaded(path, base); at that moment add the image's symbols
# at its load address and carry on.
#   gdb -x utils/gdb/gpurun.gdb --args build/bin/gpurun ./prog
set breakpoint pending on
break __gpurun_image_loaded
commands
  silent
  eval "add-symbol-file %s -o %lu", (char *)$rdi, $rsi
  continue
end
