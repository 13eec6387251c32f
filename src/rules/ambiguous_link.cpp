/// `ambiguous-link`: a link matches several notes after Obsidian's tie-breaks.
#include "rules/rule.h"

namespace goals {
namespace {

class AmbiguousLink : public LoaderRule {
 public:
  AmbiguousLink()
      : LoaderRule({"ambiguous-link", Severity::Warning,
                    "a link matches several notes after Obsidian's tie-breaks", "vault",
                    Smart::None}) {}
};

}  // namespace

GOALS_RULE(AmbiguousLink)

}  // namespace goals
