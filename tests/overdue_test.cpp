// The one definition of "overdue" (timeline.h), for goals and milestones.
#include <gtest/gtest.h>

#include "goals/passes/timeline.h"

namespace goals {
namespace {

const Date kToday{2026, 11, 22};

GraphNode goal(GoalStatus status, std::optional<Date> deadline) {
  GraphNode n;
  n.kind = NodeKind::Goal;
  n.status = status;
  n.deadline = deadline;
  return n;
}

TEST(IsOverdue, AnOpenGoalPastItsDeadline) {
  EXPECT_TRUE(is_overdue(goal(GoalStatus::Active, Date{2026, 11, 21}), kToday));
  EXPECT_FALSE(is_overdue(goal(GoalStatus::Active, kToday), kToday));
  EXPECT_FALSE(is_overdue(goal(GoalStatus::Active, std::nullopt), kToday));
  EXPECT_FALSE(is_overdue(goal(GoalStatus::Done, Date{2026, 1, 1}), kToday));
  EXPECT_FALSE(is_overdue(goal(GoalStatus::Dropped, Date{2026, 1, 1}), kToday));
  GraphNode vision = goal(GoalStatus::Active, Date{2026, 1, 1});
  vision.kind = NodeKind::Vision;
  EXPECT_FALSE(is_overdue(vision, kToday));
}

TEST(IsOverdue, APendingMilestonePastItsDueDate) {
  GoalGraph g;
  g.nodes.push_back(goal(GoalStatus::Active, std::nullopt));
  g.nodes.push_back(goal(GoalStatus::Done, std::nullopt));
  MilestoneInfo m;
  m.goal = 0;
  m.due = Date{2026, 11, 21};
  EXPECT_TRUE(is_pending(g, m));
  EXPECT_TRUE(is_overdue(g, m, kToday));
  m.due_written = true;
  EXPECT_TRUE(is_overdue(g, m, kToday));
  m.due = kToday;
  EXPECT_FALSE(is_overdue(g, m, kToday));
  m.due = std::nullopt;
  EXPECT_FALSE(is_overdue(g, m, kToday));
  m.due = Date{2026, 11, 1};
  m.goal = -1;  // a goal named by no note
  EXPECT_TRUE(is_overdue(g, m, kToday));
  m.goal = 1;  // a finished goal's leftover
  EXPECT_FALSE(is_pending(g, m));
  EXPECT_FALSE(is_overdue(g, m, kToday));
  m.goal = 0;
  m.is_done = true;
  EXPECT_FALSE(is_overdue(g, m, kToday));
  m.is_done = false;
  m.cancelled = true;
  EXPECT_FALSE(is_overdue(g, m, kToday));
}

}  // namespace
}  // namespace goals
