/// `unreadable`: a file or folder in the vault cannot be read.
#include "rules/rule.h"

namespace goals {
namespace {

class Unreadable : public LoaderRule {
 public:
  Unreadable()
      : LoaderRule({"unreadable", Severity::Error, "a file or folder in the vault cannot be read",
                    "vault", Smart::None}) {}
};

}  // namespace

GOALS_RULE(Unreadable)

}  // namespace goals
