//===-- The list of host services gpurun offers ----------------------------===//
#include "services.h"

#include "backend.h"
#include "server.h"

namespace gpurun {

void register_services(Server &server, const LaunchOptions &options) {
  // One line per service; each service decides from `options` whether and
  // how it runs.
  (void)server;
  (void)options;
}

} // namespace gpurun
