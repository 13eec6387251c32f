// What a review changes in the goals it looked at: the review is the moment
// to record that they were reviewed, to close what is finished and to
// decide about what is late, so none of it is left for a hand edit.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "commands/change.h"
#include "commands/review.h"
#include "goals/passes/plan.h"
#include "goals/passes/timeline.h"

namespace goals {

namespace {

// The goal notes a review of `cadence` looks at: a weekly one its sprint's
// goals (every open goal when no sprint holds the week), a monthly or
// quarterly one every open goal.
std::vector<int> covered_goals(const Loaded& l, Cadence cadence, int sprint) {
  const GoalGraph& g = l.graph;
  std::vector<int> out;
  auto add = [&](int node) {
    if (node < 0 || g.nodes[node].kind != NodeKind::Goal || g.nodes[node].note < 0) return;
    if (!is_open(g.nodes[node])) return;
    if (std::find(out.begin(), out.end(), node) == out.end()) out.push_back(node);
  };
  if (cadence == Cadence::Weekly && sprint >= 0) {
    for (const SprintGoal& sg : g.nodes[sprint].goals) add(sg.node);
    return out;
  }
  for (std::size_t n = 0; n < g.nodes.size(); ++n) add(static_cast<int>(n));
  return out;
}

Target goal_target(const Loaded& l, int node) {
  const GraphNode& n = l.graph.nodes[node];
  Target t;
  t.kind = Target::Kind::Goal;
  t.node = node;
  t.note = n.note;
  t.text = l.vault.notes[n.note].title;
  t.due = n.deadline;
  return t;
}

std::string titles(const Loaded& l, const std::vector<int>& nodes) {
  std::string out;
  for (int n : nodes) out += (out.empty() ? "" : ", ") + l.graph.nodes[n].title;
  return out;
}

bool yes_to(Prompter& p, bool given, const std::string& question) {
  if (given) return true;
  const std::optional<bool> yes = p.confirm(question + " [y/N]");
  return yes && *yes;
}

// Asks for a date until one reads (or the answer is empty: nullopt).
std::optional<Date> ask_date(Prompter& p, const std::string& question) {
  for (int tries = 0; tries < 3; ++tries) {
    const std::optional<std::string> a = p.ask_line(question);
    if (!a || trim(*a).empty()) return std::nullopt;
    if (auto d = Date::parse(std::string(trim(*a)))) return d;
    p.show("  '" + *a + "' is not a date (YYYY-MM-DD).\n");
  }
  return std::nullopt;
}

}  // namespace

int follow_up_review(Session& s, const Loaded& l, Cadence cadence, int sprint, Prompter& prompter,
                     bool interactive, const ReviewFollowUp& f) {
  const GoalGraph& g = l.graph;
  NoteEditor editor(s, l);
  std::set<int> closed;  // goal nodes marked done here, or named as finished

  const std::vector<int> covered = covered_goals(l, cadence, sprint);
  if (!covered.empty() &&
      yes_to(prompter, f.mark_reviewed || f.yes,
             fmt::format("Record today as reviewed: on the {} goal{} this review covered ({})?",
                         covered.size(), covered.size() == 1 ? "" : "s", titles(l, covered)))) {
    for (int n : covered)
      if (!editor.touch(goal_target(l, n))) return kExitUsage;
  }

  for (int n : covered) {
    const Progress& p = g.nodes[n].progress;
    if (p.total == 0 || p.done < p.total) continue;
    if (!interactive && !f.yes) {
      // Finished, not late: name the command rather than list it among late
      // items (a hint: -q leaves it out, as it does the others below).
      if (!s.options.quiet)
        s.io.err << "goals: every milestone of '" << g.nodes[n].title
                 << "' is ticked; mark it done: "
                 << "goals done \"" << g.nodes[n].title << "\"\n";
      closed.insert(n);
      continue;
    }
    if (!yes_to(prompter, f.yes,
                fmt::format("Every milestone of '{}' is ticked ({}/{}). Mark the goal done?",
                            g.nodes[n].title, p.done, p.total)))
      continue;
    if (!editor.done(goal_target(l, n))) return kExitUsage;
    closed.insert(n);
  }

  // What is late: the sprint's milestones, then the covered goals past their deadline.
  std::vector<Target> late;
  if (sprint >= 0)
    for (const MilestoneInfo& m : sprint_milestones(g, sprint))
      if (is_overdue(g, m, l.today)) {
        Target t;
        t.kind = Target::Kind::Milestone;
        t.node = sprint;
        t.note = m.note;
        t.line = m.line;
        t.text = m.text;
        t.due = m.due_written ? m.due : std::nullopt;
        late.push_back(t);
      }
  for (int n : covered)
    if (!closed.count(n) && is_overdue(g.nodes[n], l.today)) late.push_back(goal_target(l, n));
  std::vector<const Target*> undecided;
  for (const Target& t : late) {
    if (!interactive) {
      undecided.push_back(&t);
      continue;
    }
    const std::string due = t.due ? " was due " + t.due->str() : " is late";
    const std::optional<std::string> a =
        prompter.ask_line("'" + t.text + "'" + due + ": [d]one, [m]ove, d[r]op or [s]kip?");
    const std::string choice = a ? ascii_lower(trim(*a)) : "";
    if (choice == "d" || choice == "done") {
      if (!editor.done(t)) return kExitUsage;
    } else if (choice == "m" || choice == "move") {
      const std::optional<Date> to = ask_date(prompter, "  New date (YYYY-MM-DD):");
      if (!to) continue;
      const std::optional<std::string> why = prompter.ask_line("  Why (optional):");
      if (!editor.move(t, *to, why ? std::string(trim(*why)) : "")) return kExitUsage;
    } else if (choice == "r" || choice == "drop") {
      const std::optional<std::string> why = prompter.ask_line("  Why (optional):");
      if (!editor.drop(t, why ? std::string(trim(*why)) : "")) return kExitUsage;
    }
  }
  if (!undecided.empty() && !s.options.quiet) {
    s.io.err << "goals: " << undecided.size() << (undecided.size() == 1 ? " item is" : " items are")
             << " late; decide each with done, move or drop:\n";
    for (const Target* t : undecided) {
      const std::string where =
          t->kind == Target::Kind::Milestone
              ? s.vault_prefix() + l.vault.notes[t->note].path + ":" + std::to_string(t->line)
              : t->text;
      s.io.err << "  goals done \"" << where << "\"  |  goals move \"" << where
               << "\" --to DATE  |  goals drop \"" << where << "\"\n";
    }
  }
  if (editor.empty()) return kExitOk;
  return editor.finish(ChangeOptions{});
}

int carry_over(Session& s, const Loaded& l, const std::vector<int>& goals, const Quarter& next,
               const Note& review, Prompter& prompter, bool interactive, const ReviewFollowUp& f) {
  NoteEditor editor(s, l);
  const Date start = next.first_day(), end = next.last_day();
  for (int n : goals) {
    const GraphNode& goal = l.graph.nodes[n];
    if (goal.note < 0 || !goal.deadline || *goal.deadline >= start) continue;
    std::optional<Date> to;
    if (interactive) {
      to = ask_date(prompter, fmt::format("'{}' was due {}; its new deadline (YYYY-MM-DD, empty "
                                          "keeps it):",
                                          goal.title, goal.deadline->str()));
    } else if (f.yes) {
      to = end;
    } else if (!s.options.quiet) {
      s.io.err << "goals: '" << goal.title << "' was due " << goal.deadline->str()
               << "; give it a new deadline: goals move \"" << goal.title << "\" --to " << end.str()
               << "\n";
    }
    if (to && !editor.move(goal_target(l, n), *to, "carried into " + next.str())) return kExitUsage;
  }
  int code = editor.empty() ? kExitOk : editor.finish(ChangeOptions{});
  for (const std::string& name : unwritten_in_last_answer(l.vault, review)) {
    const std::string command = "goals new goal \"" + name + "\"";
    if (!interactive) {
      if (!s.options.quiet)
        s.io.err << "goals: your last answer links [[" << name
                 << "]], which is not written yet: " << command << "\n";
      continue;
    }
    const std::optional<bool> yes = prompter.confirm("Your last answer links [[" + name +
                                                     "]], which is not written yet. "
                                                     "Write it now (" +
                                                     command + ")? [y/N]");
    if (!yes || !*yes) continue;
    if (const int c = write_goal(s, l, name); c != kExitOk) code = c;
  }
  return code;
}

}  // namespace goals
