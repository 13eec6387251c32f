/// `invalid-property`: a property holds a value of the wrong kind: an impossible date, an unknown
/// status, horizon or cadence.
#include "rules/rule.h"

namespace goals {
namespace {

class InvalidProperty : public LoaderRule {
 public:
  InvalidProperty()
      : LoaderRule(findings::kInvalidProperty,
                   "a property holds a value of the wrong kind: an impossible date, an unknown "
                   "status, horizon or cadence") {}
};

}  // namespace

GOALS_RULE(InvalidProperty)

}  // namespace goals
