#include "commands/command.h"

namespace goals {

void setup_status(CLI::App& app, Runner* run) {
  CLI::App* sub = app.add_subcommand(
      "status",
      "Where the quarter stands: sprint progress, due and overdue milestones, the goal tree");
  (void)sub;
  (void)run;
}

}  // namespace goals
