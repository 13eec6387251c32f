/// What new notes are filled with: the next sprint's plan and a review's
/// facts, computed from the vault and graph (a pass: data only; templates
/// turn it into Markdown).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "goals/date.h"
#include "goals/graph.h"
#include "goals/vault.h"

namespace goals {

/// One goal of a planned sprint.
struct PlannedGoal {
  int node = -1;       ///< goal node, or -1 for a goal named by text only
  std::string title;   ///< shown title
  std::string link;    ///< `[[...]]` target that resolves to the note uniquely ("" for text)
  std::string metric;  ///< the goal's metric ("" when it has none)
};

/// A `Week a-b` block of a sprint goal and the day it is due (the block's last day).
struct WeekBlock {
  int first_week = 0;
  int last_week = 0;
  Date due;
};

struct SprintPlan {
  Quarter quarter;
  Date start, end;
  std::vector<PlannedGoal> goals;
  std::vector<WeekBlock> blocks;    ///< 1-4, 5-8, 9-12 (9-13 when the sprint has 13 weeks)
  std::vector<std::string> parents;  ///< link targets of the long-term goals served
};

/// The quarter `goals new sprint` plans by default: the one after the latest
/// sprint in the vault, else the quarter holding `today`.
Quarter next_sprint_quarter(const GoalGraph& g, const Date& today);

/// Goals to propose when none are given: the latest sprint's unfinished
/// goals, then the goals linked in the last quarterly review's last answer,
/// unique, open goals only, at most `max` (goal node indices).
std::vector<int> propose_sprint_goals(const Vault& v, const GoalGraph& g, int max);

/// The plan for `quarter` with `goals` (goal nodes), dates defaulting to the quarter's bounds.
SprintPlan plan_sprint(const Vault& v, const GoalGraph& g, const Quarter& quarter,
                       const std::vector<int>& goals, std::optional<Date> start,
                       std::optional<Date> end);

enum class ReviewCadence { Quarterly, Monthly, Weekly };

/// The facts a review starts from: for a quarterly review the sprint's goals
/// and metrics and what was done (milestones and goals with ✅ dates); for a
/// weekly one this week's and overdue milestones; for a monthly one each
/// active goal with its parent chain. Shaped as the template data (JSON).
nlohmann::json review_facts(const Vault& v, const GoalGraph& g, ReviewCadence cadence,
                            int sprint_node, const Date& today);

}  // namespace goals
