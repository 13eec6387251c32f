/// `no-weekly-plan`: a sprint goal has no `Week a-b:` milestones.
#include "rules/rule.h"

namespace goals {
namespace {

class NoWeeklyPlan : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"no-weekly-plan", Severity::Warning, "a sprint goal has no `Week a-b:` milestones",
                                    "weekly breakdown"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(NoWeeklyPlan)

}  // namespace goals
