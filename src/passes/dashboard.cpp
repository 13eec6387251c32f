#include "goals/passes/dashboard.h"

#include <algorithm>
#include <tuple>

#include "goals/parse/frontmatter.h"
#include "goals/passes/note_links.h"

namespace goals {

std::optional<int> percent_of(const Progress& p) {
  if (p.total <= 0) return std::nullopt;
  return static_cast<int>((200L * p.done + p.total) / (2L * p.total));
}

namespace {

std::string note_path(const Vault& v, const GraphNode& n) {
  return n.note >= 0 ? v.notes[n.note].path : std::string();
}

DashboardSprint sprint_of(const Vault& v, const GoalGraph& g, int node, const Date& today) {
  const GraphNode& s = g.nodes[node];
  DashboardSprint ds;
  ds.node = node;
  ds.title = one_line(s.title);
  ds.path = note_path(v, s);
  ds.quarter = sprint_quarter(s);
  ds.start = s.start;
  ds.end = s.end;
  ds.ended = has_ended(s, today);
  // sprint_milestones() lists each sprint goal's milestones in turn.
  const std::vector<MilestoneInfo> all = sprint_milestones(g, node);
  std::size_t next = 0;
  for (const SprintGoal& sg : s.goals) {
    DashboardSprintGoal dg;
    dg.node = sg.node;
    dg.title = one_line(sg.title);
    dg.metric = one_line(sg.metric);
    dg.progress = sg.progress();
    dg.percent = percent_of(dg.progress);
    if (sg.node >= 0) {
      const GraphNode& goal = g.nodes[sg.node];
      dg.path = note_path(v, goal);
      dg.status = goal.status;
      dg.deadline = goal.deadline;
      dg.overdue = is_overdue(goal, today);
    }
    dg.complete = dg.status == GoalStatus::Done ||
                  (dg.progress.total > 0 && dg.progress.done == dg.progress.total);
    for (std::size_t k = 0; k < sg.milestones.size() && next < all.size(); ++k, ++next) {
      DashboardMilestone m;
      m.info = all[next];
      m.overdue = is_overdue(g, m.info, today);
      m.when = m.info.is_done && m.info.done ? m.info.done : m.info.due;
      if (m.overdue) ++dg.overdue_milestones;
      dg.milestones.push_back(std::move(m));
    }
    ds.progress += dg.progress;
    ds.overdue_milestones += dg.overdue_milestones;
    ds.goals.push_back(std::move(dg));
  }
  ds.percent = percent_of(ds.progress);
  return ds;
}

// The dashboard's additions to the tables live in functions of their own below.

/// The current sprint and the next: the first that starts after today.
std::vector<int> timeline_sprints(const Dashboard& d, bool all) {
  std::vector<int> out;
  int next = -1;
  for (std::size_t i = 0; i < d.sprints.size(); ++i) {
    const DashboardSprint& s = d.sprints[i];
    if (all || s.current) out.push_back(static_cast<int>(i));
    // Sprints are in start order: the first one ahead is the next.
    if (next < 0 && !s.current && s.start && d.today < *s.start) next = static_cast<int>(i);
  }
  if (!all && next >= 0) out.push_back(next);
  std::sort(out.begin(), out.end());
  return out;
}

/// Whether note `note` is the dashboard itself: the note being written, or
/// any note goals generated (`generated-by`, a dashboard written elsewhere).
bool is_dashboard_note(const Note& n, const std::string& note_path) {
  return n.path == note_path || n.property_pos.find(kGeneratedByKey) != nullptr;
}

std::vector<AttentionNote> needs_attention(const Vault& v, const GoalGraph& g, const Date& today,
                                           const DashboardOptions& o) {
  std::vector<AttentionNote> out;
  if (!o.rules) return out;
  const LintResult result = lint(v, g, today, *o.rules, LintOptions{});
  for (const Diagnostic& d : result.diagnostics) {
    if (!o.note_path.empty() && d.path == o.note_path) continue;
    const int note = v.find_note(d.path);
    if (note >= 0 && v.notes[note].path == d.path && is_dashboard_note(v.notes[note], o.note_path))
      continue;
    // lint's order is by path first: a note's findings come together.
    if (out.empty() || out.back().path != d.path) out.push_back(AttentionNote{d.path, {}});
    out.back().findings.push_back(d);
  }
  return out;
}

/// The next review and the wins since the last one, as `goals status` has them.
void add_review_and_wins(Dashboard* d, const Vault& v, const GoalGraph& g) {
  // No rules: status's SMART letters (the one part that lints) are not needed here.
  const StatusReport status = status_report(v, g, d->today, {});
  if (status.next_review) {
    DashboardReview r{*status.next_review, {}};
    if (r.due.last >= 0 && g.nodes[r.due.last].note >= 0)
      r.last_path = v.notes[g.nodes[r.due.last].note].path;
    d->next_review = std::move(r);
  }
  d->missed_reviews = status.missed_reviews;
  d->wins_since = status.wins_since;
  d->wins_since_what = status.wins_since_what;
  for (const Win& w : status.wins) {
    DashboardWin dw{w, w.note >= 0 ? v.notes[w.note].path : std::string(), {}};
    if (w.goal_node >= 0 && g.nodes[w.goal_node].note >= 0)
      dw.goal_path = v.notes[g.nodes[w.goal_node].note].path;
    d->wins.push_back(std::move(dw));
  }
}

/// How each note the dashboard names is linked, as the vault's Obsidian
/// would write the link in the dashboard note.
void add_links(Dashboard* d, const Vault& v, const std::string& note_path) {
  const NoteLinker linker(v, note_path);
  d->markdown_links = v.links.markdown;
  const auto add = [&](const std::string& path) {
    if (path.empty() || d->link_targets.contains(path)) return;
    const int note = v.find_note(path);
    if (note < 0 || v.notes[note].path != path) return;  // not a note: shown as text
    d->link_targets.emplace(path, linker.target(note, d->markdown_links));
  };
  for (const DashboardSprint& s : d->sprints) {
    add(s.path);
    for (const DashboardSprintGoal& sg : s.goals) add(sg.path);
  }
  for (const DashboardGoal& dg : d->goals) add(dg.path);
  for (const AttentionNote& a : d->attention) add(a.path);
  for (const DashboardWin& w : d->wins) add(w.goal_path);
  if (d->next_review) add(d->next_review->last_path);
}

void add_extras(Dashboard* d, const Vault& v, const GoalGraph& g, const DashboardOptions& o) {
  d->timeline = timeline_sprints(*d, o.all_sprints);
  d->attention = needs_attention(v, g, d->today, o);
  add_review_and_wins(d, v, g);
  add_links(d, v, o.note_path);
}

}  // namespace

Dashboard build_dashboard(const Vault& v, const GoalGraph& g, const Date& today,
                          const DashboardOptions& options) {
  Dashboard d;
  d.today = today;
  const int current = current_sprint(g, today);
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    const int node = static_cast<int>(i);
    if (n.kind == NodeKind::Sprint) {
      d.sprints.push_back(sprint_of(v, g, node, today));
      d.sprints.back().current = node == current;
      continue;
    }
    if (n.kind != NodeKind::Goal && n.kind != NodeKind::Vision) continue;
    DashboardGoal dg;
    dg.node = node;
    dg.kind = n.kind;
    dg.title = one_line(n.title);
    dg.path = note_path(v, n);
    dg.horizon = n.horizon;
    dg.status = n.status;
    dg.progress = n.progress;
    dg.percent = percent_of(n.progress);
    dg.metric = one_line(n.metric);
    dg.deadline = n.deadline;
    dg.overdue = is_overdue(n, today);
    for (int p : n.parents) {
      const NodeKind k = g.nodes[p].kind;
      if ((k == NodeKind::Goal || k == NodeKind::Vision) &&
          std::find(dg.parents.begin(), dg.parents.end(), p) == dg.parents.end())
        dg.parents.push_back(p);
    }
    d.goals.push_back(std::move(dg));
  }
  std::stable_sort(d.sprints.begin(), d.sprints.end(),
                   [](const DashboardSprint& a, const DashboardSprint& b) {
                     const auto key = [](const DashboardSprint& s) {
                       return std::tuple(!s.start.has_value(), s.start, s.quarter);
                     };
                     return key(a) < key(b);
                   });
  std::stable_sort(d.goals.begin(), d.goals.end(),
                   [&](const DashboardGoal& a, const DashboardGoal& b) {
                     return horizon_rank(g.nodes[a.node]) < horizon_rank(g.nodes[b.node]);
                   });
  for (std::size_t i = 0; i < d.sprints.size(); ++i) {
    if (d.sprints[i].current) d.current_sprint = static_cast<int>(i);
    d.milestones += d.sprints[i].progress;
    d.overdue_milestones += d.sprints[i].overdue_milestones;
  }
  add_extras(&d, v, g, options);
  return d;
}

}  // namespace goals
