#include "render/graph.h"
#include "commands/command.h"

namespace goals {

namespace {

int run_graph(Session& s, const std::string& format) {
  const Vault* v = s.vault();
  if (!v) return kExitUsage;
  const GraphFormat f = format == "json"      ? GraphFormat::Json
                        : format == "mermaid" ? GraphFormat::Mermaid
                                              : GraphFormat::Dot;
  render_graph(s.io.out, *v, *s.graph(), f);
  return kExitOk;
}

}  // namespace

void setup_graph(CLI::App& app, Runner* run) {
  auto format = std::make_shared<std::string>("dot");
  CLI::App* sub = app.add_subcommand("graph", "Print the goal graph for Graphviz or Mermaid");
  sub->add_option("--format", *format, "dot (default), mermaid or json")
      ->check(CLI::IsMember({"dot", "mermaid", "json"}));
  sub->callback([format, run] { *run = [format](Session& s) { return run_graph(s, *format); }; });
}

}  // namespace goals
