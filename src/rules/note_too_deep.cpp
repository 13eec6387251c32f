/// `note-too-deep`: a note nests quotes and lists too deep to read.
#include "rules/rule.h"

namespace goals {
namespace {

class NoteTooDeep : public LoaderRule {
 public:
  NoteTooDeep()
      : LoaderRule(findings::kNoteTooDeep, "a note nests quotes and lists too deep to read") {}
};

}  // namespace

GOALS_RULE(NoteTooDeep)

}  // namespace goals
