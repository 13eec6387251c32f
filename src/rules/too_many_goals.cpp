/// `too-many-goals`: a sprint holds more goals than `max-goals-per-sprint` (3).
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

class TooManyGoals : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"too-many-goals", Severity::Error,
                                    "a sprint holds more goals than the maximum (3)",
                                    "mistake 1: too many goals", Smart::None};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const GoalGraph& g = ctx.graph;
    const int max = ctx.config.max_goals_per_sprint;
    for (const GraphNode& node : g.nodes) {
      if (node.kind != NodeKind::Sprint || has_ended(node, ctx.today)) continue;
      // A dropped goal gives its slot back; everything else takes one.
      int count = 0;
      const SprintGoal* first_over = nullptr;
      for (const SprintGoal& sg : node.goals) {
        if (sg.node >= 0 && g.nodes[sg.node].status == GoalStatus::Dropped) continue;
        if (++count == max + 1) first_over = &sg;
      }
      if (first_over == nullptr) continue;
      const std::string name = ctx.vault.notes[node.note].name;
      out.report(node.note, first_over->line, first_over->column,
                 "sprint \"" + name + "\" holds " + std::to_string(count) + " goals; at most " +
                     std::to_string(max) + (max == 1 ? " keeps" : " keep") + " a quarter focused",
                 (max <= 1 ? std::string("Pick the one goal that matters most")
                           : "Pick the 1-" + std::to_string(max) + " goals that matter most") +
                     " and move the rest to a later sprint; a slot left blank on purpose is "
                     "fine.");
    }
  }
};

}  // namespace

GOALS_RULE(TooManyGoals)

}  // namespace goals
