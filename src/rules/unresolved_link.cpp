/// `unresolved-link`: a link or embed in a note's body has no target.
#include "rules/rule.h"

namespace goals {
namespace {

class UnresolvedLink : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"unresolved-link", Severity::Info, "a link or embed in a note's body has no target",
                                    "vault"};
    return kInfo;
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    // TODO(stub): implemented by the rule's owner.
    (void)ctx;
    (void)out;
  }
};

}  // namespace

GOALS_RULE(UnresolvedLink)

}  // namespace goals
