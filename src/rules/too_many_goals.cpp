/// `too-many-goals`: a sprint holds more goals than the maximum (3).
#include "rules/rule.h"

namespace goals {
namespace {

class TooManyGoals : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"too-many-goals", Severity::Error, "a sprint holds more goals than the maximum (3)",
                                    "mistake 1: too many goals"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(TooManyGoals)

}  // namespace goals
