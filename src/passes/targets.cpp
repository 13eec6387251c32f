#include "goals/passes/targets.h"

#include <algorithm>
#include <charconv>

#include "goals/passes/timeline.h"
#include "goals/support/text.h"
#include "support/path_internal.h"

namespace goals {

namespace {

bool is_goal_note(const GoalGraph& g, int note) {
  const int n = note >= 0 ? g.node_of_note[note] : -1;
  return n >= 0 && g.nodes[n].kind == NodeKind::Goal;
}

Target goal_target(const Vault& v, const GoalGraph& g, int note) {
  const GraphNode& n = g.nodes[g.node_of_note[note]];
  Target t;
  t.kind = Target::Kind::Goal;
  t.node = g.node_of_note[note];
  t.note = note;
  t.text = v.notes[note].title;
  t.due = n.deadline;
  t.done = n.status == GoalStatus::Done;
  t.closed = !is_open(n);
  return t;
}

Target milestone_target(const MilestoneInfo& m) {
  Target t;
  t.kind = Target::Kind::Milestone;
  t.node = m.sprint;
  t.note = m.note;
  t.line = m.line;
  t.text = m.text;
  if (m.due_written) t.due = m.due;
  t.done = m.is_done;
  t.closed = m.is_done || m.cancelled;
  return t;
}

// The words of `s`, case-folded.
std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && kWhitespace.find(s[i]) != std::string_view::npos) ++i;
    std::size_t j = i;
    while (j < s.size() && kWhitespace.find(s[j]) == std::string_view::npos) ++j;
    if (j > i) out.push_back(detail::fold_case(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

// `PATH:LINE`: the path and the line, or nullopt.
std::optional<std::pair<std::string, int>> path_and_line(std::string_view q) {
  const std::size_t colon = q.rfind(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == q.size()) return std::nullopt;
  int line = 0;
  const std::string_view digits = q.substr(colon + 1);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), line);
  if (ec != std::errc() || end != digits.data() + digits.size() || line < 1) return std::nullopt;
  return std::pair(std::string(q.substr(0, colon)), line);
}

int note_at_path(const Vault& v, std::string_view path) {
  for (std::size_t i = 0; i < v.notes.size(); ++i)
    if (v.notes[i].path == path) return static_cast<int>(i);
  return -1;
}

// The checklist item on `line` of `note` as a target; it is a milestone
// when a sprint lists it.
std::optional<Target> item_target(const Vault& v, const GoalGraph& g, int note, int line) {
  const Note& n = v.notes[note];
  const auto item = std::find_if(n.body.items.begin(), n.body.items.end(),
                                 [&](const ListItem& i) { return i.line == line; });
  if (item == n.body.items.end() || item->task == 0) return std::nullopt;
  const int node = g.node_of_note[note];
  if (node >= 0 && g.nodes[node].kind == NodeKind::Sprint) {
    for (const MilestoneInfo& m : sprint_milestones(g, node))
      if (m.line == line) return milestone_target(m);
  }
  Target t;
  t.kind = Target::Kind::Milestone;
  t.note = note;
  t.line = line;
  t.text = milestone_text(item->text);
  if (item->fields.due) t.due = item->fields.due;
  t.done = item->done();
  t.closed = item->done() || item->cancelled();
  return t;
}

}  // namespace

std::vector<Target> find_targets(const Vault& v, const GoalGraph& g, const Date& today,
                                 std::string_view query, TargetKinds kinds) {
  query = trim(query);
  if (query.empty()) return {};
  if (kinds.milestones) {
    if (auto pl = path_and_line(query)) {
      const int note = note_at_path(v, pl->first);
      if (note < 0) return {};
      std::optional<Target> t = item_target(v, g, note, pl->second);
      return t ? std::vector<Target>{*t} : std::vector<Target>{};
    }
  }
  if (kinds.goals) {
    int note = note_at_path(v, query);
    std::string_view name = query;
    if (name.starts_with("[[") && name.ends_with("]]")) name = name.substr(2, name.size() - 4);
    if (note < 0) note = v.find_note(name.substr(0, name.find('|')));
    if (is_goal_note(g, note)) return {goal_target(v, g, note)};
  }

  // Words: every goal and current milestone holding them all.
  const std::vector<std::string> words = words_of(query);
  const std::string whole = detail::fold_case(query);
  std::vector<Target> all;
  auto consider = [&](Target t) {
    const std::string text = detail::fold_case(t.text);
    for (const std::string& w : words)
      if (text.find(w) == std::string::npos) return;
    all.push_back(std::move(t));
  };
  if (kinds.goals) {
    for (std::size_t i = 0; i < v.notes.size(); ++i)
      if (is_goal_note(g, static_cast<int>(i))) consider(goal_target(v, g, static_cast<int>(i)));
  }
  if (kinds.milestones) {
    int sprint = current_sprint(g, today);
    if (sprint < 0) sprint = latest_sprint(g);
    if (sprint >= 0)
      for (const MilestoneInfo& m : sprint_milestones(g, sprint)) consider(milestone_target(m));
  }
  // Open before closed, then exact before partial.
  auto keep = [&](auto pred) {
    std::vector<Target> kept;
    std::copy_if(all.begin(), all.end(), std::back_inserter(kept), pred);
    if (!kept.empty()) all = std::move(kept);
  };
  keep([](const Target& t) { return !t.closed; });
  keep([&](const Target& t) { return detail::fold_case(t.text) == whole; });
  return all;
}

std::vector<std::string> describe_targets(const Vault& v, const std::vector<Target>& candidates) {
  std::vector<std::string> out;
  for (const Target& t : candidates) {
    const std::string& path = v.notes[t.note].path;
    if (t.kind == Target::Kind::Goal)
      out.push_back(path + "  " + t.text + " (goal)");
    else
      out.push_back(path + ":" + std::to_string(t.line) + "  " + t.text);
  }
  return out;
}

}  // namespace goals
