/// `unquoted-link`: a link in a property is not in quotes, so YAML reads it as a nested list.
#include "rules/rule.h"

namespace goals {
namespace {

class UnquotedLink : public LoaderRule {
 public:
  UnquotedLink()
      : LoaderRule(findings::kUnquotedLink,
                   "a link in a property is not in quotes, so YAML reads it as a nested list") {}
};

}  // namespace

GOALS_RULE(UnquotedLink)

}  // namespace goals
