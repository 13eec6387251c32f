#include <memory>

#include "commands/new_note.h"
#include "goals/passes/lint.h"
#include "goals/passes/plan.h"
#include "goals/write/scaffold.h"
#include "render/lint.h"

namespace goals {

namespace {

struct NewGoalOptions {
  std::string title;
  Horizon horizon = Horizon::None;
  std::optional<std::string> parent, deadline, metric, accountability;
  NewNoteOptions note;
};

// The rules that judge a goal as SMART, run on the new note so that its
// writer sees at once what is still missing.
const std::vector<std::string> kSmartRules = {
    "horizon-mismatch", "no-accountability", "no-deadline", "no-metric",
    "orphan-goal",      "outside-control",   "vague-goal"};

/// Lints the note `rel` as written in `text`, with the rest of the vault as it is.
void report_smart_gaps(Session& s, const Vault& v, const std::string& rel, const std::string& text,
                       bool dry_run) {
  OverlayFileSystem overlay(s.io.fs, path_join(v.root, rel), text);
  Io io = s.io.with_fs(overlay);
  Session with_note(io, s.options);
  with_note.print_load_problems = false;
  const std::optional<Loaded> l = with_note.load();
  if (!l) return;
  LintOptions lo;
  lo.select = kSmartRules;
  lo.paths = std::vector<std::string>{rel};
  const std::vector<std::unique_ptr<Rule>> rules = make_rules();
  const LintResult result = lint(l->vault, l->graph, l->today, rules, lo);
  // A hint, like the next steps: -q leaves it out.
  if (result.diagnostics.empty() || s.options.quiet) return;
  s.io.err << (dry_run ? "goals: the goal would be written; to make it SMART:\n"
                       : "goals: the goal is written; to make it SMART:\n");
  LintReport report{result.diagnostics, result.notes_checked, nullptr, "", false, Width{}};
  render_lint(s.io.err, report, LintFormat::Text, rules, Style{s.color_err()});
}

int write_goal_note(Session& s, const Loaded* l, const NewGoalOptions& o) {
  const Vault& v = l->vault;
  if (!check_title(s, o.title)) return kExitUsage;
  GoalDraft draft;
  draft.title = o.title;
  draft.horizon = o.horizon;
  draft.metric = o.metric.value_or("");
  draft.accountability = o.accountability.value_or("");
  if (o.deadline) {
    draft.deadline = Date::parse(*o.deadline);
    if (!draft.deadline) {
      s.error("--deadline: " + not_a_date(*o.deadline));
      return kExitUsage;
    }
  }
  const std::string rel = new_note_path(v, "goals", o.title);
  if (o.parent) {
    const int p = v.find_note(*o.parent);
    if (p < 0) {
      s.error(no_note_message(s, "--parent", *o.parent, WantedNote::LongGoal));
      return kExitUsage;
    }
    if (!v.is_ordinary(p)) {
      s.error("--parent: '" + v.notes[p].path +
              "' is a template or an excluded file in Obsidian's settings, not a goal");
      return kExitUsage;
    }
    if (v.notes[p].type != NoteType::Goal && v.notes[p].type != NoteType::Vision) {
      s.error("--parent: '" + v.notes[p].path + "' is not a goal or the vision");
      return kExitUsage;
    }
    draft.parents.push_back(NoteLinker(v, rel).target(p));
  }
  const std::optional<std::string> text =
      render_note(s, v, "goal", goal_template_data(draft, l->today));
  if (!text) return kExitUsage;
  const int code = write_new_note(s, v, rel, *text, o.note);
  if (code != kExitOk) return code;
  report_smart_gaps(s, v, rel, *text, o.note.dry_run);
  if (!o.note.dry_run) {
    if (o.horizon == Horizon::Short || o.horizon == Horizon::None)
      say_next(s, {"goals new sprint --goal \"" + o.title + "\""});
    else
      say_next(s, {"goals new goal \"A shorter step\" --parent \"" + o.title + "\""});
  }
  return code;
}

int run_new_goal(Session& s, const NewGoalOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  return write_goal_note(s, &*l, o);
}

}  // namespace

int write_goal(Session& s, const Loaded& l, const std::string& title) {
  NewGoalOptions o;
  o.title = title;
  return write_goal_note(s, &l, o);
}

void setup_new_goal(CLI::App& parent, Runner* run) {
  auto o = std::make_shared<NewGoalOptions>();
  CLI::App* sub =
      parent.add_subcommand("goal", "Write a goal note, then say what keeps it from being SMART");
  sub->add_option("title", o->title, "What you will do, e.g. \"Mentor 2 junior engineers\"")
      ->required();
  add_choice(sub, "--horizon", &o->horizon,
             "long (2-5 years), medium (6-18 months) or short (3-12 months)");
  completes(sub->add_option("--parent", o->parent, "The longer-term goal or vision it serves"),
            ValueKind::Goal);
  completes(sub->add_option("--deadline", o->deadline, "When it is due (YYYY-MM-DD)"),
            ValueKind::Date);
  sub->add_option("--metric", o->metric, "How you will know it is done");
  sub->add_option("--accountability", o->accountability, "Who you told and who checks in");
  add_new_note_flags(sub, &o->note);
  sub->callback([o, run] { *run = [o](Session& s) { return run_new_goal(s, *o); }; });
}

}  // namespace goals
