/// `stale-goal`: an active goal has not been reviewed for more than 90 days.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

std::string days(long n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

class StaleGoal : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"stale-goal", Severity::Info,
                                    "an active goal has not been reviewed for more than 90 days",
                                    "mistake 5: never revising", Smart::None};
    return kInfo;
  }

  void configure(const RuleOptions&, const Config& config) override {
    after_days_ = config.stale_after_days;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    for (const GraphNode& n : ctx.graph.nodes) {
      if (n.kind != NodeKind::Goal || n.note < 0 || !is_open(n)) continue;
      const Note& note = ctx.vault.notes[n.note];
      // No `reviewed` date says nothing about how old the goal is: no finding.
      if (!note.reviewed) continue;
      const long age = days_between(*note.reviewed, ctx.today);
      if (age <= after_days_) continue;
      // `updated:` is read as `reviewed` (config aliases), and so is its position.
      const PropertyPos p = property_anchor(note, "reviewed");
      out.report(n.note, p.line, p.column,
                 "goal \"" + n.title + "\" was last reviewed " + note.reviewed->str() + ", " +
                     days(age) + " ago; goals go stale after " + days(after_days_),
                 "Read the goal again, change what no longer fits, and set `reviewed:` to "
                 "today's date.");
    }
  }

 private:
  int after_days_ = 90;
};

}  // namespace

GOALS_RULE(StaleGoal)

}  // namespace goals
