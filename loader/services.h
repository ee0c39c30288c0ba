//===-- Host services beyond the libc core, registered per run -------------===//
//
// Each service lives in its own file under loader/services/ and registers its
// opcodes' handlers here, so the server's core stays small and the services
// cannot step on each other.
//
//===----------------------------------------------------------------------===//
#ifndef GPURUN_SERVICES_H
#define GPURUN_SERVICES_H

namespace gpurun {

class Server;
struct LaunchOptions;

// Registers every service `options` enables on `server`.
void register_services(Server &server, const LaunchOptions &options);

} // namespace gpurun

#endif
