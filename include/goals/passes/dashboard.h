/// What `goals report` shows: what needs attention (lint's findings by
/// note), the next review and the wins since the last one, every sprint with
/// its goals' progress and dated milestones, and every goal of the tree
/// (vision -> long -> medium -> short) with its progress, metric and deadline.
/// Data only; src/render/report.cpp turns it into a Markdown note (tables and
/// Mermaid charts) or JSON.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/passes/lint.h"
#include "goals/passes/status.h"
#include "goals/passes/timeline.h"
#include "goals/support/date.h"

namespace goals {

/// `done` out of `total` as a whole percentage, rounded half up; nullopt
/// when there is nothing to count.
std::optional<int> percent_of(const Progress& p);

/// A milestone as the dashboard shows it.
struct DashboardMilestone {
  MilestoneInfo info;
  /// Due before today and neither done nor cancelled.
  bool overdue = false;
  /// Where it stands on a timeline: the ✅ date once done, else the due date
  /// (nullopt when neither is known).
  std::optional<Date> when;
};

/// One goal of a sprint.
struct DashboardSprintGoal {
  int node = -1;      ///< goal node; -1 when the sprint names no goal note
  std::string title;  ///< one line
  std::string path;   ///< the goal note's vault path; "" for an inline goal or a missing note
  GoalStatus status = GoalStatus::Active;
  Progress progress;  ///< this sprint's milestones of the goal
  std::optional<int> percent;
  std::string metric;  ///< one line: the sprint's `Success metric:`, else the goal's
  std::optional<Date> deadline;
  /// The goal is done: `status: done`, or every milestone of it here is.
  bool complete = false;
  bool overdue = false;  ///< its deadline is before today and it is still open
  int overdue_milestones = 0;
  std::vector<DashboardMilestone> milestones;  ///< in note order
};

struct DashboardSprint {
  int node = -1;
  std::string title;  ///< one line
  std::string path;   ///< the sprint note's vault path
  std::optional<Quarter> quarter;
  std::optional<Date> start, end;
  bool current = false;  ///< today lies in start..end (the latest such sprint)
  bool ended = false;    ///< its end is before today
  Progress progress;     ///< all its goals' milestones
  std::optional<int> percent;
  int overdue_milestones = 0;
  std::vector<DashboardSprintGoal> goals;  ///< in the sprint's order
};

/// A vision or goal of the goal tree.
struct DashboardGoal {
  int node = -1;
  NodeKind kind = NodeKind::Goal;  ///< Vision or Goal
  std::string title;               ///< one line
  std::string path;                ///< its note's vault path; "" for a sprint's inline goal
  Horizon horizon = Horizon::None;
  GoalStatus status = GoalStatus::Active;
  Progress progress;  ///< sprint milestones plus the goal note's own tasks
  std::optional<int> percent;
  std::string metric;  ///< one line
  std::optional<Date> deadline;
  bool overdue = false;  ///< its deadline is before today and it is still open
  /// Parent nodes that are in the tree too (vision or goals), as `parent` names them.
  std::vector<int> parents;
};

/// The findings of lint on one note (or other file) of the vault.
struct AttentionNote {
  std::string path;      ///< vault path
  Diagnostics findings;  ///< in lint's order (line, column, rule)
};

/// A win as the dashboard lists it.
struct DashboardWin {
  Win win;
  std::string path;       ///< the vault path of the note it is written in
  std::string goal_path;  ///< its goal's note's vault path, "" for none
};

/// The review due next and the last one of its cadence.
struct DashboardReview {
  ReviewDue due;
  std::string last_path;  ///< the last review's vault path, "" for none
};

struct Dashboard {
  Date today;
  int current_sprint = -1;  ///< index into `sprints`, or -1
  /// Sprints by start date (then quarter, then note order); undated ones last.
  std::vector<DashboardSprint> sprints;
  /// Visions first, then long, medium, short and horizon-less goals, each in
  /// node order (note path order, then inline goals).
  std::vector<DashboardGoal> goals;
  Progress milestones;  ///< every sprint's milestones together
  int overdue_milestones = 0;

  /// The sprints the timeline (gantt) shows, as indexes into `sprints` in
  /// order: the current and the next sprint, or with
  /// DashboardOptions::all_sprints every sprint.
  std::vector<int> timeline;
  /// Lint's findings, as `goals lint` reports them (`.goals.yaml` severities
  /// and suppressions applied), grouped by note in path order; the dashboard
  /// note's own are left out. Empty without DashboardOptions::rules.
  std::vector<AttentionNote> attention;
  /// The review due next (as `goals status` says).
  std::optional<DashboardReview> next_review;
  /// The reviews due before today and not written (missed_reviews()).
  std::vector<MissedReview> missed_reviews;
  /// Wins count from this day: the last review's, else the current sprint's
  /// start; nullopt: all (as `goals status` counts them).
  std::optional<Date> wins_since;
  std::string wins_since_what;     ///< "the last review", "the sprint started" or ""
  std::vector<DashboardWin> wins;  ///< newest first

  /// How each note the dashboard names is linked: its vault path -> the
  /// link's target as NoteLinker::target gives it from the dashboard note
  /// (with ".md" when `markdown_links`). A path not here is shown as text.
  std::map<std::string, std::string, std::less<>> link_targets;
  /// The vault's Obsidian writes Markdown links (`useMarkdownLinks`), not wikilinks.
  bool markdown_links = false;
};

/// What the dashboard covers beyond the tables.
struct DashboardOptions {
  /// The vault path of the dashboard note (`Dashboard.md`), or "" when it is
  /// not written into the vault: links are written as from there (from the
  /// vault's root for ""), and its own findings are left out.
  std::string note_path;
  /// The timeline shows every sprint, not only the current and the next.
  bool all_sprints = false;
  /// The rules whose findings fill Dashboard::attention (make_rules() for
  /// lint's); nullptr leaves it empty.
  const std::vector<std::unique_ptr<Rule>>* rules = nullptr;
};

/// Computes the dashboard of `g` as of `today`.
Dashboard build_dashboard(const Vault& v, const GoalGraph& g, const Date& today,
                          const DashboardOptions& options = {});

}  // namespace goals
