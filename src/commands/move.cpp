#include "commands/change.h"

namespace goals {

namespace {

struct MoveOptions {
  std::string target;
  std::optional<std::string> to;
  std::string reason;
  ChangeOptions change;
};

int run_move(Session& s, const MoveOptions& o) {
  bool ok = true;
  const std::optional<Date> to = parse_date_flag(s, o.to, "--to", &ok);
  if (!ok) return kExitUsage;
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const std::optional<Target> t = one_target(s, *l, o.target, {});
  if (!t) return kExitUsage;
  if (t->closed) {
    s.error("'" + t->text + "' is closed (done or dropped); nothing was changed");
    return kExitUsage;
  }
  if (t->due == to) {
    s.error("'" + t->text + "' is already due " + to->str() + "; nothing was changed");
    return kExitOk;
  }
  NoteEditor editor(s, *l);
  if (!editor.move(*t, *to, o.reason)) return kExitUsage;
  return editor.finish(o.change);
}

}  // namespace

void setup_move(CLI::App& app, Runner* run) {
  auto o = std::make_shared<MoveOptions>();
  CLI::App* sub = app.add_subcommand("move", "Move a milestone's due date or a goal's deadline");
  add_target_option(sub, &o->target);
  completes(sub->add_option("--to", o->to, "The new date (YYYY-MM-DD)"), ValueKind::Date)
      ->required();
  sub->add_option("--reason", o->reason,
                  "Why, written under the milestone or in the goal's ## Log section");
  add_change_flags(sub, &o->change);
  sub->callback([o, run] { *run = [o](Session& s) { return run_move(s, *o); }; });
}

}  // namespace goals
