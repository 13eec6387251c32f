/// `parent-cycle`: `parent` links form a cycle.
#include "rules/rule.h"

namespace goals {
namespace {

class ParentCycle : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"parent-cycle", Severity::Error, "`parent` links form a cycle",
                                    "graph"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(ParentCycle)

}  // namespace goals
