/// `no-deadline`: an active goal has no valid deadline.
#include "rules/rule.h"

namespace goals {
namespace {

class NoDeadline : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"no-deadline", Severity::Warning, "an active goal has no valid deadline",
                                    "Time-bound"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(NoDeadline)

}  // namespace goals
