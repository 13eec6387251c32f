/// `invalid-obsidian-settings`: a settings file in `.obsidian/` that goals reads is not usable.
#include "rules/rule.h"

namespace goals {
namespace {

class InvalidObsidianSettings : public LoaderRule {
 public:
  InvalidObsidianSettings()
      : LoaderRule(findings::kInvalidObsidianSettings,
                   "an Obsidian settings file goals reads is not JSON or holds a value of the "
                   "wrong type") {}
};

}  // namespace

GOALS_RULE(InvalidObsidianSettings)

}  // namespace goals
