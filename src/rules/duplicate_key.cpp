/// `duplicate-key`: a front-matter key is written twice; the last one counts.
#include "rules/rule.h"

namespace goals {
namespace {

class DuplicateKey : public LoaderRule {
 public:
  DuplicateKey()
      : LoaderRule({"duplicate-key", Severity::Warning,
                    "a front-matter key is written twice; the last one counts", "vault",
                    Smart::None}) {}
};

}  // namespace

GOALS_RULE(DuplicateKey)

}  // namespace goals
