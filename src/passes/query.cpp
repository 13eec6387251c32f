#include "goals/passes/query.h"

#include <algorithm>

#include "goals/support/text.h"

namespace goals {

namespace {

bool has_tag(const Note& n, const std::string& wanted) {
  const std::string w = ascii_lower(wanted[0] == '#' ? wanted.substr(1) : wanted);
  for (const std::string& t : n.tags) {
    const std::string l = ascii_lower(t);
    if (l == w || (l.size() > w.size() && l.compare(0, w.size(), w) == 0 && l[w.size()] == '/'))
      return true;
  }
  return false;
}

template <class T>
bool any_or_contains(const std::vector<T>& xs, const T& x) {
  return xs.empty() || std::find(xs.begin(), xs.end(), x) != xs.end();
}

}  // namespace

std::optional<Date> due_date(const GoalGraph& g, int note) {
  const int n = g.node_of_note[note];
  if (n < 0) return std::nullopt;
  const GraphNode& node = g.nodes[n];
  switch (node.kind) {
    case NodeKind::Goal:
      return node.deadline;
    case NodeKind::Sprint:
      return node.end;
    case NodeKind::Review:
      return node.date;
    case NodeKind::Vision:
      return std::nullopt;
  }
  return std::nullopt;
}

Progress note_progress(const GoalGraph& g, int note) {
  const int n = g.node_of_note[note];
  if (n < 0) return {};
  const GraphNode& node = g.nodes[n];
  if (node.kind == NodeKind::Goal) return node.progress;
  Progress p;
  if (node.kind == NodeKind::Sprint)
    for (const SprintGoal& sg : node.goals) p += sg.progress();
  return p;
}

std::vector<int> select_notes(const Vault& v, const GoalGraph& g, const ListFilter& f) {
  std::vector<int> out;
  for (std::size_t i = 0; i < v.notes.size(); ++i) {
    if (!v.is_ordinary(static_cast<int>(i))) continue;  // templates, excluded notes
    const Note& n = v.notes[i];
    const int node = g.node_of_note[i];
    if (f.types.empty()) {
      if (!f.all_types && n.type == NoteType::Plain) continue;
    } else if (!any_or_contains(f.types, n.type)) {
      continue;
    }
    const bool goal = node >= 0 && g.nodes[node].kind == NodeKind::Goal;
    if (!f.statuses.empty() && !(goal && any_or_contains(f.statuses, n.status))) continue;
    if (!f.horizons.empty() && !(goal && any_or_contains(f.horizons, n.horizon))) continue;
    if (!f.tags.empty() &&
        !std::all_of(f.tags.begin(), f.tags.end(), [&](auto& t) { return has_tag(n, t); }))
      continue;
    if (f.due_before || f.due_after) {
      auto due = due_date(g, static_cast<int>(i));
      if (!due || (f.due_before && !(*due < *f.due_before)) ||
          (f.due_after && !(*due > *f.due_after)))
        continue;
    }
    if (f.linked_to >= 0) {
      const auto& bl = v.backlinks[f.linked_to];
      if (!std::binary_search(bl.begin(), bl.end(), static_cast<int>(i))) continue;
    }
    if (f.orphan && !(goal && g.is_orphan(node))) continue;
    out.push_back(static_cast<int>(i));
  }
  // Notes are in path order already; a stable sort keeps that as the tie-break.
  if (f.sort == ListFilter::Sort::Title) {
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
      return ascii_lower(v.notes[a].title) < ascii_lower(v.notes[b].title);
    });
  } else if (f.sort == ListFilter::Sort::Deadline) {
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
      auto da = due_date(g, a), db = due_date(g, b);
      if (da.has_value() != db.has_value()) return da.has_value();  // undated last
      return da && *da < *db;
    });
  }
  return out;
}

NoteDetails note_details(const Vault& v, const GoalGraph& g, int note) {
  NoteDetails d;
  d.note = note;
  d.node = g.node_of_note[note];
  d.backlinks = v.backlinks[note];
  for (const ListItem& item : v.notes[note].body.items)
    if (item.task != 0) d.tasks.push_back(&item);
  if (d.node < 0) return d;
  const GraphNode& node = g.nodes[d.node];
  d.parent_chain = g.parent_chain(d.node);
  d.children = node.children;
  d.sprints = node.sprints;
  if (node.kind == NodeKind::Sprint) {
    for (const SprintGoal& sg : node.goals)
      for (const Milestone& m : sg.milestones) d.milestones.emplace_back(d.node, &m);
  }
  for (int s : node.sprints)
    for (const SprintGoal& sg : g.nodes[s].goals)
      if (sg.node == d.node)
        for (const Milestone& m : sg.milestones) d.milestones.emplace_back(s, &m);
  return d;
}

}  // namespace goals
