/// `horizon-mismatch`: a goal's deadline does not fit its horizon.
#include "rules/rule.h"

namespace goals {
namespace {

class HorizonMismatch : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"horizon-mismatch", Severity::Info, "a goal's deadline does not fit its horizon",
                                    "goal breakdown"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(HorizonMismatch)

}  // namespace goals
