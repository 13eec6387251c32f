#include "commands/change.h"

namespace goals {

namespace {

struct DoneOptions {
  std::string target;
  ChangeOptions change;
};

int run_done(Session& s, const DoneOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const std::optional<Target> t = one_target(s, *l, o.target, {});
  if (!t) return kExitUsage;
  if (t->done) {
    s.error("'" + t->text + "' is already done; nothing was changed");
    return kExitOk;
  }
  NoteEditor editor(s, *l);
  if (!editor.done(*t)) return kExitUsage;
  return editor.finish(o.change);
}

}  // namespace

void setup_done(CLI::App& app, Runner* run) {
  auto o = std::make_shared<DoneOptions>();
  CLI::App* sub = app.add_subcommand(
      "done", "Mark a milestone or goal done: [x] and its done date, or status: done");
  add_target_option(sub, &o->target);
  add_change_flags(sub, &o->change);
  sub->callback([o, run] { *run = [o](Session& s) { return run_done(s, *o); }; });
}

}  // namespace goals
