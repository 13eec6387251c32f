#include "commands/command.h"

namespace goals {

// TODO(stub): `goals review` is being written (issue 4); it adds no subcommand until then.
void setup_review(CLI::App& app, Runner* run) {
  (void)app;
  (void)run;
}

}  // namespace goals
