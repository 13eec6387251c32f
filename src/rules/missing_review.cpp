/// `missing-review`: a sprint ended more than 14 days ago and no review links it.
#include "rules/rule.h"

namespace goals {
namespace {

class MissingReview : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"missing-review", Severity::Warning, "a sprint ended more than 14 days ago and no review links it",
                                    "quarterly review"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(MissingReview)

}  // namespace goals
