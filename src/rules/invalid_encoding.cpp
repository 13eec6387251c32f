/// `invalid-encoding`: a note is not valid UTF-8.
#include "rules/rule.h"

namespace goals {
namespace {

class InvalidEncoding : public LoaderRule {
 public:
  InvalidEncoding() : LoaderRule(findings::kInvalidEncoding, "a note is not valid UTF-8") {}
};

}  // namespace

GOALS_RULE(InvalidEncoding)

}  // namespace goals
