#include "goals/passes/status.h"

#include <algorithm>
#include <map>
#include <set>

namespace goals {

namespace {

SprintStatus sprint_status(const GoalGraph& g, int node, const Date& today) {
  const GraphNode& n = g.nodes[node];
  SprintStatus s;
  s.node = node;
  s.title = n.title;
  s.start = *n.start;
  s.end = *n.end;
  s.weeks = sprint_weeks(s.start, s.end);
  s.week = std::clamp(static_cast<int>(days_between(s.start, today) / 7) + 1, 1, s.weeks);
  s.days_left = days_between(today, s.end);
  for (const SprintGoal& sg : n.goals) {
    SprintGoalStatus gs;
    gs.node = sg.node;
    gs.title = one_line(sg.title);
    gs.progress = sg.progress();
    gs.metric = one_line(sg.metric);
    s.goals.push_back(std::move(gs));
  }
  return s;
}

/// The last day of `d`'s month.
Date month_end(const Date& d) { return Date{d.year, d.month, 1}.add_months(1).add_days(-1); }

/// When each cadence's next review is due: a weekly one by the end of the
/// ISO week, a monthly one by the end of the month, a quarterly one when the
/// sprint ends; the next period's end once this period's review is written.
std::optional<ReviewDue> next_review(const Vault& v, const GoalGraph& g, const Date& today,
                                     int sprint) {
  const Date sunday = today.add_days(7 - today.iso_weekday());
  std::vector<ReviewDue> dues;

  ReviewDue weekly{Cadence::Weekly, sunday, last_review(g, Cadence::Weekly, today)};
  if (weekly.last >= 0 && *review_day(g, weekly.last) > sunday.add_days(-7))
    weekly.due = sunday.add_days(7);
  dues.push_back(weekly);

  ReviewDue monthly{Cadence::Monthly, month_end(today), last_review(g, Cadence::Monthly, today)};
  if (monthly.last >= 0) {
    const Date day = *review_day(g, monthly.last);
    if (day.year == today.year && day.month == today.month)
      monthly.due = month_end(month_end(today).add_days(1));
  }
  dues.push_back(monthly);

  // The sprint's review is due at its end unless one looks back on it
  // already (as missing-review reads it).
  if (sprint >= 0 && !sprint_reviewed(v, g, sprint))
    dues.push_back({Cadence::Quarterly, *g.nodes[sprint].end, -1});
  // Earliest first; on the same day the longer look back goes first.
  std::sort(dues.begin(), dues.end(), [](const ReviewDue& a, const ReviewDue& b) {
    if (a.due != b.due) return a.due < b.due;
    return static_cast<int>(a.cadence) < static_cast<int>(b.cadence);
  });
  return dues.front();
}

/// The missed reviews of weekly or monthly `cadence` (see missed_reviews()).
std::vector<MissedReview> missed_of(const Vault& v, const GoalGraph& g, Cadence cadence,
                                    const Date& today) {
  std::vector<Date> days;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Review || n.cadence != cadence) continue;
    std::optional<Date> day = review_day(g, static_cast<int>(i));
    if (!day || *day > today) continue;
    // A weekly note of Periodic Notes is dated by its first day, a Sunday
    // when the plugin counts locale weeks: it covers the ISO week holding
    // its middle, Sunday's next one.
    const Note& note = v.notes[n.note];
    if (cadence == Cadence::Weekly && note.kind_reason.source == KindReason::Source::PeriodicNote &&
        !note.property_pos.find("date"))
      day = day->add_days(3);
    days.push_back(*day);
  }
  std::vector<MissedReview> out;
  if (days.empty()) return out;
  std::sort(days.begin(), days.end());
  Date from = days.front();
  std::optional<Date> sprint_start;
  for (const GraphNode& n : g.nodes)
    if (n.kind == NodeKind::Sprint && n.start && *n.start <= today &&
        (!sprint_start || *n.start > *sprint_start))
      sprint_start = n.start;
  if (sprint_start) from = std::max(from, *sprint_start);
  for (ReviewPeriod p = ReviewPeriod::of(cadence, from); p.last < today; p = p.next()) {
    const auto in = std::lower_bound(days.begin(), days.end(), p.first);
    if (in != days.end() && *in <= p.last) continue;
    out.push_back({cadence, p, p.last, -1, review_command(v, g, cadence, p)});
  }
  return out;
}

/// Per goal note path: the letters some rule found missing.
std::map<std::string, std::array<bool, 5>> smart_gaps(
    const Vault& v, const GoalGraph& g, const Date& today,
    const std::vector<std::unique_ptr<Rule>>& rules) {
  LintOptions options;
  std::map<std::string, Smart> letter_of;
  for (const auto& r : rules) {
    const Smart letter = r->info().smart;
    if (letter == Smart::None) continue;
    options.select.emplace_back(r->info().id);
    letter_of[std::string(r->info().id)] = letter;
  }
  std::map<std::string, std::array<bool, 5>> gaps;
  if (options.select.empty()) return gaps;
  const LintResult result = lint(v, g, today, rules, options);
  for (const Diagnostic& d : result.diagnostics) {
    auto it = letter_of.find(d.rule);
    if (it == letter_of.end()) continue;
    gaps[d.path][static_cast<std::size_t>(it->second)] = true;
  }
  return gaps;
}

/// The goal tree: visions, then goals under their first parent; goals whose
/// parents lead to no tree node stand at the root. Only open goals with notes.
std::vector<TreeRow> goal_tree(const Vault& v, const GoalGraph& g, const Date& today,
                               const std::map<std::string, std::array<bool, 5>>& gaps) {
  const auto shown = [&](int i) {
    const GraphNode& n = g.nodes[i];
    return n.note >= 0 && (n.kind == NodeKind::Vision || (n.kind == NodeKind::Goal && is_open(n)));
  };
  std::vector<std::vector<int>> children(g.nodes.size());
  std::vector<int> roots;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const int node = static_cast<int>(i);
    if (!shown(node)) continue;
    const GraphNode& n = g.nodes[i];
    const auto parent = std::find_if(n.parents.begin(), n.parents.end(),
                                     [&](int p) { return p != node && shown(p); });
    if (n.kind == NodeKind::Goal && parent != n.parents.end())
      children[static_cast<std::size_t>(*parent)].push_back(node);
    else
      roots.push_back(node);
  }
  // Visions first, then longer horizons, then by title.
  const auto order = [&](int a, int b) {
    const GraphNode& x = g.nodes[a];
    const GraphNode& y = g.nodes[b];
    return std::pair(horizon_rank(x), x.title) < std::pair(horizon_rank(y), y.title);
  };
  std::sort(roots.begin(), roots.end(), order);
  for (auto& c : children) std::sort(c.begin(), c.end(), order);

  std::vector<TreeRow> rows;
  std::vector<char> visited(g.nodes.size(), 0);
  std::vector<bool> open_above;
  // Depth-first; a cycle (lint reports it) is cut where it closes.
  const auto walk = [&](const auto& self, int node, int depth, bool last) -> void {
    if (visited[static_cast<std::size_t>(node)]) return;
    visited[static_cast<std::size_t>(node)] = 1;
    const GraphNode& n = g.nodes[node];
    TreeRow row;
    row.node = node;
    row.depth = depth;
    row.last = last;
    row.open_above = open_above;
    row.is_goal = n.kind == NodeKind::Goal;
    if (row.is_goal) {
      if (auto it = gaps.find(v.notes[n.note].path); it != gaps.end())
        for (std::size_t k = 0; k < 5; ++k) row.smart[k] = !it->second[k];
      if (n.deadline) row.days_left = days_between(today, *n.deadline);
    }
    rows.push_back(std::move(row));
    const std::vector<int>& kids = children[static_cast<std::size_t>(node)];
    if (depth > 0) open_above.push_back(!last);
    for (std::size_t k = 0; k < kids.size(); ++k)
      self(self, kids[k], depth + 1, k + 1 == kids.size());
    if (depth > 0) open_above.pop_back();
  };
  for (int r : roots) walk(walk, r, 0, true);
  return rows;
}

}  // namespace

std::vector<MissedReview> missed_reviews(const Vault& v, const GoalGraph& g, const Date& today) {
  std::vector<MissedReview> out;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    const int sprint = static_cast<int>(i);
    if (n.kind != NodeKind::Sprint || n.note < 0 || !has_ended(n, today) ||
        sprint_reviewed(v, g, sprint))
      continue;
    std::optional<ReviewPeriod> period;
    if (const std::optional<Quarter> q = sprint_quarter(n))
      period = ReviewPeriod::of(Cadence::Quarterly, q->first_day());
    out.push_back({Cadence::Quarterly, period, *n.end, sprint,
                   review_command(v, g, Cadence::Quarterly, period, sprint)});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const MissedReview& a, const MissedReview& b) { return a.due < b.due; });
  for (const Cadence c : {Cadence::Monthly, Cadence::Weekly}) {
    std::vector<MissedReview> more = missed_of(v, g, c, today);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

StatusReport status_report(const Vault& v, const GoalGraph& g, const Date& today,
                           const std::vector<std::unique_ptr<Rule>>& rules) {
  StatusReport r;
  r.today = today;
  r.week_start = today.add_days(1 - today.iso_weekday());
  r.week_end = r.week_start.add_days(6);
  const int sprint = current_sprint(g, today);
  if (sprint >= 0) {
    r.sprint = sprint_status(g, sprint, today);
    r.sprint->name = v.notes[g.nodes[sprint].note].name;
    for (MilestoneInfo& m : sprint_milestones(g, sprint)) {
      if (is_overdue(g, m, today))
        r.overdue.push_back(std::move(m));
      else if (is_pending(g, m) && m.due && *m.due <= r.week_end)
        r.due_this_week.push_back(std::move(m));
    }
    const auto by_due = [](const MilestoneInfo& a, const MilestoneInfo& b) {
      return std::pair(*a.due, a.line) < std::pair(*b.due, b.line);
    };
    std::stable_sort(r.overdue.begin(), r.overdue.end(), by_due);
    std::stable_sort(r.due_this_week.begin(), r.due_this_week.end(), by_due);
  }
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.note >= 0 && is_overdue(n, today)) r.overdue_goals.push_back(static_cast<int>(i));
  }
  std::stable_sort(r.overdue_goals.begin(), r.overdue_goals.end(),
                   [&](int a, int b) { return *g.nodes[a].deadline < *g.nodes[b].deadline; });
  r.next_review = next_review(v, g, today, sprint);
  r.missed_reviews = missed_reviews(v, g, today);
  // Wins since the last review of any kind, its own day included: a win
  // ticked off that day may have come after it was written.
  if (const int last = last_review(g, std::nullopt, today); last >= 0) {
    r.wins_since = review_day(g, last);
    r.wins_since_what = "the last review";
  } else if (sprint >= 0) {
    r.wins_since = g.nodes[sprint].start;
    r.wins_since_what = "the sprint started";
  }
  r.wins = wins_between(v, g, r.wins_since, today);
  r.tree = goal_tree(v, g, today, smart_gaps(v, g, today, rules));
  return r;
}

}  // namespace goals
