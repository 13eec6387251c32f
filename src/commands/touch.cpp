#include "commands/change.h"

namespace goals {

namespace {

struct TouchOptions {
  std::vector<std::string> goals;
  ChangeOptions change;
};

int run_touch(Session& s, const TouchOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  // Every goal must be found before any is changed.
  std::vector<Target> targets;
  for (const std::string& g : o.goals) {
    const std::optional<Target> t = one_target(s, *l, g, {.goals = true, .milestones = false});
    if (!t) return kExitUsage;
    targets.push_back(*t);
  }
  NoteEditor editor(s, *l);
  for (const Target& t : targets)
    if (!editor.touch(t)) return kExitUsage;
  return editor.finish(o.change);
}

}  // namespace

void setup_touch(CLI::App& app, Runner* run) {
  auto o = std::make_shared<TouchOptions>();
  CLI::App* sub = app.add_subcommand("touch", "Record that goals were reviewed today (reviewed:)");
  completes(sub->add_option("goals", o->goals, "Goals by name or path"), ValueKind::Goal)
      ->required();
  add_change_flags(sub, &o->change);
  sub->callback([o, run] { *run = [o](Session& s) { return run_touch(s, *o); }; });
}

}  // namespace goals
