#include "commands/change.h"

namespace goals {

namespace {

struct DropOptions {
  std::string target;
  std::string reason;
  ChangeOptions change;
};

int run_drop(Session& s, const DropOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const std::optional<Target> t = one_target(s, *l, o.target, {});
  if (!t) return kExitUsage;
  if (t->closed) {
    s.error("'" + t->text + "' is already closed (done or dropped); nothing was changed");
    return kExitOk;
  }
  NoteEditor editor(s, *l);
  if (!editor.drop(*t, o.reason)) return kExitUsage;
  return editor.finish(o.change);
}

}  // namespace

void setup_drop(CLI::App& app, Runner* run) {
  auto o = std::make_shared<DropOptions>();
  CLI::App* sub = app.add_subcommand(
      "drop", "Drop a milestone or goal: [-] and its cancelled date, or status: dropped");
  add_target_option(sub, &o->target);
  sub->add_option("--reason", o->reason,
                  "Why, written under the milestone or in the goal's ## Log section");
  add_change_flags(sub, &o->change);
  sub->callback([o, run] { *run = [o](Session& s) { return run_drop(s, *o); }; });
}

}  // namespace goals
