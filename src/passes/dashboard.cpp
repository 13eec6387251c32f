#include "goals/passes/dashboard.h"

#include <algorithm>
#include <tuple>

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

}  // namespace

Dashboard build_dashboard(const Vault& v, const GoalGraph& g, const Date& today) {
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
  return d;
}

}  // namespace goals
