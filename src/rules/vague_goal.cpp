/// `vague-goal`: a goal's title is vague: no deliverable, number or named role.
#include "rules/rule.h"

namespace goals {
namespace {

class VagueGoal : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"vague-goal", Severity::Warning, "a goal's title is vague: no deliverable, number or named role",
                                    "Specific"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(VagueGoal)

}  // namespace goals
