/// `note-too-deep`: a note nests quotes and lists too deep to read.
#include "rules/rule.h"

namespace goals {
namespace {

class NoteTooDeep : public LoaderRule {
 public:
  NoteTooDeep()
      : LoaderRule({"note-too-deep", Severity::Error,
                    "a note nests quotes and lists too deep to read", "vault", Smart::None}) {}
};

}  // namespace

GOALS_RULE(NoteTooDeep)

}  // namespace goals
