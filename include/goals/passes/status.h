/// `goals status`: where the quarter stands, as data. The current sprint and
/// its goals' progress, milestones due this week and everything overdue, the
/// next review due and the reviews missed, the wins since the last review,
/// and the goal tree with
/// each goal's SMART letters as lint judges them. Renderers draw it.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/passes/lint.h"
#include "goals/passes/review_period.h"
#include "goals/passes/timeline.h"
#include "goals/support/date.h"

namespace goals {

/// One goal of the current sprint.
struct SprintGoalStatus {
  int node = -1;  ///< goal node, -1 for a goal named by no note
  std::string title;
  Progress progress;   ///< its milestones in this sprint
  std::string metric;  ///< the sprint's `Success metric:`, else the goal's
};

struct SprintStatus {
  int node = -1;
  std::string name;   ///< the sprint note's name (`2026-Q4`)
  std::string title;  ///< its title
  Date start, end;
  int week = 0;        ///< 1-based week of the sprint holding today
  int weeks = 0;       ///< sprint_weeks(start, end)
  long days_left = 0;  ///< days after today up to and including the end
  std::vector<SprintGoalStatus> goals;
};

/// The review that is due next and the command that writes it.
struct ReviewDue {
  Cadence cadence = Cadence::Weekly;
  Date due;
  int last = -1;  ///< the last review of this cadence (node), -1 if none
};

/// A review that fell due and was not written.
struct MissedReview {
  Cadence cadence = Cadence::Weekly;
  /// The period it covers; nullopt for a quarterly review of a sprint
  /// that names no quarter and has no start.
  std::optional<ReviewPeriod> period;
  Date due;             ///< the period's last day; for a quarterly review, its sprint's end
  int sprint = -1;      ///< quarterly: the sprint nobody looked back on; else -1
  std::string command;  ///< what writes it (review_command())
};

/// The reviews due before today and not written, quarterly ones first,
/// then monthly, then weekly, each cadence's oldest first:
/// - quarterly: every sprint that has ended (its last day is before today)
///   with no review looking back on it (sprint_reviewed(), as the
///   `missing-review` rule reads it, but from the day after the end);
/// - monthly and weekly: each calendar month or ISO week that has ended
///   with no review of that cadence dated inside it (review_day(); a weekly
///   note of Periodic Notes dated by its first day counts for the ISO week
///   holding its middle, as its locale week may start on Sunday), counted
///   while the user follows that routine: from the period of their first
///   review of the cadence, but not before the start of the latest sprint
///   that has started, so old history does not pile up. A cadence never
///   written yet is missed by nobody.
/// The list is complete; renderers show a few per cadence.
std::vector<MissedReview> missed_reviews(const Vault& v, const GoalGraph& g, const Date& today);

/// The SMART letters in order: Specific, Measurable, Achievable, Relevant, Time-bound.
inline constexpr std::array<char, 5> kSmartLetters = {'S', 'M', 'A', 'R', 'T'};

/// One row of the goal tree.
struct TreeRow {
  int node = -1;
  int depth = 0;                 ///< 0 for a root (a vision, or a goal with no parent)
  bool last = false;             ///< the last child of its parent (for drawing)
  std::vector<bool> open_above;  ///< per ancestor level: whether more siblings follow there
  /// Per letter of kSmartLetters: met (no finding of that letter's rules on the goal's note).
  std::array<bool, 5> smart{true, true, true, true, true};
  bool is_goal = false;
  std::optional<long> days_left;  ///< to the deadline (negative: late)
};

struct StatusReport {
  Date today;
  std::optional<SprintStatus> sprint;
  Date week_start, week_end;                 ///< Monday and Sunday of today's ISO week
  std::vector<MilestoneInfo> due_this_week;  ///< open, due today..Sunday, goal open
  std::vector<MilestoneInfo> overdue;        ///< current sprint: open, due before today
  std::vector<int> overdue_goals;            ///< open goal notes past their deadline
  std::optional<ReviewDue> next_review;
  std::vector<MissedReview> missed_reviews;  ///< missed_reviews()
  /// Wins count from this day: the last review's (a win that day may not
  /// be in it yet), else the sprint's start; nullopt: all.
  std::optional<Date> wins_since;
  std::string wins_since_what;  ///< "the last review" or "the sprint started"
  std::vector<Win> wins;
  std::vector<TreeRow> tree;
};

/// Computes the report. `rules` judge the SMART letters (their findings on a
/// goal's note, by the letter in their RuleInfo::smart); configured
/// severities and suppressions apply as in lint.
StatusReport status_report(const Vault& v, const GoalGraph& g, const Date& today,
                           const std::vector<std::unique_ptr<Rule>>& rules);

}  // namespace goals
