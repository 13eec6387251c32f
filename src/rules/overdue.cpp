/// `overdue`: an active goal's deadline or an open milestone's due date has passed.
#include "rules/rule.h"

namespace goals {
namespace {

class Overdue : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"overdue", Severity::Warning, "an active goal's deadline or an open milestone's due date has passed",
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

GOALS_RULE(Overdue)

}  // namespace goals
