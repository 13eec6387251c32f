#include "goals/passes/timeline.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "goals/parse/tasks.h"
#include "goals/support/text.h"

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
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    // CRLF is one line break: one space, as for LF.
    if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return std::string(trim(out));
}

namespace {

/// `text` without a trailing Obsidian block id (` ^id`), which Obsidian
/// does not show.
std::string_view drop_block_id(std::string_view text) {
  std::size_t end = text.find_last_not_of(" \t");
  if (end == std::string_view::npos) return text;
  std::size_t i = end + 1;
  while (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '-'))
    --i;
  if (i == end + 1 || i == 0 || text[i - 1] != '^') return text;
  if (i - 1 > 0 && text[i - 2] != ' ' && text[i - 2] != '\t') return text;
  return text.substr(0, i - 1);
}

/// A milestone as a result: its words without the `Week a-b:` that places
/// it in the sprint (and the emphasis around it, as in `**Week 1-4:** ...`).
std::string milestone_words(const std::string& text) {
  int first = 0, last = 0;
  const std::size_t prefix = parse_week_prefix(text, &first, &last);
  if (prefix == 0) return text;
  const std::size_t marks = text.find_first_not_of("*_");
  std::string_view rest = std::string_view(text).substr(prefix);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  const std::string_view opening = std::string_view(text).substr(0, marks);
  if (!opening.empty() && rest.starts_with(opening)) rest.remove_prefix(opening.size());
  const std::string words = one_line(rest);
  return words.empty() ? text : words;
}

}  // namespace

std::string milestone_text(std::string_view text) {
  std::string words;
  parse_task_fields(drop_block_id(text), &words);
  return one_line(words);
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
      const TaskFields& d = m.item->fields;
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

bool is_overdue(const GraphNode& goal, const Date& today) {
  return goal.kind == NodeKind::Goal && is_open(goal) && goal.deadline && *goal.deadline < today;
}

bool is_pending(const GoalGraph& g, const MilestoneInfo& m) {
  return !m.is_done && !m.cancelled && (m.goal < 0 || is_open(g.nodes[m.goal]));
}

bool is_overdue(const GoalGraph& g, const MilestoneInfo& m, const Date& today) {
  return is_pending(g, m) && m.due && *m.due < today;
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
    // Where the win is recorded: its `completed` date, else the `status: done`
    // that makes it one.
    if (const PropertyPos* p = note.property_pos.find("completed"))
      w.line = p->line;
    else if (const PropertyPos* st = note.property_pos.find("status"))
      w.line = st->line;
    wins.push_back(std::move(w));
  }
  for (const MilestoneInfo& m : all_milestones(g)) {
    if (!m.is_done || !counts(m.done)) continue;
    Win w;
    w.kind = Win::Kind::Milestone;
    w.date = m.done;
    w.title = milestone_words(m.text);
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

std::vector<Win> wins_between(const Vault& v, const GoalGraph& g, std::optional<Date> since,
                              const Date& until) {
  std::vector<Win> wins = collect_wins(v, g, since);
  std::erase_if(wins, [&](const Win& w) { return w.date && *w.date > until; });
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
