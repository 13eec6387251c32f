#include <sstream>

#include "commands/command.h"
#include "commands/new_note.h"
#include "goals/passes/dashboard.h"
#include "goals/write/scaffold.h"
#include "render/report.h"

namespace goals {

namespace {

struct ReportOptions {
  NoteFormat format = NoteFormat::Markdown;
  std::optional<std::string> output;
};

int write_output(Session& s, const Vault& v, const std::string& file, const std::string& text) {
  return report_generated(s, file, write_generated_note(s.io.fs, v.root, file, text),
                          "a dashboard");
}

int run_report(Session& s, const ReportOptions& o) {
  if (o.output && o.format != NoteFormat::Markdown) {
    s.error("--output writes the dashboard note; for JSON, redirect standard output");
    return kExitUsage;
  }
  if (o.output && o.output->empty()) {
    s.error("--output: the file name is empty");
    return kExitUsage;
  }
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const Dashboard d = build_dashboard(l->vault, l->graph, l->today);
  switch (o.format) {
    case NoteFormat::Json:
      s.io.out << json_text(report_json(d), 2) << '\n';
      return kExitOk;
    case NoteFormat::Markdown:
      break;
  }
  std::ostringstream note;
  render_report_markdown(note, d);
  if (!o.output) {
    s.io.out << note.str();
    return kExitOk;
  }
  return write_output(s, l->vault, *o.output, note.str());
}

}  // namespace

void setup_report(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* sub =
      app.add_subcommand("report", "Write a dashboard note: progress tables and Mermaid charts");
  add_choice(sub, "--format", &o->format, "markdown (default): an Obsidian note; or json");
  sub->add_option("--output", o->output,
                  "Write the note to FILE (from the working directory) instead of stdout; "
                  "replaces only a dashboard goals wrote");
  sub->callback([o, run] { *run = [o](Session& s) { return run_report(s, *o); }; });
}

}  // namespace goals
