/// `unreadable`: a file or folder in the vault cannot be read.
#include "rules/rule.h"

namespace goals {
namespace {

class Unreadable : public LoaderRule {
 public:
  Unreadable()
      : LoaderRule(findings::kUnreadable, "a file or folder in the vault cannot be read") {}
};

}  // namespace

GOALS_RULE(Unreadable)

}  // namespace goals
