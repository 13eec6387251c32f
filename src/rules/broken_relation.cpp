/// `broken-relation`: `parent`, `goals` or `sprint` points at no note.
#include "rules/rule.h"

namespace goals {
namespace {

class BrokenRelation : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"broken-relation", Severity::Error, "`parent`, `goals` or `sprint` points at no note",
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

GOALS_RULE(BrokenRelation)

}  // namespace goals
