/// `sprint-dates`: a sprint's dates are missing or invalid, its length is not about 90 days, or it overlaps another sprint.
#include "rules/rule.h"

namespace goals {
namespace {

class SprintDates : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"sprint-dates", Severity::Warning, "a sprint's dates are missing or invalid, its length is not about 90 days, or it overlaps another sprint",
                                    "90-day sprints"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(SprintDates)

}  // namespace goals
