/// What new notes are filled with: the next sprint's plan and a review's
/// facts, computed from the vault and graph (a pass: data only; templates
/// turn it into Markdown).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/resolver.h"
#include "goals/model/vault.h"
#include "goals/parse/tasks.h"
#include "goals/passes/note_links.h"
#include "goals/support/date.h"

namespace goals {

/// One goal of a planned sprint.
struct PlannedGoal {
  int node = -1;       ///< goal node, or -1 for a goal named by text only
  std::string title;   ///< shown title
  std::string link;    ///< `[[...]]` target of the goal's note (NoteLinker::target; "" for text)
  std::string metric;  ///< the goal's metric ("" when it has none)
  /// The link to the goal's note in the note's body (NoteLinker::body_link);
  /// "" writes `[[link]]`.
  std::string body_link;
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
  std::vector<WeekBlock> blocks;     ///< 1-4, 5-8, 9-12 (9-13 when the sprint has 13 weeks)
  std::vector<std::string> parents;  ///< link targets of the long-term goals served
  int slots = 3;  ///< `Goal N:` sections written: the goals, then blank ones up to this
  /// How the vault's Tasks plugin writes a task's due date.
  TaskFormat task_format = TaskFormat::Emoji;
  /// The Tasks plugin's global filter, which every milestone task then
  /// carries ("" when none is set).
  std::string global_filter;
};

/// The quarter `goals new sprint` plans by default: the one after the latest
/// sprint in the vault (but never one already over: at least the quarter
/// holding `today`), else the quarter holding `today`.
Quarter next_sprint_quarter(const GoalGraph& g, const Date& today);

/// Goals to propose when none are given: the latest sprint's unfinished
/// goals (open, and not every milestone of theirs in it done), then the goals linked in the last
/// quarterly review's last answer, unique, open goals only, at most `max` (goal node indices).
std::vector<int> propose_sprint_goals(const Vault& v, const GoalGraph& g, int max);

/// The open goals linked below a quarterly review's last question (its "which
/// goals come next" answer), unique, in link order (goal node indices).
/// `review` need not be one of `v`'s notes: links resolve as from `review.path`.
std::vector<int> goals_in_last_answer(const Vault& v, const GoalGraph& g, const Note& review);

/// The notes a quarterly review's last answer links that do not exist yet
/// (wikilinks by bare name, unique, in link order): goals to write.
std::vector<std::string> unwritten_in_last_answer(const Vault& v, const Note& review);

/// The plan for `quarter` with `goals` (goal nodes), dates defaulting to the
/// quarter's bounds. The sprint has round(days / 7) weeks; 9 or more give
/// blocks 1-4, 5-8 and 9-last, fewer three near-equal blocks. A block is due
/// on its last day, the last block on `end`. Links are written as in the
/// note at vault path `note_path` (see NoteLinker).
SprintPlan plan_sprint(const Vault& v, const GoalGraph& g, const Quarter& quarter,
                       const std::vector<int>& goals, std::optional<Date> start,
                       std::optional<Date> end, const std::string& note_path);

/// The built-in template a review of `cadence` uses ("review-quarterly", ...).
std::string_view review_template_name(Cadence cadence);

/// The sprint a review looks at by default: for a quarterly review the
/// latest started sprint that has ended or ends within two weeks, for the
/// others the sprint holding `today`; else the latest started one; -1 if none.
int default_review_sprint(const GoalGraph& g, Cadence cadence, const Date& today);

/// A review's title and file name stem: `2026-Q4 Review` (the sprint's
/// quarter, else today's), `2026-11` or `2026-W47` (ISO week).
std::string review_title(const GoalGraph& g, Cadence cadence, int sprint_node, const Date& today);

/// Data for templates/sprint.md: front-matter values already YAML-quoted,
/// one entry per goal with its week blocks (a placeholder goal when there
/// are none), blank slots up to `plan.slots`. Each block has `due` (the
/// date) and `due_field` (the date as the plan's task format writes it:
/// `📅 2027-01-28` or `[due:: 2027-01-28]`); `task_prefix` is the global
/// filter and a space, or "".
nlohmann::json sprint_template_data(const SprintPlan& plan);

/// What `goals new goal` was told about the goal.
struct GoalDraft {
  std::string title;
  Horizon horizon = Horizon::None;
  std::vector<std::string> parents;  ///< link targets (`X` for `[[X]]`)
  std::optional<Date> deadline;
  std::string metric;
  std::string accountability;  ///< text or a `[[link]]`, as given
};

/// Data for templates/goal.md; created and reviewed are `today`.
nlohmann::json goal_template_data(const GoalDraft& goal, const Date& today);

/// Data for templates/vision.md.
nlohmann::json vision_template_data(const std::string& title, const Date& today);

/// The name of a new sprint note for `quarter`: `2026-Q4`, or `2026-Q4
/// Sprint` when the vault's Periodic Notes name their quarterly notes the
/// same way, so that a `[[2026-Q4]]` link is never two notes.
std::string sprint_note_name(const Config& config, const Quarter& quarter);

/// Whether a note named `name` has the name the vault's Periodic Notes give
/// a quarterly note (then the quarterly note's path for it in `*periodic_path`).
bool is_quarterly_note_name(const Config& config, std::string_view name,
                            std::string* periodic_path);

/// The facts a review starts from: for a quarterly review the sprint's goals
/// and metrics and what was done (milestones and goals with ✅ dates); for a
/// weekly one this week's and overdue milestones; for a monthly one each
/// active goal with its parent chain. Shaped as the template data (JSON) of
/// review_template_name(cadence), with the front matter (`date`, `sprint`)
/// and `title`. `sprint_node` may be -1 (a weekly review then reads the
/// sprints holding `today`). Links are written as in the note at vault path
/// `note_path` (see NoteLinker): `sprint` a wikilink, the others as the body's.
/// The facts are as of `today`, which `goals review --period` sets to the
/// last day of a past period: a weekly review sees a milestone ticked off
/// after it as still to do.
/// `week_start` is the first day of the week a weekly review covers: the
/// Monday of today's ISO week by default, the first day of the user's weekly
/// note when the review goes into it.
nlohmann::json review_facts(const Vault& v, const GoalGraph& g, Cadence cadence, int sprint_node,
                            const Date& today, const std::string& note_path,
                            std::optional<Date> week_start = std::nullopt);

}  // namespace goals
