#include "commands/command.h"

namespace goals {

void setup_report(CLI::App& app, Runner* run) {
  CLI::App* sub =
      app.add_subcommand("report", "Write a dashboard note: progress tables and Mermaid charts");
  (void)sub;
  (void)run;
}

}  // namespace goals
