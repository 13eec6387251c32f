/// `no-metric`: an active short or medium goal, or a sprint goal, has no success metric.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

/// Goal notes this rule judges at their own file: open, and not long-term
/// (a goal with no horizon might be a short one, so it needs a metric too).
bool judged_at_note(const GraphNode& n) {
  return n.kind == NodeKind::Goal && n.note >= 0 && is_open(n) && n.horizon != Horizon::Long;
}

class NoMetric : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "no-metric", Severity::Warning,
        "an active short or medium goal, or a sprint goal, has no success metric", "Measurable",
        Smart::Measurable};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const GoalGraph& g = ctx.graph;
    for (const GraphNode& node : g.nodes) {
      if (judged_at_note(node)) {
        // The graph has already merged a sprint's `Success metric:` into the node.
        if (!node.metric.empty()) continue;
        const PropertyPos pos = property_anchor(ctx.vault.notes[node.note], "metric");
        out.report(
            node.note, pos.line, pos.column,
            "goal \"" + node.title + "\" has no metric: nothing says how you will know it is done",
            "Add `metric:` with the number that will show it is done, e.g. \"6 logged "
            "mentoring sessions\".");
      } else if (node.kind == NodeKind::Sprint && !has_ended(node, ctx.today)) {
        for (const SprintGoal& sg : node.goals) {
          if (sg.node >= 0 && (!is_open(g.nodes[sg.node]) || judged_at_note(g.nodes[sg.node])))
            continue;
          // Only the sprint's own item counts: a long-term goal's metric
          // measures years, not this quarter.
          if (sg.metric_item != nullptr && !sg.metric.empty()) continue;
          out.report(node.note, sg.line, sg.column,
                     "sprint goal \"" + sg.title +
                         "\" has no success metric: nothing says how you will know it is done",
                     help_for(sg));
        }
      }
    }
  }

 private:
  static std::string help_for(const SprintGoal& sg) {
    if (sg.number == 0 && sg.link != nullptr)
      return "Give it a `## Goal N: [[" + sg.link->target +
             "]]` heading with a `- Success metric: ...` item under it, e.g. `- Success metric: "
             "Pass the certification exam`.";
    return "Add a `- Success metric: ...` item under the goal's heading, e.g. `- Success metric: "
           "Pass the certification exam`.";
  }
};

}  // namespace

GOALS_RULE(NoMetric)

}  // namespace goals
