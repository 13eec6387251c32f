/// `orphan-goal`: a goal reaches no long-term goal or vision through `parent`.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

class OrphanGoal : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"orphan-goal", Severity::Warning,
                                    "a goal reaches no long-term goal or vision through `parent`",
                                    "Relevant", Smart::Relevant};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const GoalGraph& g = ctx.graph;
    const auto& notes = ctx.vault.notes;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
      const GraphNode& node = g.nodes[i];
      if (node.kind == NodeKind::Goal && node.note >= 0 && is_open(node)) {
        if (!g.is_orphan(static_cast<int>(i))) continue;
        const Note& note = notes[node.note];
        const PropertyPos* parent = note.property_pos.find("parent");
        const bool has_parent = parent != nullptr && !parent->blank;
        const PropertyPos pos = property_anchor(note, "parent");
        if (node.horizon == Horizon::Long) {
          out.report(node.note, pos.line, pos.column,
                     "long-term goal \"" + node.title + "\" does not lead to the vision",
                     "Add `parent:` with a link to your vision note, so the direction answers to "
                     "where you want to end up.");
        } else if (has_parent) {
          out.report(
              node.note, pos.line, pos.column,
              "goal \"" + node.title + "\" reaches no long-term goal or vision through its parents",
              "Point `parent:` at the long-term goal this moves you toward, or at a goal "
              "that leads to one.");
        } else {
          out.report(node.note, pos.line, pos.column,
                     "goal \"" + node.title +
                         "\" has no parent: nothing ties it to a long-term goal or the vision",
                     std::string(parent ? "Fill in `parent:`" : "Add `parent:`") +
                         " with the long-term goal it moves you toward, e.g. `parent: "
                         "\"[[Move into engineering management]]\"`.");
        }
      } else if (node.kind == NodeKind::Sprint && !has_ended(node, ctx.today)) {
        const Note& sprint = notes[node.note];
        for (const SprintGoal& sg : node.goals) {
          if (sg.node < 0 || g.nodes[sg.node].note >= 0) continue;  // only inline goals
          if (!g.is_orphan(sg.node)) continue;
          const PropertyPos* parent = sprint.property_pos.find("parent");
          const bool has_parent = parent != nullptr && !parent->blank;
          out.report(node.note, sg.line, sg.column,
                     "sprint goal \"" + sg.title + "\" reaches no long-term goal or vision: " +
                         (has_parent ? "the parent of sprint \"" + sprint.name + "\" leads nowhere"
                                     : "sprint \"" + sprint.name + "\" has no parent"),
                     "Add `parent:` to the sprint note with the long-term goal this quarter "
                     "serves; its inline goals take it over.");
        }
      }
    }
  }
};

}  // namespace

GOALS_RULE(OrphanGoal)

}  // namespace goals
