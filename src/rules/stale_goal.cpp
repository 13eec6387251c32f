/// `stale-goal`: an active goal has not been reviewed for more than 90 days.
#include "rules/rule.h"

namespace goals {
namespace {

class StaleGoal : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"stale-goal", Severity::Info, "an active goal has not been reviewed for more than 90 days",
                                    "mistake 5: never revising"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(StaleGoal)

}  // namespace goals
