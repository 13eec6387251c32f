#include "commands/command.h"

namespace goals {

void setup_wins(CLI::App& app, Runner* run) {
  CLI::App* sub = app.add_subcommand(
      "wins", "Accomplishments for the resume: finished goals and milestones, newest first");
  (void)sub;
  (void)run;
}

}  // namespace goals
