/// What happened and what is due, in dates: every milestone with its due and
/// done dates, wins (finished goals and milestones), the sprint running now
/// and the last reviews. A pass shared by `status`, `report`, `wins` and
/// `export ics`: data only; renderers turn it into text, JSON, Markdown or
/// iCalendar.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/support/date.h"

namespace goals {

/// A goal still being pursued: not done or dropped.
inline bool is_open(const GraphNode& n) {
  return n.status != GoalStatus::Done && n.status != GoalStatus::Dropped;
}

/// A sprint whose end is before today.
inline bool has_ended(const GraphNode& sprint, const Date& today) {
  return sprint.end && *sprint.end < today;
}

/// Where a node stands in a goal tree's order: the vision, then long,
/// medium and short goals, then goals without a horizon.
inline int horizon_rank(const GraphNode& n) {
  if (n.kind == NodeKind::Vision) return 0;
  switch (n.horizon) {
    case Horizon::Long:
      return 1;
    case Horizon::Medium:
      return 2;
    case Horizon::Short:
      return 3;
    case Horizon::None:
      break;
  }
  return 4;
}

/// The quarter a sprint plans: its `quarter`, else the one its start falls in.
std::optional<Quarter> sprint_quarter(const GraphNode& sprint);

/// How many weeks a sprint from `start` to `end` has: whole weeks, rounded
/// (a calendar quarter of 90-92 days has 13), at least 1.
inline int sprint_weeks(const Date& start, const Date& end) {
  const long days = std::max(1L, days_between(start, end) + 1);
  return static_cast<int>(std::max(1L, (2 * days + 7) / 14));
}

/// The sprint with the latest quarter (then start, then note order), or -1.
int latest_sprint(const GoalGraph& g);

/// The sprint whose start..end holds `today` (the latest starting one when
/// several do), or -1.
int current_sprint(const GoalGraph& g, const Date& today);

/// Text for one line of output: newlines become spaces, ends trimmed.
std::string one_line(std::string_view s);

/// A milestone's words without its task fields (Tasks-plugin emoji or
/// Dataview, wherever they stand) and block id, on one line. The note reader
/// has taken them out of ListItem::text already; this serves any text.
std::string milestone_text(std::string_view text);

/// One `Week a-b:` milestone of a sprint goal, with its dates.
struct MilestoneInfo {
  int sprint = -1;         ///< sprint node
  int goal = -1;           ///< goal node; -1 when the sprint names no goal note
  std::string goal_title;  ///< the goal's title as the sprint shows it
  std::string text;        ///< milestone_text() of the item
  int first_week = 0, last_week = 0;
  /// Due date written on the item (📅 or `[due:: ]`), else the last day of
  /// week `last_week` of the sprint (never after its end); nullopt when
  /// neither is known.
  std::optional<Date> due;
  bool due_written = false;  ///< `due` is the date written on the item
  std::optional<Date> done;  ///< done date (✅ or `[completion:: ]`)
  bool is_done = false;      ///< ticked (or a plain item with a done date), not cancelled
  bool cancelled = false;    ///< `- [-]`, or a ❌ / `[cancelled:: ]` date
  int note = -1;             ///< the sprint note
  int line = 0;              ///< 1-based line of the item
};

/// The milestones of `sprint`, grouped by sprint goal in the sprint's goal
/// order (its `goals` property first), each goal's in note order.
std::vector<MilestoneInfo> sprint_milestones(const GoalGraph& g, int sprint);

/// Every sprint's milestones, sprints in node order.
std::vector<MilestoneInfo> all_milestones(const GoalGraph& g);

/// A goal whose deadline has passed while it is still open.
bool is_overdue(const GraphNode& goal, const Date& today);

/// A milestone still to do: neither done nor cancelled, and its goal open
/// (a finished or dropped goal's leftover milestones no longer count).
bool is_pending(const GoalGraph& g, const MilestoneInfo& m);

/// A pending milestone whose due date (📅, else the end of its last week)
/// has passed.
bool is_overdue(const GoalGraph& g, const MilestoneInfo& m, const Date& today);

/// Something finished: a goal with `status: done`, or a ticked milestone.
struct Win {
  enum class Kind { Goal, Milestone };
  Kind kind = Kind::Milestone;
  std::optional<Date> date;  ///< `completed` (goal) or ✅ (milestone); nullopt when not dated
  std::string title;         ///< the goal's title, or the milestone's text
  std::string goal;          ///< milestone: its goal's title
  int goal_node = -1;        ///< the goal (for both kinds), -1 if none
  std::string metric;        ///< goal: its success metric
  int note = -1;             ///< where it is written
  int line = 0;
};

/// Wins dated on or after `since` (all dated ones when nullopt; undated ones
/// only then), newest first, then by note path and line.
std::vector<Win> collect_wins(const Vault& v, const GoalGraph& g, std::optional<Date> since);

/// The latest review of `cadence` on or before `today` (by `date`, else the
/// end of the sprint it reviews), or -1; any cadence when nullopt.
int last_review(const GoalGraph& g, std::optional<Cadence> cadence, const Date& today);

/// The day a review node stands for: its `date`, else its sprint's end.
std::optional<Date> review_day(const GoalGraph& g, int review);

/// collect_wins() up to `until`: wins dated after it are left out (they have
/// not happened yet as of that day); undated ones stay when `since` is nullopt.
std::vector<Win> wins_between(const Vault& v, const GoalGraph& g, std::optional<Date> since,
                              const Date& until);

}  // namespace goals
