#include "commands/command.h"

namespace goals {

namespace {

struct CommandExamples {
  std::string_view path;
  std::span<const Example> examples;
};

// Real command lines on a vault shaped like examples/engineering-manager, in
// one table so that help and the man page show the same ones.
constexpr Example kGoals[] = {
    {"goals", "where this week stands (the same as `goals status`)"},
    {"goals lint", "check every goal for SMART gaps, overdue work and broken links"},
    {"goals review --cadence weekly", "the weekly review: progress, questions, a note"},
};
constexpr Example kBase[] = {
    {"goals base --output Goals.base", "live tables of goals and the sprint inside Obsidian"},
    {"goals base | less", "look before writing"},
};
constexpr Example kCompletion[] = {
    {"goals completion bash > ~/.local/share/bash-completion/completions/goals",
     "complete commands, options, titles and rule ids in bash"},
    {"goals completion zsh > ~/.zfunc/_goals", "for zsh (with ~/.zfunc on $fpath)"},
    {"goals completion fish > ~/.config/fish/completions/goals.fish", "for fish"},
};
constexpr Example kDone[] = {
    {"goals done \"capacity model\"", "the milestone of this sprint holding those words"},
    {"goals done Sprints/2026-Q4.md:26", "the task on that line"},
    {"goals done \"Mentor 2 junior engineers\" --dry-run", "a goal: show the diff, write nothing"},
};
constexpr Example kDrop[] = {
    {"goals drop \"summit talk\" --reason \"no slot this year\"", "drop a milestone, saying why"},
    {"goals drop \"Get better at leadership\" --dry-run", "a goal: show the diff, write nothing"},
};
constexpr Example kExport[] = {
    {"goals export ics --output ~/career.ics", "deadlines and checkpoints for a calendar app"},
    {"goals export ics > career.ics", "the same, through the shell"},
};
constexpr Example kGraph[] = {
    {"goals graph | dot -Tsvg > goals.svg", "draw the goal tree with Graphviz"},
    {"goals graph --format mermaid", "a Mermaid flowchart to paste into a note"},
};
constexpr Example kHelp[] = {
    {"goals help", "the manual page, or this help when it is not installed"},
    {"goals help new goal", "the help of one command"},
};
constexpr Example kInit[] = {
    {"goals init --dry-run", "see what init finds in an existing vault; write nothing"},
    {"goals init ~/notes/career", "start a new vault there"},
};
constexpr Example kLint[] = {
    {"goals lint", "every finding in the vault"},
    {"goals lint Goals/ --fail-on error", "only the goals folder; exit 1 only on errors (CI)"},
    {"goals lint --explain no-metric", "what a rule checks and how to fix it"},
};
constexpr Example kList[] = {
    {"goals list --type goal --status active --sort deadline", "active goals, soonest first"},
    {"goals list --due-before 2027-01-01 --format tsv", "what is due this year, for a script"},
    {"goals list --orphan -0 | xargs -0 ls -l", "goals that serve nothing longer-term"},
};
constexpr Example kMove[] = {
    {"goals move \"capacity model\" --to 2026-12-04 --reason \"waiting on headcount\"",
     "a milestone's due date"},
    {"goals move \"Mentor 2 junior engineers\" --to 2027-01-31", "a goal's deadline"},
};
constexpr Example kNew[] = {
    {"goals new goal \"Lead the Q1 hiring loop\" --horizon short --deadline 2027-03-31",
     "a short-term goal"},
    {"goals new sprint", "the next 90-day sprint, from the last one's goals"},
    {"goals new review --cadence monthly", "a review note to fill in by hand"},
};
constexpr Example kNewGoal[] = {
    {"goals new goal \"Lead the Q1 hiring loop\" --horizon short --deadline 2027-03-31 "
     "--parent \"Move into engineering management\"",
     "a short-term goal serving a long-term one"},
    {"goals new goal \"Give a talk at a meetup\" --dry-run", "print the note; write nothing"},
};
constexpr Example kNewReview[] = {
    {"goals new review", "the quarterly review of the sprint ending now"},
    {"goals new review --period 2026-W47", "a weekly review of a past week"},
};
constexpr Example kNewSprint[] = {
    {"goals new sprint", "the quarter after the latest sprint, with its goals"},
    {"goals new sprint --quarter 2027-Q1 --goal \"Mentor 2 junior engineers\" --goal "
     "\"Lead the sprint planning cycle for Q1 2027\"",
     "choose the quarter and the goals"},
};
constexpr Example kNewVision[] = {
    {"goals new vision", "the north-star note, with prompts"},
    {"goals new vision \"Where I want to be in 2030\" --edit", "then open it in your editor"},
};
constexpr Example kReport[] = {
    {"goals report --output Dashboard.md", "a dashboard note with progress and charts"},
    {"goals report --watch --output Dashboard.md", "write it again whenever a note changes"},
};
constexpr Example kReview[] = {
    {"goals review", "the quarterly review of the sprint ending now"},
    {"goals review --cadence weekly", "this week's review"},
    {"goals review --period 2026-W46 --no-input", "a missed week's note, answers left empty"},
};
constexpr Example kShow[] = {
    {"goals show \"Mentor 2 junior engineers\"", "a goal: its parents, sprints and milestones"},
    {"goals show Sprints/2026-Q4.md --format json", "a sprint, for a script"},
};
constexpr Example kStatus[] = {
    {"goals status", "this week's view"},
    {"goals status --ascii | mail -s \"Weekly goals\" me@example.com", "send it as plain text"},
};
constexpr Example kTouch[] = {
    {"goals touch \"Mentor 2 junior engineers\" \"Get promoted to Engineering Manager\"",
     "set reviewed: to today on both"},
    {"goals touch Goals/Mentor\\ 2\\ junior\\ engineers.md --dry-run", "show the diff only"},
};
constexpr Example kWins[] = {
    {"goals wins", "finished work since the last quarterly review, for the resume"},
    {"goals wins --since 2026-01-01 --links", "this year's, as links to paste into a note"},
};

constexpr CommandExamples kTable[] = {
    {"", kGoals},
    {"base", kBase},
    {"completion", kCompletion},
    {"done", kDone},
    {"drop", kDrop},
    {"export", kExport},
    {"export ics", kExport},
    {"graph", kGraph},
    {"help", kHelp},
    {"init", kInit},
    {"lint", kLint},
    {"list", kList},
    {"move", kMove},
    {"new", kNew},
    {"new goal", kNewGoal},
    {"new review", kNewReview},
    {"new sprint", kNewSprint},
    {"new vision", kNewVision},
    {"report", kReport},
    {"review", kReview},
    {"show", kShow},
    {"status", kStatus},
    {"touch", kTouch},
    {"wins", kWins},
};

}  // namespace

std::span<const Example> examples_of(std::string_view path) {
  for (const CommandExamples& c : kTable)
    if (c.path == path) return c.examples;
  return {};
}

}  // namespace goals
