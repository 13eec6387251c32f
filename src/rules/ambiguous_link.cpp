/// `ambiguous-link`: a link matches several notes after Obsidian's tie-breaks.
#include "rules/rule.h"

namespace goals {
namespace {

class AmbiguousLink : public LoaderRule {
 public:
  AmbiguousLink()
      : LoaderRule(findings::kAmbiguousLink,
                   "a link matches several notes after Obsidian's tie-breaks") {}
};

}  // namespace

GOALS_RULE(AmbiguousLink)

}  // namespace goals
