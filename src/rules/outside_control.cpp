/// `outside-control`: a goal's outcome is someone else's decision.
#include "rules/rule.h"

namespace goals {
namespace {

class OutsideControl : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"outside-control", Severity::Warning, "a goal's outcome is someone else's decision",
                                    "Achievable, mistake 2"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(OutsideControl)

}  // namespace goals
