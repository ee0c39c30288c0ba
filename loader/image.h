//===-- Reading and classifying a device image ----------------------------===//
#ifndef GPURUN_IMAGE_H
#define GPURUN_IMAGE_H

#include <string>

#include "backend.h"

namespace gpurun {

// Reads `path` and classifies it by its ELF header. On failure returns the
// exit code (127 missing, 126 not runnable) after reporting why; else 0.
int read_image(const std::string &path, Image &image);

} // namespace gpurun

#endif
