/// `unanswered-review`: a review leaves a question unanswered.
#include "rules/rule.h"

namespace goals {
namespace {

class UnansweredReview : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"unanswered-review", Severity::Warning, "a review leaves a question unanswered",
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

GOALS_RULE(UnansweredReview)

}  // namespace goals
