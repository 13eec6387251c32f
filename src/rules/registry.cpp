#include <memory>
#include <vector>

#include "goals/passes/lint.h"

namespace goals {

// clang-format off
// One line per rule, sorted by rule id. Adding a rule: its file in src/rules/,
// one line here, a fixture in tests/fixtures/rules/ and a page in docs/rules/.
#define GOALS_RULES(X) \
  X(AmbiguousLink) \
  X(BrokenRelation) \
  X(DuplicateKey) \
  X(FileTooLarge) \
  X(HorizonMismatch) \
  X(InvalidEncoding) \
  X(InvalidFrontmatter) \
  X(InvalidObsidianSettings) \
  X(InvalidProperty) \
  X(MissingReview) \
  X(NoAccountability) \
  X(NoDeadline) \
  X(NoMetric) \
  X(NoWeeklyPlan) \
  X(NoteTooCostly) \
  X(NoteTooDeep) \
  X(OrphanGoal) \
  X(OutsideControl) \
  X(Overdue) \
  X(ParentCycle) \
  X(PeriodicNameClash) \
  X(SkippedSymlink) \
  X(SprintDates) \
  X(StaleGoal) \
  X(TableTooLarge) \
  X(TooManyGoals) \
  X(UnansweredReview) \
  X(UnfilledPlaceholder) \
  X(UnquotedLink) \
  X(Unreadable) \
  X(UnresolvedLink) \
  X(VagueGoal)
// clang-format on

#define GOALS_DECLARE_RULE(Class) std::unique_ptr<Rule> make_rule_##Class();
GOALS_RULES(GOALS_DECLARE_RULE)

std::vector<std::unique_ptr<Rule>> make_rules() {
  std::vector<std::unique_ptr<Rule>> rules;
#define GOALS_ADD_RULE(Class) rules.push_back(make_rule_##Class());
  GOALS_RULES(GOALS_ADD_RULE)
  return rules;
}

}  // namespace goals
