#include "commands/command.h"

namespace goals {

void setup_export(CLI::App& app, Runner* run) {
  CLI::App* sub = app.add_subcommand("export", "Export deadlines and milestones for other tools");
  (void)sub;
  (void)run;
}

}  // namespace goals
