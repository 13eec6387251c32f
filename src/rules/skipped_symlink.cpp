/// `skipped-symlink`: a symbolic link that leaves the vault, loops or dangles was skipped.
#include "rules/rule.h"

namespace goals {
namespace {

class SkippedSymlink : public LoaderRule {
 public:
  SkippedSymlink()
      : LoaderRule(findings::kSkippedSymlink,
                   "a symbolic link that leaves the vault, loops or dangles was skipped") {}
};

}  // namespace

GOALS_RULE(SkippedSymlink)

}  // namespace goals
