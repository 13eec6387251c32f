/// `no-metric`: an active short or medium goal, or a sprint goal, has no success metric.
#include "rules/rule.h"

namespace goals {
namespace {

class NoMetric : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"no-metric", Severity::Warning, "an active short or medium goal, or a sprint goal, has no success metric",
                                    "Measurable"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(NoMetric)

}  // namespace goals
