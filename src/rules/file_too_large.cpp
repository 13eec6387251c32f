/// `file-too-large`: a note is larger than the loader reads.
#include "rules/rule.h"

namespace goals {
namespace {

class FileTooLarge : public LoaderRule {
 public:
  FileTooLarge()
      : LoaderRule({"file-too-large", Severity::Error, "a note is larger than the loader reads",
                    "vault", Smart::None}) {}
};

}  // namespace

GOALS_RULE(FileTooLarge)

}  // namespace goals
