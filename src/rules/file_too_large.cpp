/// `file-too-large`: a note is larger than the loader reads.
#include "rules/rule.h"

namespace goals {
namespace {

class FileTooLarge : public LoaderRule {
 public:
  FileTooLarge() : LoaderRule(findings::kFileTooLarge, "a note is larger than the loader reads") {}
};

}  // namespace

GOALS_RULE(FileTooLarge)

}  // namespace goals
