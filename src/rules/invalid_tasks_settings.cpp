/// `invalid-tasks-settings`: the Tasks plugin's settings file cannot be read, or a setting in it
/// holds a value of the wrong kind.
#include "rules/rule.h"

namespace goals {
namespace {

class InvalidTasksSettings : public LoaderRule {
 public:
  InvalidTasksSettings()
      : LoaderRule(findings::kInvalidTasksSettings,
                   "the Tasks plugin's settings file cannot be read, or a setting in it holds a "
                   "value of the wrong kind") {}
};

}  // namespace

GOALS_RULE(InvalidTasksSettings)

}  // namespace goals
