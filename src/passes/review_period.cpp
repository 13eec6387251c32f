#include "goals/passes/review_period.h"

#include <fmt/format.h>

#include "goals/passes/timeline.h"

namespace goals {

namespace {

/// The number written in `s[at, at + n)`, all ASCII digits, else -1.
int digits(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

/// `word` as one word of a POSIX shell command line: as it is when it holds
/// only characters no shell reads specially, else in single quotes.
std::string shell_word(const std::string& word) {
  const bool plain = !word.empty() && word.find_first_not_of(
                                          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                          "0123456789-_.,/:+@%") == std::string::npos;
  if (plain) return word;
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

ReviewPeriod ReviewPeriod::of(Cadence cadence, const Date& day) {
  switch (cadence) {
    case Cadence::Weekly: {
      const Date monday = day.add_days(1 - day.iso_weekday());
      return {cadence, monday, monday.add_days(6)};
    }
    case Cadence::Monthly: {
      const Date first{day.year, day.month, 1};
      return {cadence, first, first.add_months(1).add_days(-1)};
    }
    case Cadence::Quarterly:
      break;
  }
  const Quarter q = Quarter::of(day);
  return {cadence, q.first_day(), q.last_day()};
}

std::optional<ReviewPeriod> ReviewPeriod::parse(std::string_view text) {
  const int year = digits(text, 0, 4);
  if (year < 1 || text.size() < 7 || text[4] != '-') return std::nullopt;
  if (text.size() == 8 && text[5] == 'W') {
    const int week = digits(text, 6, 2);
    if (week < 1 || week > 53) return std::nullopt;
    const Date monday = Date::from_iso_week(year, week, 1);
    int y = 0, w = 0;
    monday.iso_week(&y, &w);
    if (y != year || w != week) return std::nullopt;  // a year of 52 weeks has no W53
    return of(Cadence::Weekly, monday);
  }
  if (text.size() == 7 && text[5] == 'Q') {
    const std::optional<Quarter> q = Quarter::parse(text);
    if (!q) return std::nullopt;
    return of(Cadence::Quarterly, q->first_day());
  }
  if (text.size() == 7) {
    const int month = digits(text, 5, 2);
    if (month < 1 || month > 12) return std::nullopt;
    return of(Cadence::Monthly, Date{year, month, 1});
  }
  return std::nullopt;
}

std::string ReviewPeriod::str() const {
  switch (cadence) {
    case Cadence::Weekly:
      return first.iso_week_str();
    case Cadence::Monthly:
      return fmt::format("{:04}-{:02}", first.year, first.month);
    case Cadence::Quarterly:
      break;
  }
  return Quarter::of(first).str();
}

bool sprint_reviewed(const Vault& v, const GoalGraph& g, int sprint) {
  const GraphNode& s = g.nodes[sprint];
  if (s.note < 0) return false;
  // A check-in written while the sprint ran is no look back; one dated on
  // or after its last day is (without an end, only a quarterly review is).
  const auto back = [&](const GraphNode& r) {
    return r.cadence == Cadence::Quarterly || (s.end && r.date && *r.date >= *s.end);
  };
  for (int r : s.reviews)
    if (back(g.nodes[r])) return true;
  for (int b : v.backlinks[s.note]) {
    const int r = g.node_of_note[b];
    if (r >= 0 && g.nodes[r].kind == NodeKind::Review && back(g.nodes[r])) return true;
  }
  return false;
}

int sprint_of_quarter(const GoalGraph& g, const Quarter& quarter) {
  int best = -1;
  std::pair<bool, std::optional<Date>> best_key;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Sprint || sprint_quarter(n) != quarter) continue;
    // A sprint named for the quarter before one that only starts in it.
    const std::pair<bool, std::optional<Date>> key{n.quarter == quarter, n.start};
    if (best < 0 || key > best_key) {
      best = static_cast<int>(i);
      best_key = key;
    }
  }
  return best;
}

std::string review_command(const Vault& v, const GoalGraph& g, Cadence cadence,
                           const std::optional<ReviewPeriod>& period, int sprint) {
  std::string cmd = "goals review --cadence " + std::string(to_string(cadence));
  if (period) cmd += " --period " + period->str();
  if (cadence == Cadence::Quarterly && sprint >= 0 && g.nodes[sprint].note >= 0 &&
      (!period || sprint_of_quarter(g, Quarter::of(period->first)) != sprint))
    cmd += " --sprint " + shell_word(v.notes[g.nodes[sprint].note].name);
  return cmd;
}

}  // namespace goals
