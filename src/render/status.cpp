#include <fmt/format.h>

#include <algorithm>

#include "goals/passes/status.h"
#include "render/status.h"
#include "render/text_width.h"

namespace goals {

namespace {

/// The characters a status is drawn with: Unicode on a UTF-8 terminal with
/// colour, plain ASCII otherwise.
struct Glyphs {
  std::string_view full, empty, open_l, open_r, tick, sep, ellipsis, missing;
  std::string_view branch, last_branch, pipe, space;
};

constexpr Glyphs kUnicode{"█", "░", "", "", "✓", "·", "…", "·", "├─ ", "└─ ", "│  ", "   "};
constexpr Glyphs kAscii{"#", "-", "[", "]", "+", "-", "...", "-", "|- ", "`- ", "|  ", "   "};

std::string plural(long n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

/// "today", "in 3 days", "2 days ago".
std::string relative(const Date& today, const Date& d) {
  const long n = days_between(today, d);
  if (n == 0) return "today";
  if (n > 0) return "in " + plural(n, "day");
  return plural(-n, "day") + " ago";
}

class StatusText {
 public:
  StatusText(std::ostream& os, const Vault& v, const GoalGraph& g, const StatusReport& r,
             bool unicode, const Style& style, int columns)
      : os_(os),
        v_(v),
        g_(g),
        r_(r),
        gl_(unicode ? kUnicode : kAscii),
        st_(style),
        w_(std::clamp(columns, 60, 200)) {}

  void render() {
    sprint();
    milestones();
    review_and_wins();
    tree();
  }

 private:
  /// A line cut to the terminal's width.
  void line(std::string_view text) { os_ << fit_width(text, w_, gl_.ellipsis) << '\n'; }
  std::string text(std::string_view s) const { return printable(s); }

  std::string bar(const Progress& p, int cells) const {
    const int inner = cells - display_width(gl_.open_l) - display_width(gl_.open_r);
    const int filled = p.total > 0 ? (inner * p.done + p.total / 2) / p.total : 0;
    std::string done, rest;
    for (int i = 0; i < filled; ++i) done += gl_.full;
    for (int i = filled; i < inner; ++i) rest += gl_.empty;
    return std::string(gl_.open_l) + st_.green(done) + st_.dim(rest) + std::string(gl_.open_r);
  }

  void sprint() {
    if (!r_.sprint) {
      os_ << st_.bold("No sprint holds today") << '\n';
      line("  Pick 1-3 goals for the next 90 days: goals new sprint");
      os_ << '\n';
      return;
    }
    const SprintStatus& s = *r_.sprint;
    const std::string sep = fmt::format(" {} ", gl_.sep);
    os_ << st_.bold(
               fit_width("Sprint " + text(s.name) + (s.title != s.name ? ": " + text(s.title) : ""),
                         w_, gl_.ellipsis))
        << '\n';
    line(fmt::format("Week {} of {}{}{} left{}{} to {}", s.week, s.weeks, sep,
                     plural(s.days_left, "day"), sep, s.start.str(), s.end.str()));
    os_ << '\n';
    if (s.goals.empty()) line("  No goals written down yet: add `## Goal 1: [[...]]` sections");
    // At 80 columns 2 + 36 + 1 + 24 + 1 + 5 + 1 + 4 = 74; a wider terminal
    // gives title and bar half the room each (up to 60 and 40 columns, past
    // which the eye loses the row), a narrower one takes from both.
    const int cells = std::clamp(24 - (80 - w_) / 2, 14, 40);
    const int title = std::min(w_ - 20 - cells, 60);
    for (const SprintGoalStatus& goal : s.goals) {
      std::string row = "  " + pad_width(text(goal.title), title, gl_.ellipsis) + " ";
      if (goal.progress.total == 0) {
        row += st_.dim("no milestones");
      } else {
        const Progress& p = goal.progress;
        row += bar(p, cells) + fmt::format(" {:>5} {:>3}%", fmt::format("{}/{}", p.done, p.total),
                                           (200 * p.done + p.total) / (2 * p.total));
      }
      os_ << row << '\n';
      if (!goal.metric.empty())
        os_ << st_.dim(fit_width("    " + text(goal.metric), w_, gl_.ellipsis)) << '\n';
      else
        os_ << st_.yellow("    no success metric") << '\n';
    }
    os_ << '\n';
  }

  std::string milestone(const MilestoneInfo& m) const {
    std::string s = text(one_line(m.goal_title));
    if (!m.text.empty()) s += ": " + text(m.text);
    return s;
  }

  void milestones() {
    os_ << st_.bold(fmt::format("Due this week ({} to {})", r_.week_start.str(), r_.week_end.str()))
        << '\n';
    if (r_.due_this_week.empty()) line("  nothing");
    for (const MilestoneInfo& m : r_.due_this_week)
      os_ << "  " << st_.yellow(m.due->str()) << "  "
          << fit_width(milestone(m), w_ - 14, gl_.ellipsis) << '\n';
    os_ << st_.bold("Overdue") << '\n';
    if (r_.overdue.empty() && r_.overdue_goals.empty()) line("  nothing");
    for (const MilestoneInfo& m : r_.overdue)
      os_ << "  " << st_.red(m.due->str()) << "  " << fit_width(milestone(m), w_ - 14, gl_.ellipsis)
          << '\n';
    for (int node : r_.overdue_goals) {
      const GraphNode& n = g_.nodes[node];
      os_ << "  " << st_.red(n.deadline->str()) << "  "
          << fit_width(text(n.title) + ": the goal's deadline", w_ - 14, gl_.ellipsis) << '\n';
    }
    os_ << '\n';
  }

  /// The missed reviews, the latest few of each cadence, each with the
  /// command that writes it; a command is never cut (it is there to be
  /// copied), so one too long for its row goes on the next line.
  void missed_reviews() {
    if (r_.missed_reviews.empty()) return;
    os_ << st_.bold("Missed reviews") << '\n';
    constexpr std::size_t kShown = 3;
    const auto& all = r_.missed_reviews;
    for (std::size_t at = 0; at < all.size();) {
      std::size_t end = at;
      while (end < all.size() && all[end].cadence == all[at].cadence) ++end;
      const std::size_t from = end - at > kShown ? end - kShown : at;
      for (std::size_t i = from; i < end; ++i) {
        const MissedReview& m = all[i];
        std::string what = text(label(m));
        if (display_width(what) < 8) what = pad_width(what, 8, gl_.ellipsis);
        os_ << "  " << st_.red(m.due.str()) << "  " << what;
        if (2 + 10 + 2 + display_width(what) + 2 + display_width(m.command) <= w_)
          os_ << "  " << m.command << '\n';
        else
          os_ << "\n    " << m.command << '\n';
      }
      if (from > at)
        line(fmt::format("  and {} more {} reviews, {} to {}", from - at,
                         to_string(all[at].cadence), text(label(all[at])),
                         text(label(all[from - 1]))));
      at = end;
    }
  }

  /// The period a missed review covers, else its sprint's name.
  std::string label(const MissedReview& m) const {
    if (m.period) return m.period->str();
    return m.sprint >= 0 ? v_.notes[g_.nodes[m.sprint].note].name : "";
  }

  void review_and_wins() {
    missed_reviews();
    if (r_.next_review) {
      const ReviewDue& d = *r_.next_review;
      const std::string when = relative(r_.today, d.due);
      const std::string due = d.due < r_.today ? st_.red(when) : when;
      const std::string head =
          fmt::format("Next review: {}, due {} ({}):", to_string(d.cadence), d.due.str(), when);
      const std::string command = fmt::format("goals review --cadence {}", to_string(d.cadence));
      os_ << st_.bold("Next review") << ": " << to_string(d.cadence) << ", due " << d.due.str()
          << " (" << due << "):";
      // The command is there to be copied: never cut, on a line of its own
      // when the row cannot hold it.
      if (display_width(head) + 1 + display_width(command) <= w_)
        os_ << ' ' << command << '\n';
      else
        os_ << "\n    " << command << '\n';
    }
    os_ << st_.bold(r_.wins_since
                        ? "Wins since " + r_.wins_since_what + " (" + r_.wins_since->str() + ")"
                        : std::string("Wins"))
        << '\n';
    if (r_.wins.empty()) line("  none yet: tick off a milestone and it shows here");
    constexpr std::size_t kShown = 5;
    for (std::size_t i = 0; i < r_.wins.size() && i < kShown; ++i) {
      const Win& w = r_.wins[i];
      std::string what = w.kind == Win::Kind::Goal ? "goal done: " + text(w.title)
                                                   : text(w.goal) + ": " + text(w.title);
      os_ << "  " << st_.green(gl_.tick) << " " << (w.date ? w.date->str() : "undated   ") << "  "
          << fit_width(what, w_ - 16, gl_.ellipsis) << '\n';
    }
    if (r_.wins.size() > kShown)
      os_ << "  " << fmt::format("and {} more: goals wins", r_.wins.size() - kShown) << '\n';
    os_ << '\n';
  }

  void tree() {
    // Left: drawing and title; right: SMART(5) 2 deadline(10) 2 days(6).
    constexpr int kRight = 25;
    const int left = w_ - kRight - 1;
    os_ << st_.bold(pad_width("Goals", left, gl_.ellipsis) + " SMART  deadline      left") << '\n';
    if (r_.tree.empty()) line("  none yet: goals new vision, then goals new goal \"...\"");
    for (const TreeRow& row : r_.tree) {
      const GraphNode& n = g_.nodes[row.node];
      std::string prefix;
      for (std::size_t d = 1; d < row.open_above.size() + 1 && row.depth > 0; ++d)
        prefix += row.open_above[d - 1] ? gl_.pipe : gl_.space;
      if (row.depth > 0) prefix += row.last ? gl_.last_branch : gl_.branch;
      std::string label = text(n.title);
      if (!row.is_goal) {
        os_ << prefix
            << st_.bold(fit_width(label + " (vision)", left - display_width(prefix), gl_.ellipsis))
            << '\n';
        continue;
      }
      const std::string_view h = to_string(n.horizon);
      if (!h.empty() && (row.depth == 0 || n.horizon == Horizon::Long))
        label += " (" + std::string(h) + ")";
      os_ << prefix << pad_width(label, left - display_width(prefix), gl_.ellipsis) << ' ';
      for (std::size_t k = 0; k < kSmartLetters.size(); ++k)
        os_ << (row.smart[k] ? st_.green(std::string(1, kSmartLetters[k])) : st_.red(gl_.missing));
      if (n.deadline) {
        const std::string days = fmt::format("{:>5}d", *row.days_left);
        os_ << "  " << n.deadline->str() << "  " << (*row.days_left < 0 ? st_.red(days) : days);
      }
      os_ << '\n';
    }
  }

  std::ostream& os_;
  const Vault& v_;
  const GoalGraph& g_;
  const StatusReport& r_;
  const Glyphs& gl_;
  const Style& st_;
  const int w_;  ///< columns
};

Json milestone_json(const Vault& v, const MilestoneInfo& m) {
  return {{"goal", m.goal_title},
          {"text", m.text},
          {"weeks", m.first_week ? fmt::format("{}-{}", m.first_week, m.last_week) : ""},
          {"due", m.due ? Json(m.due->str()) : Json(nullptr)},
          {"due_written", m.due_written},
          {"path", v.notes[m.note].path},
          {"line", m.line}};
}

}  // namespace

void render_status_text(std::ostream& os, const Vault& v, const GoalGraph& g,
                        const StatusReport& report, bool unicode, const Style& style, int columns) {
  StatusText(os, v, g, report, unicode, style, columns).render();
}

Json status_json(const Vault& v, const GoalGraph& g, const StatusReport& r) {
  Json j;
  j["schema_version"] = kSchemaVersion;
  j["today"] = r.today.str();
  if (r.sprint) {
    const SprintStatus& s = *r.sprint;
    Json goals = Json::array();
    for (const SprintGoalStatus& goal : s.goals) {
      const GraphNode* n = goal.node >= 0 ? &g.nodes[goal.node] : nullptr;
      goals.push_back({{"title", goal.title},
                       {"path", n && n->note >= 0 ? Json(v.notes[n->note].path) : Json(nullptr)},
                       {"done", goal.progress.done},
                       {"total", goal.progress.total},
                       {"metric", goal.metric}});
    }
    j["sprint"] = {{"path", v.notes[g.nodes[s.node].note].path},
                   {"title", s.title},
                   {"start", s.start.str()},
                   {"end", s.end.str()},
                   {"week", s.week},
                   {"weeks", s.weeks},
                   {"days_left", s.days_left},
                   {"goals", std::move(goals)}};
  } else {
    j["sprint"] = nullptr;
  }
  j["week"] = {{"start", r.week_start.str()}, {"end", r.week_end.str()}};
  Json due = Json::array(), overdue = Json::array(), late_goals = Json::array();
  for (const MilestoneInfo& m : r.due_this_week) due.push_back(milestone_json(v, m));
  for (const MilestoneInfo& m : r.overdue) overdue.push_back(milestone_json(v, m));
  for (int node : r.overdue_goals) {
    const GraphNode& n = g.nodes[node];
    late_goals.push_back(
        {{"title", n.title}, {"path", v.notes[n.note].path}, {"deadline", n.deadline->str()}});
  }
  j["due_this_week"] = std::move(due);
  j["overdue"] = {{"milestones", std::move(overdue)}, {"goals", std::move(late_goals)}};
  if (r.next_review) {
    const ReviewDue& d = *r.next_review;
    j["next_review"] = {
        {"cadence", std::string(to_string(d.cadence))},
        {"due", d.due.str()},
        {"last", d.last >= 0 ? Json(v.notes[g.nodes[d.last].note].path) : Json(nullptr)}};
  } else {
    j["next_review"] = nullptr;
  }
  Json missed = Json::array();
  for (const MissedReview& m : r.missed_reviews)
    missed.push_back(
        {{"cadence", std::string(to_string(m.cadence))},
         {"period", m.period ? Json(m.period->str()) : Json(nullptr)},
         {"due", m.due.str()},
         {"sprint", m.sprint >= 0 ? Json(v.notes[g.nodes[m.sprint].note].path) : Json(nullptr)},
         {"command", m.command}});
  j["missed_reviews"] = std::move(missed);
  j["wins_since"] = r.wins_since ? Json(r.wins_since->str()) : Json(nullptr);
  Json wins = Json::array();
  for (const Win& w : r.wins)
    wins.push_back({{"kind", w.kind == Win::Kind::Goal ? "goal" : "milestone"},
                    {"date", w.date ? Json(w.date->str()) : Json(nullptr)},
                    {"title", w.title},
                    {"goal", w.goal},
                    {"path", v.notes[w.note].path},
                    {"line", w.line}});
  j["wins"] = std::move(wins);
  Json tree = Json::array();
  for (const TreeRow& row : r.tree) {
    const GraphNode& n = g.nodes[row.node];
    Json item = {{"path", v.notes[n.note].path},
                 {"title", n.title},
                 {"kind", std::string(to_string(n.kind))},
                 {"depth", row.depth}};
    if (row.is_goal) {
      item["horizon"] =
          n.horizon == Horizon::None ? Json(nullptr) : Json(std::string(to_string(n.horizon)));
      Json smart = Json::object();
      for (std::size_t k = 0; k < kSmartLetters.size(); ++k)
        smart[std::string(1, kSmartLetters[k])] = row.smart[k];
      item["smart"] = std::move(smart);
      item["deadline"] = n.deadline ? Json(n.deadline->str()) : Json(nullptr);
      item["days_left"] = row.days_left ? Json(*row.days_left) : Json(nullptr);
    }
    tree.push_back(std::move(item));
  }
  j["tree"] = std::move(tree);
  return j;
}

}  // namespace goals
