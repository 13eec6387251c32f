/// `unquoted-link`: a link in a property is not in quotes, so YAML reads it as a nested list.
#include "rules/rule.h"

namespace goals {
namespace {

class UnquotedLink : public LoaderRule {
 public:
  UnquotedLink()
      : LoaderRule({"unquoted-link", Severity::Warning,
                    "a link in a property is not in quotes, so YAML reads it as a nested list",
                    "vault", Smart::None}) {}
};

}  // namespace

GOALS_RULE(UnquotedLink)

}  // namespace goals
