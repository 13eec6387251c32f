/// `table-too-large`: a table is too large to read as a table.
#include "rules/rule.h"

namespace goals {
namespace {

class TableTooLarge : public LoaderRule {
 public:
  TableTooLarge()
      : LoaderRule(findings::kTableTooLarge, "a table is too large to read as a table") {}
};

}  // namespace

GOALS_RULE(TableTooLarge)

}  // namespace goals
