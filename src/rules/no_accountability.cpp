/// `no-accountability`: an active short or medium goal, or a sprint goal, names no accountability
/// partner.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

/// Goal notes this rule judges at their own file: open short and medium goals.
bool judged_at_note(const GraphNode& n) {
  return n.kind == NodeKind::Goal && n.note >= 0 && is_open(n) &&
         (n.horizon == Horizon::Short || n.horizon == Horizon::Medium);
}

class NoAccountability : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "no-accountability", Severity::Info,
        "an active short or medium goal, or a sprint goal, names no accountability partner",
        "mistake 3: no accountability", Smart::None};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const GoalGraph& g = ctx.graph;
    const auto& notes = ctx.vault.notes;
    auto named = [&](int note) { return note >= 0 && !notes[note].accountability.empty(); };
    for (const GraphNode& node : g.nodes) {
      if (judged_at_note(node)) {
        if (named(node.note)) continue;
        // A sprint shared with someone covers the goals it holds.
        bool shared = false;
        for (int s : node.sprints) shared = shared || named(g.nodes[s].note);
        if (shared) continue;
        const PropertyPos pos = property_anchor(notes[node.note], "accountability");
        out.report(node.note, pos.line, pos.column,
                   "goal \"" + node.title +
                       "\" names no accountability partner: no one will ask how it is going",
                   "Tell a mentor, friend or peer about it and name them in `accountability:`, "
                   "e.g. `accountability: \"[[Priya Natarajan]]\"`.");
      } else if (node.kind == NodeKind::Sprint && !has_ended(node, ctx.today)) {
        if (named(node.note)) continue;
        for (const SprintGoal& sg : node.goals) {
          if (sg.node >= 0) {
            const GraphNode& goal = g.nodes[sg.node];
            if (!is_open(goal) || judged_at_note(goal) || named(goal.note)) continue;
          }
          out.report(node.note, sg.line, sg.column,
                     "sprint goal \"" + sg.title +
                         "\" names no accountability partner: no one will ask how it is going",
                     "Share the sprint with someone and name them in the sprint's "
                     "`accountability:`, e.g. `accountability: \"[[Priya Natarajan]]\"`.");
        }
      }
    }
  }
};

}  // namespace

GOALS_RULE(NoAccountability)

}  // namespace goals
