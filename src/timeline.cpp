#include "goals/timeline.h"

#include <algorithm>
#include <tuple>

namespace goals {

std::optional<Quarter> sprint_quarter(const GraphNode& n) {
  if (n.quarter) return n.quarter;
  if (n.start) return Quarter::of(*n.start);
  return std::nullopt;
}

int latest_sprint(const GoalGraph& g) {
  int best = -1;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Sprint || !sprint_quarter(n)) continue;
    if (best < 0 || std::pair(*sprint_quarter(n), n.start) >=
                        std::pair(*sprint_quarter(g.nodes[best]), g.nodes[best].start))
      best = static_cast<int>(i);
  }
  return best;
}

int current_sprint(const GoalGraph& g, const Date& today) {
  int best = -1;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Sprint || !n.start || !n.end) continue;
    if (*n.start > today || today > *n.end) continue;
    if (best < 0 || *n.start >= *g.nodes[best].start) best = static_cast<int>(i);
  }
  return best;
}

std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  const std::size_t b = out.find_first_not_of(' ');
  const std::size_t e = out.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

std::string milestone_text(std::string_view text) {
  std::size_t cut = text.size();
  for (std::string_view emoji : {"📅", "⏳", "🛫", "✅", "➕", "🔁"})
    cut = std::min(cut, text.find(emoji));
  return one_line(text.substr(0, cut));
}

std::vector<MilestoneInfo> sprint_milestones(const GoalGraph& g, int sprint) {
  std::vector<MilestoneInfo> out;
  const GraphNode& s = g.nodes[sprint];
  for (const SprintGoal& sg : s.goals) {
    for (const Milestone& m : sg.milestones) {
      MilestoneInfo mi;
      mi.sprint = sprint;
      mi.goal = sg.node;
      mi.goal_title = sg.title;
      mi.text = milestone_text(m.item->text);
      mi.first_week = m.first_week;
      mi.last_week = m.last_week;
      const TaskDates& d = m.item->dates;
      if (d.due) {
        mi.due = d.due;
        mi.due_written = true;
      } else if (s.start && m.last_week > 0) {
        Date week_end = s.start->add_days(7L * m.last_week - 1);
        if (s.end && week_end > *s.end) week_end = *s.end;
        mi.due = week_end;
      }
      mi.done = d.done;
      mi.is_done = m.done();
      mi.cancelled = m.cancelled();
      mi.note = m.note;
      mi.line = m.item->line;
      out.push_back(std::move(mi));
    }
  }
  return out;
}

std::vector<MilestoneInfo> all_milestones(const GoalGraph& g) {
  std::vector<MilestoneInfo> out;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].kind != NodeKind::Sprint) continue;
    std::vector<MilestoneInfo> ms = sprint_milestones(g, static_cast<int>(i));
    out.insert(out.end(), std::make_move_iterator(ms.begin()), std::make_move_iterator(ms.end()));
  }
  return out;
}

std::vector<Win> collect_wins(const Vault& v, const GoalGraph& g, std::optional<Date> since) {
  std::vector<Win> wins;
  const auto counts = [&](const std::optional<Date>& d) { return !since || (d && *d >= *since); };
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Goal || n.status != GoalStatus::Done || n.note < 0) continue;
    const Note& note = v.notes[n.note];
    if (!counts(note.completed)) continue;
    Win w;
    w.kind = Win::Kind::Goal;
    w.date = note.completed;
    w.title = one_line(n.title);
    w.goal_node = static_cast<int>(i);
    w.metric = one_line(n.metric);
    w.note = n.note;
    if (const PropertyPos* p = note.property_pos.find("completed")) w.line = p->line;
    wins.push_back(std::move(w));
  }
  for (const MilestoneInfo& m : all_milestones(g)) {
    if (!m.is_done || !counts(m.done)) continue;
    Win w;
    w.kind = Win::Kind::Milestone;
    w.date = m.done;
    w.title = m.text;
    w.goal = one_line(m.goal_title);
    w.goal_node = m.goal;
    w.note = m.note;
    w.line = m.line;
    wins.push_back(std::move(w));
  }
  // Newest first; undated ones last; then where they are written.
  std::stable_sort(wins.begin(), wins.end(), [&](const Win& a, const Win& b) {
    if (a.date != b.date) return !b.date || (a.date && *a.date > *b.date);
    return std::tie(v.notes[a.note].path, a.line) < std::tie(v.notes[b.note].path, b.line);
  });
  return wins;
}

std::optional<Date> review_day(const GoalGraph& g, int review) {
  const GraphNode& n = g.nodes[review];
  if (n.date) return n.date;
  if (n.reviewed_sprint >= 0) return g.nodes[n.reviewed_sprint].end;
  return std::nullopt;
}

int last_review(const GoalGraph& g, std::optional<Cadence> cadence, const Date& today) {
  int best = -1;
  std::optional<Date> best_day;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Review || (cadence && n.cadence != *cadence)) continue;
    const std::optional<Date> day = review_day(g, static_cast<int>(i));
    if (!day || *day > today) continue;
    if (best < 0 || *day >= *best_day) {
      best = static_cast<int>(i);
      best_day = day;
    }
  }
  return best;
}

}  // namespace goals
