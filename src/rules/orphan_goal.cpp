/// `orphan-goal`: a goal reaches no long-term goal or vision through `parent`.
#include "rules/rule.h"

namespace goals {
namespace {

class OrphanGoal : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"orphan-goal", Severity::Warning, "a goal reaches no long-term goal or vision through `parent`",
                                    "Relevant"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(OrphanGoal)

}  // namespace goals
