#include "render/graph.h"
#include "commands/command.h"

namespace goals {

namespace {

int run_graph(Session& s, GraphFormat format) {
  const Vault* v = s.vault();
  if (!v) return kExitUsage;
  render_graph(s.io.out, *v, *s.graph(), format);
  return kExitOk;
}

}  // namespace

void setup_graph(CLI::App& app, Runner* run) {
  auto format = std::make_shared<GraphFormat>(GraphFormat::Dot);
  CLI::App* sub = app.add_subcommand("graph", "Print the goal graph for Graphviz or Mermaid");
  add_choice(sub, "--format", format.get(), "dot (default), mermaid or json");
  sub->callback([format, run] { *run = [format](Session& s) { return run_graph(s, *format); }; });
}

}  // namespace goals
