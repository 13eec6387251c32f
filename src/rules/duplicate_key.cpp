/// `duplicate-key`: a front-matter key is written twice, so Obsidian reads no properties.
#include "rules/rule.h"

namespace goals {
namespace {

class DuplicateKey : public LoaderRule {
 public:
  DuplicateKey()
      : LoaderRule(findings::kDuplicateKey,
                   "a front-matter key is written twice, so Obsidian reads no properties") {}
};

}  // namespace

GOALS_RULE(DuplicateKey)

}  // namespace goals
