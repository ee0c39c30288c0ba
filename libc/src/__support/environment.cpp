#include "src/__support/environment.h"

namespace gpulibc::internal {
char **environment = nullptr;
}
