#include "commands/command.h"

namespace goals {

// TODO(stub): `goals init` is being written (issue 4); it adds no subcommand until then.
void setup_init(CLI::App& app, Runner* run) {
  (void)app;
  (void)run;
}

}  // namespace goals
