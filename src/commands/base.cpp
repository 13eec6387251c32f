#include "goals/render/base.h"
#include "commands/command.h"
#include "commands/new_note.h"
#include "goals/write/scaffold.h"

namespace goals {

namespace {

struct BaseOptions {
  std::optional<std::string> output;
};

int write_output(Session& s, const Vault& v, const std::string& file, const std::string& text) {
  return report_generated(s, file, write_generated_base(s.io.fs, v.root, file, text),
                          "a .base file");
}

int run_base(Session& s, const BaseOptions& o) {
  if (o.output && o.output->empty()) {
    s.error("--output: the file name is empty");
    return kExitUsage;
  }
  // The file compares dates with Bases' today() when Obsidian opens it, so
  // today's date plays no part here (a bad --today is none of its business),
  // but writing it needs a vault that was found, as writing a note does.
  if (!o.output) {
    const Vault* v = s.vault();
    if (v == nullptr) return kExitUsage;
    s.io.out << goals_base_yaml(*v);
    return kExitOk;
  }
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  return write_output(s, l->vault, *o.output, goals_base_yaml(l->vault));
}

}  // namespace

void setup_base(CLI::App& app, Runner* run) {
  auto o = std::make_shared<BaseOptions>();
  CLI::App* sub = app.add_subcommand(
      "base", "Print an Obsidian Bases file (.base) with tables of the goals and sprint");
  completes(
      sub->add_option("--output", o->output,
                      "Write it to FILE (from the working directory, inside the vault) instead of "
                      "stdout; replaces only a .base file goals wrote"),
      ValueKind::Path);
  sub->callback([o, run] { *run = [o](Session& s) { return run_base(s, *o); }; });
}

}  // namespace goals
