/// `invalid-frontmatter`: front matter that does not parse, is not a mapping or trips a guard.
#include "rules/rule.h"

namespace goals {
namespace {

class InvalidFrontmatter : public LoaderRule {
 public:
  InvalidFrontmatter()
      : LoaderRule(findings::kInvalidFrontmatter,
                   "front matter that does not parse, is not a mapping or trips a guard") {}
};

}  // namespace

GOALS_RULE(InvalidFrontmatter)

}  // namespace goals
