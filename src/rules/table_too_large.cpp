/// `table-too-large`: a table is too large to read as a table.
#include "rules/rule.h"

namespace goals {
namespace {

class TableTooLarge : public LoaderRule {
 public:
  TableTooLarge()
      : LoaderRule({"table-too-large", Severity::Warning, "a table is too large to read as a table",
                    "vault", Smart::None}) {}
};

}  // namespace

GOALS_RULE(TableTooLarge)

}  // namespace goals
