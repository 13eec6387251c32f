/// `no-weekly-plan`: a sprint goal has no `Week a-b:` milestones.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

class NoWeeklyPlan : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"no-weekly-plan", Severity::Warning,
                                    "a sprint goal has no `Week a-b:` milestones",
                                    "weekly breakdown", Smart::None};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const GoalGraph& g = ctx.graph;
    for (const GraphNode& node : g.nodes) {
      if (node.kind != NodeKind::Sprint || has_ended(node, ctx.today)) continue;
      for (const SprintGoal& sg : node.goals) {
        // Template milestones left unfilled are unfilled-placeholder's to report.
        if (!sg.milestones.empty() || sg.placeholders > 0) continue;
        if (sg.node >= 0 && !is_open(g.nodes[sg.node])) continue;
        const std::string example = "e.g. `- Week 1-4: Finish sections 1-5 of the course`";
        out.report(node.note, sg.line, sg.column,
                   "sprint goal \"" + sg.title +
                       "\" has no weekly milestones: nothing paces it before the last week",
                   sg.number == 0 && sg.link != nullptr
                       ? "Give it a `## Goal N: [[" + sg.link->target +
                             "]]` heading with `Week a-b:` items under it, " + example + "."
                       : "Break it into `Week a-b:` items under its heading, " + example + ".");
      }
    }
  }
};

}  // namespace

GOALS_RULE(NoWeeklyPlan)

}  // namespace goals
