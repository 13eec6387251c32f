/// `invalid-encoding`: a note is not valid UTF-8.
#include "rules/rule.h"

namespace goals {
namespace {

class InvalidEncoding : public LoaderRule {
 public:
  InvalidEncoding()
      : LoaderRule({"invalid-encoding", Severity::Error, "a note is not valid UTF-8", "vault",
                    Smart::None}) {}
};

}  // namespace

GOALS_RULE(InvalidEncoding)

}  // namespace goals
