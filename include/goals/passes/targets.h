/// What the routine's verbs (`goals done`, `drop`, `move`, `touch`) act on:
/// a goal note or a milestone, found from what the user typed. Data only;
/// the commands turn a target into edits (write/note_edit.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/support/date.h"

namespace goals {

struct Target {
  enum class Kind { Goal, Milestone };
  Kind kind = Kind::Goal;
  int node = -1;     ///< the goal node (Goal), the sprint node (Milestone); -1 for a task elsewhere
  int note = -1;     ///< the note to edit
  int line = 0;      ///< Milestone: the item's 1-based line
  std::string text;  ///< the goal's title, or the milestone's text
  std::optional<Date> due;  ///< the goal's deadline, or the date written on the milestone
  bool done = false;        ///< goal `status: done`, or a ticked milestone
  bool closed = false;      ///< done, dropped or cancelled
};

/// Which kinds a verb takes.
struct TargetKinds {
  bool goals = true;
  bool milestones = true;
};

/// The targets `query` names. One target: that one. Several: they are the
/// candidates and the verb changes nothing. None: nothing matches.
///   - `PATH:LINE` (vault-relative): the checklist item on that line of that note;
///   - `PATH` of a goal note (vault-relative, with `.md`), or `[[Name]]`, or
///     the name of a goal note as a link would name it (Obsidian's resolution);
///   - else words: the goals whose title, and the milestones of the sprint
///     holding `today` (else the latest sprint) whose text, holds every word
///     (letter case ignored); where some text equals the query, only those.
/// Open items are preferred: closed ones are candidates only when no open one matches.
std::vector<Target> find_targets(const Vault& v, const GoalGraph& g, const Date& today,
                                 std::string_view query, TargetKinds kinds);

/// One change a verb makes (or, with --dry-run, would make) to a note, as it
/// is reported: `done`, `dropped`, `moved`, `reviewed`, `cancelled`.
struct Change {
  std::string path;     ///< vault-relative
  int line = 0;         ///< the line changed (1-based); 0 for a note's properties
  std::string action;   ///< "done", "dropped", "moved", "reviewed"
  std::string subject;  ///< the goal's title or the milestone's text
  std::string detail;   ///< what was written: "completed: 2026-12-03", "2026-12-10 -> 2027-01-15"
};

/// `candidates` as the lines a verb prints for an ambiguous target:
/// `PATH:LINE  text` for milestones, `PATH  title (goal)` for goals.
std::vector<std::string> describe_targets(const Vault& v, const std::vector<Target>& candidates);

}  // namespace goals
