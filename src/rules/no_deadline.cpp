/// `no-deadline`: an active goal has no valid deadline.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

class NoDeadline : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"no-deadline", Severity::Warning,
                                    "an active goal has no valid deadline", "Time-bound",
                                    Smart::TimeBound};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const auto& nodes = ctx.graph.nodes;
    for (const GraphNode& n : nodes) {
      if (n.kind == NodeKind::Goal && n.note >= 0 && is_open(n) && !n.deadline)
        check_note(ctx, n, out);
      else if (n.kind == NodeKind::Sprint && !n.end)
        check_inline_goals(ctx, n, out);
    }
  }

 private:
  static void check_note(const LintContext& ctx, const GraphNode& n, Reporter& out) {
    const Note& note = ctx.vault.notes[n.note];
    const std::string title = "goal \"" + n.title + "\"";
    // An unreadable value is invalid-property's to explain; here it only
    // means the goal is still not time-bound.
    const PropertyPos* p = note.property_pos.find("deadline");
    if (p && !p->blank) {
      out.report(n.note, p->line, p->column, title + " has no valid deadline",
                 "Write `deadline` as a calendar date, `YYYY-MM-DD`, e.g. "
                 "`deadline: 2027-03-31`.");
      return;
    }
    const PropertyPos at = p ? *p : note_anchor(note);
    out.report(n.note, at.line, at.column, title + " has no deadline",
               std::string(p ? "Fill in `deadline:`" : "Add `deadline:`") +
                   " with the day it must be finished by, e.g. `deadline: 2027-03-31`.");
  }

  /// Inline goals are due when their sprint ends; a sprint with no end
  /// leaves them with no date at all (and cannot have ended).
  static void check_inline_goals(const LintContext& ctx, const GraphNode& sprint, Reporter& out) {
    const Note& note = ctx.vault.notes[sprint.note];
    for (const SprintGoal& sg : sprint.goals) {
      if (sg.node < 0) continue;
      const GraphNode& g = ctx.graph.nodes[sg.node];
      if (g.note >= 0 || !is_open(g)) continue;
      out.report(sprint.note, sg.line, sg.column,
                 "sprint goal \"" + g.title + "\" has no deadline: sprint \"" + note.name +
                     "\" has no end date",
                 "Give the sprint `end: YYYY-MM-DD` or `quarter: YYYY-Qn`; its goals are "
                 "due when it ends.");
    }
  }
};

}  // namespace

GOALS_RULE(NoDeadline)

}  // namespace goals
