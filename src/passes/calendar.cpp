#include "goals/passes/calendar.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>

#include "goals/passes/timeline.h"

namespace goals {

std::string calendar_uid(std::string_view kind, const std::vector<std::string>& parts) {
  // FNV-1a: tiny, fixed forever and the same on every platform. A calendar
  // matches events by UID, so the hash must never change between releases;
  // 64 bits keep a collision among one person's few hundred items negligible.
  std::uint64_t h = 0xcbf29ce484222325ULL;
  const auto feed = [&](unsigned char c) {
    h ^= c;
    h *= 0x100000001b3ULL;
  };
  for (const std::string& p : parts) {
    for (char c : p) feed(static_cast<unsigned char>(c));
    feed(0);
  }
  static const char* const kHex = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) hex[i] = kHex[h & 0xf];
  return std::string(kind) + "-" + hex + "@goals";
}

namespace {

/// A milestone's words without its `Week a-b:` prefix.
std::string milestone_words(std::string_view text) {
  int first = 0, last = 0;
  const std::size_t prefix = parse_week_prefix(text, &first, &last);
  return one_line(text.substr(prefix));
}

/// The sprint goal a milestone was read under.
const SprintGoal* sprint_goal_of(const GoalGraph& g, const MilestoneInfo& m) {
  for (const SprintGoal& sg : g.nodes[m.sprint].goals)
    if (m.goal >= 0 ? sg.node == m.goal : sg.title == m.goal_title) return &sg;
  return nullptr;
}

}  // namespace

std::vector<CalendarItem> calendar_items(const Vault& v, const GoalGraph& g) {
  std::vector<CalendarItem> items;

  for (const GraphNode& n : g.nodes) {
    // Inline sprint goals have no note and no deadline of their own (theirs
    // is the sprint's end), so only goal notes are exported.
    if (n.kind != NodeKind::Goal || n.note < 0 || !n.deadline) continue;
    if (n.status == GoalStatus::Dropped) continue;
    const Note& note = v.notes[n.note];
    CalendarItem it;
    it.kind = CalendarItem::Kind::Deadline;
    // A goal note has one deadline, so its path alone names it: retitling the
    // goal or moving its date updates the event instead of adding another.
    it.uid = calendar_uid("deadline", {note.path});
    it.date = *n.deadline;
    it.goal = one_line(n.title);
    it.done = n.status == GoalStatus::Done;
    if (it.done) it.done_on = note.completed;
    it.metric = one_line(n.metric);
    it.horizon = n.horizon;
    it.status = n.status;
    it.path = note.path;
    if (const PropertyPos* p = note.property_pos.find("deadline")) it.line = p->line;
    items.push_back(std::move(it));
  }

  // Identical milestones under one goal of one sprint are told apart by how
  // many came before; the first keeps the plain identity.
  std::map<std::vector<std::string>, int> seen;
  for (const MilestoneInfo& m : all_milestones(g)) {
    if (!m.due || m.cancelled) continue;
    if (m.goal >= 0 && g.nodes[m.goal].status == GoalStatus::Dropped) continue;
    const GraphNode& sprint = g.nodes[m.sprint];
    const std::string& path = v.notes[m.note].path;
    const int goal_note = m.goal >= 0 ? g.nodes[m.goal].note : -1;
    CalendarItem it;
    it.kind = CalendarItem::Kind::Milestone;
    // Identity is where the milestone is (sprint note, goal) and what it says,
    // never when or in what state: not its line (a line added above would
    // move it), its week range or due date (re-planning moves the event), or
    // its checkbox and ✅ date (ticking it marks the event done). A goal note
    // is named by its path, an inline goal by its title.
    std::vector<std::string> identity{path, goal_note >= 0 ? v.notes[goal_note].path : m.goal_title,
                                      milestone_words(m.text)};
    const int before = seen[identity]++;
    if (before > 0) identity.push_back(std::to_string(before));
    it.uid = calendar_uid("milestone", identity);
    it.date = *m.due;
    it.goal = one_line(m.goal_title);
    it.text = m.text;
    it.done = m.is_done;
    it.done_on = m.done;
    if (const SprintGoal* sg = sprint_goal_of(g, m)) it.metric = one_line(sg->metric);
    const std::optional<Quarter> q = sprint_quarter(sprint);
    it.sprint = q ? q->str() : one_line(sprint.title);
    it.first_week = m.first_week;
    it.last_week = m.last_week;
    it.date_written = m.due_written;
    it.path = path;
    it.line = m.line;
    items.push_back(std::move(it));
  }

  std::stable_sort(items.begin(), items.end(), [](const CalendarItem& a, const CalendarItem& b) {
    return std::tie(a.date, a.path, a.line, a.kind) < std::tie(b.date, b.path, b.line, b.kind);
  });
  return items;
}

}  // namespace goals
