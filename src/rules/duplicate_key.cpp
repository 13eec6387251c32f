/// `duplicate-key`: a front-matter key is written twice; the last one counts.
#include "rules/rule.h"

namespace goals {
namespace {

class DuplicateKey : public LoaderRule {
 public:
  DuplicateKey()
      : LoaderRule(findings::kDuplicateKey,
                   "a front-matter key is written twice; the last one counts") {}
};

}  // namespace

GOALS_RULE(DuplicateKey)

}  // namespace goals
