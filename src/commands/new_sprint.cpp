#include <memory>

#include "commands/new_note.h"
#include "goals/passes/plan.h"
#include "goals/passes/timeline.h"

namespace goals {

namespace {

struct NewSprintOptions {
  std::optional<std::string> quarter, start, end;
  std::vector<std::string> goals;
  NewNoteOptions note;
};

int run_new_sprint(Session& s, const NewSprintOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const Vault& v = l->vault;
  const GoalGraph& g = l->graph;
  bool ok = true;
  const std::optional<Date> start = parse_date_flag(s, o.start, "--start", &ok);
  const std::optional<Date> end = parse_date_flag(s, o.end, "--end", &ok);
  if (!ok) return kExitUsage;
  Quarter quarter = next_sprint_quarter(g, l->today);
  if (o.quarter) {
    const std::optional<Quarter> q = Quarter::parse(*o.quarter);
    if (!q) {
      s.error("--quarter: '" + *o.quarter + "' is not a quarter (YYYY-Qn)");
      return kExitUsage;
    }
    quarter = *q;
  }
  const int max = v.config.max_goals_per_sprint;
  if (static_cast<int>(o.goals.size()) > max) {
    s.error("a sprint holds at most " + std::to_string(max) + " goals, and " +
            std::to_string(o.goals.size()) +
            " were given: if everything is a priority, nothing is. Pick the ones that matter "
            "most this quarter (max-goals-per-sprint in .goals.yaml sets the limit)");
    return kExitUsage;
  }
  std::vector<int> goals;
  for (const std::string& name : o.goals) {
    const int n = v.find_note(name);
    if (n < 0) {
      s.error(no_note_message(s, "--goal", name, WantedNote::Goal));
      return kExitUsage;
    }
    const int node = g.node_of_note[n];
    if (node < 0 || g.nodes[node].kind != NodeKind::Goal) {
      s.error("--goal: '" + v.notes[n].path + "' is not a goal note (type: goal)");
      return kExitUsage;
    }
    goals.push_back(node);
  }
  if (o.goals.empty()) {
    goals = propose_sprint_goals(v, g, max);
    // Said on stderr: stdout carries only the path.
    if (!goals.empty() && !s.options.quiet) {
      s.io.err << "goals: proposed from the last sprint's unfinished goals and the last "
                  "quarterly review:\n";
      for (int node : goals) s.io.err << "  - " << g.nodes[node].title << '\n';
    }
  }
  const int code = write_sprint(s, *l, quarter, goals, start, end, o.note);
  // A goal carried over with a deadline the sprint starts after would be
  // overdue from its first day: say how to give it a new one.
  const Date first = start.value_or(quarter.first_day()), last = end.value_or(quarter.last_day());
  if (code == kExitOk && !s.options.quiet)
    for (int node : goals) {
      const GraphNode& n = g.nodes[node];
      if (n.deadline && *n.deadline < first && is_open(n))
        s.io.err << "goals: '" << n.title << "' was due " << n.deadline->str()
                 << ", before the sprint starts; give it a new deadline: goals move \"" << n.title
                 << "\" --to " << last.str() << '\n';
    }
  return code;
}

}  // namespace

int write_sprint(Session& s, const Loaded& l, const Quarter& quarter, const std::vector<int>& goals,
                 std::optional<Date> start, std::optional<Date> end, const NewNoteOptions& o) {
  const std::string rel =
      new_note_path(l.vault, "sprints", sprint_note_name(l.vault.config, quarter));
  const SprintPlan plan = plan_sprint(l.vault, l.graph, quarter, goals, start, end, rel);
  if (plan.end < plan.start) {
    s.error("the sprint would end (" + plan.end.str() + ") before it starts (" + plan.start.str() +
            ")");
    return kExitUsage;
  }
  const std::optional<std::string> text =
      render_note(s, l.vault, "sprint", sprint_template_data(plan));
  if (!text) return kExitUsage;
  const int code = write_new_note(s, l.vault, rel, *text, o);
  if (code == kExitOk && !o.dry_run)
    say_next(s, {"(fill in each milestone's … in " + s.vault_prefix() + rel + ")", "goals status"});
  return code;
}

void setup_new_sprint(CLI::App& parent, Runner* run) {
  auto o = std::make_shared<NewSprintOptions>();
  CLI::App* sub = parent.add_subcommand(
      "sprint", "Write the next 90-day sprint: 1-3 goals, weekly milestones, success metrics");
  sub->add_option("--quarter", o->quarter,
                  "YYYY-Qn (default: the quarter after the latest sprint)");
  completes(
      sub->add_option("--goal", o->goals,
                      "A goal note to work on; repeat for up to 3 (default: the last sprint's "
                      "unfinished goals and the last review's picks)"),
      ValueKind::Goal)
      ->allow_extra_args(false);
  completes(sub->add_option("--start", o->start, "First day (default: the quarter's first day)"),
            ValueKind::Date);
  completes(sub->add_option("--end", o->end, "Last day (default: the quarter's last day)"),
            ValueKind::Date);
  add_new_note_flags(sub, &o->note);
  sub->callback([o, run] { *run = [o](Session& s) { return run_new_sprint(s, *o); }; });
}

}  // namespace goals
