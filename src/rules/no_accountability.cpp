/// `no-accountability`: an active short or medium goal, or a sprint goal, names no accountability partner.
#include "rules/rule.h"

namespace goals {
namespace {

class NoAccountability : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"no-accountability", Severity::Info, "an active short or medium goal, or a sprint goal, names no accountability partner",
                                    "mistake 3: no accountability"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(NoAccountability)

}  // namespace goals
