/// `periodic-name-clash`: a sprint note has the name Periodic Notes gives a quarterly note.
#include <string>

#include "goals/passes/plan.h"
#include "rules/rule.h"

namespace goals {
namespace {

class PeriodicNameClash : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "periodic-name-clash", Severity::Warning,
        "a sprint note has the name Periodic Notes gives a quarterly note, so a link to it may "
        "open either",
        "90-day sprints", Smart::None};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    if (!ctx.config.periodic_reviews.quarterly) return;
    for (const GraphNode& node : ctx.graph.nodes) {
      if (node.kind != NodeKind::Sprint || node.note < 0) continue;
      const Note& note = ctx.vault.notes[node.note];
      std::string periodic;
      if (!is_quarterly_note_name(ctx.config, note.name, &periodic) || periodic == note.path)
        continue;
      const PropertyPos at = note_anchor(note);
      out.report(node.note, at.line, at.column,
                 "sprint \"" + note.name +
                     "\" has the name Periodic Notes gives the quarterly "
                     "note " +
                     periodic + "; a [[" + note.name + "]] link may open either note",
                 "Rename the sprint note, e.g. to \"" + note.name +
                     " Sprint\" (Obsidian updates the links to it); `goals new sprint` names new "
                     "sprints so in this vault.");
    }
  }
};

}  // namespace

GOALS_RULE(PeriodicNameClash)

}  // namespace goals
