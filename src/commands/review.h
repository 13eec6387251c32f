/// `goals review`: the guided review, callable with any Prompter (tests).
#pragma once

#include <optional>
#include <string>

#include "commands/command.h"
#include "commands/new_note.h"
#include "io/prompt.h"

namespace goals {

/// What `goals review` may change in the goals it covered, without asking.
struct ReviewFollowUp {
  bool mark_reviewed = false;  ///< --mark-reviewed: set `reviewed:` to today
  bool yes = false;            ///< --yes: that, and every other offer that needs no answer
};

struct ReviewOptions {
  std::optional<Cadence> cadence;      ///< --cadence; nullopt: --period's, else quarterly
  std::optional<std::string> period;   ///< --period YYYY-Www | YYYY-MM | YYYY-Qn
  std::optional<std::string> sprint;   ///< --sprint NOTE
  std::optional<std::string> answers;  ///< --answers FILE
  bool no_input = false;
  NewNoteOptions note;  ///< --dry-run, --edit
  ReviewFollowUp follow_up;
};

/// Runs the review. `prompter` asks the questions; nullptr picks one from
/// the options and the terminal (answers file, empty answers, or libedit).
int run_review(Session& s, const ReviewOptions& o, Prompter* prompter);

/// After a review of `cadence` (of `sprint`, or -1) is written: offers to
/// set `reviewed:` on the goals it covered (a weekly review its sprint's
/// goals, or every open goal when there is no sprint; a monthly or
/// quarterly one every open goal), to mark done the
/// goals whose milestones are all ticked, and, when `interactive`, to mark
/// done, move or drop each late milestone and goal (else it lists the
/// commands that do). `f` says yes without asking. Prints what changed.
int follow_up_review(Session& s, const Loaded& l, Cadence cadence, int sprint, Prompter& prompter,
                     bool interactive, const ReviewFollowUp& f);

/// Before the next sprint (`next`) is written from a quarterly review: a
/// carried-over goal whose deadline is before the sprint gets a new one
/// (asked; with --yes the sprint's end; else the command is printed), and
/// each note the review's last answer links but nobody wrote is offered as
/// a new goal.
int carry_over(Session& s, const Loaded& l, const std::vector<int>& goals, const Quarter& next,
               const Note& review, Prompter& prompter, bool interactive, const ReviewFollowUp& f);

}  // namespace goals
