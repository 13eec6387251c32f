/// `sprint-dates`: a sprint's dates are missing or invalid, its length is not about 90 days, or it
/// overlaps another sprint.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "rules/rule.h"

namespace goals {
namespace {

/// The first of `keys` the note's front matter has, else the note's anchor.
PropertyPos first_key(const Note& note, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys)
    if (const PropertyPos* p = note.property_pos.find(k)) return *p;
  return note_anchor(note);
}

class SprintDates : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "sprint-dates", Severity::Warning,
        "a sprint's dates are missing or invalid, its length is not about 90 days, or it "
        "overlaps another sprint",
        "90-day sprints", Smart::None};
    return kInfo;
  }

  void configure(const RuleOptions&, const Config& config) override {
    min_days_ = config.sprint_min_days;
    max_days_ = config.sprint_max_days;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    // (start, end, node) of every sprint whose dates make sense, for the overlap sweep.
    std::vector<std::tuple<Date, Date, int>> spans;
    for (std::size_t i = 0; i < ctx.graph.nodes.size(); ++i) {
      const GraphNode& s = ctx.graph.nodes[i];
      if (s.kind != NodeKind::Sprint || s.note < 0) continue;
      if (check_one(ctx, s, out)) spans.emplace_back(*s.start, *s.end, static_cast<int>(i));
    }
    // Sorted by start (then end, then path), each sprint may overlap only the
    // one that reaches furthest among those before it.
    std::sort(spans.begin(), spans.end());
    int reach = -1;  // index into spans of the latest end so far
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const auto& [start, end, node] = spans[i];
      if (reach >= 0 && start <= std::get<1>(spans[reach])) {
        const GraphNode& s = ctx.graph.nodes[node];
        const Note& note = ctx.vault.notes[s.note];
        const Note& other = ctx.vault.notes[ctx.graph.nodes[std::get<2>(spans[reach])].note];
        const PropertyPos p = first_key(note, {"start", "quarter"});
        out.report(s.note, p.line, p.column,
                   "sprint \"" + note.name + "\" starts " + start.str() +
                       " and overlaps sprint \"" + other.name + "\" (ends " +
                       std::get<1>(spans[reach]).str() + ")",
                   "Start it after the other sprint ends, or end that one earlier: sprints "
                   "follow one another.");
      }
      if (reach < 0 || end > std::get<1>(spans[reach])) reach = static_cast<int>(i);
    }
  }

 private:
  /// Reports what is wrong with one sprint's own dates; true when its start
  /// and end are usable for the overlap check.
  bool check_one(const LintContext& ctx, const GraphNode& s, Reporter& out) const {
    const Note& note = ctx.vault.notes[s.note];
    const std::string name = "sprint \"" + note.name + "\"";
    // A key present without a date left in the graph held an unreadable value.
    const auto missing = [&](std::string_view key) {
      const PropertyPos* p = note.property_pos.find(key);
      return std::string(p && !p->blank ? "no valid " : "no ") + std::string(key);
    };
    if (!s.start && !s.end) {
      const PropertyPos p = first_key(note, {"start", "end", "quarter"});
      out.report(s.note, p.line, p.column,
                 name + " has " + missing("start") +
                     " or end date and no quarter to take "
                     "them from",
                 "Add `quarter: YYYY-Qn`, or `start:` and `end:` dates, e.g. "
                 "`quarter: 2027-Q1`.");
      return false;
    }
    if (!s.start || !s.end) {
      const std::string_view key = s.start ? "end" : "start";
      const PropertyPos p = first_key(note, {key, "quarter"});
      out.report(s.note, p.line, p.column, name + " has " + missing(key) + " date",
                 "Add `" + std::string(key) +
                     ": YYYY-MM-DD`, or `quarter: YYYY-Qn` to take "
                     "the quarter's dates.");
      return false;
    }
    const Date& start = *s.start;
    const Date& end = *s.end;
    if (end < start) {
      const PropertyPos p = first_key(note, {"end", "start", "quarter"});
      out.report(s.note, p.line, p.column,
                 name + " ends " + end.str() + ", before it starts on " + start.str(),
                 "Swap or correct `start` and `end` so the sprint ends after it starts.");
      return false;
    }
    const long length = days_between(start, end) + 1;
    if (length < min_days_ || length > max_days_) {
      const PropertyPos p = first_key(note, {"end", "start", "quarter"});
      out.report(s.note, p.line, p.column,
                 name + " runs " + std::to_string(length) + (length == 1 ? " day" : " days") +
                     ", " + start.str() + " to " + end.str() + "; a sprint lasts " +
                     std::to_string(min_days_) + " to " + std::to_string(max_days_) + " days",
                 "Set `start` and `end` so the sprint lasts " + std::to_string(min_days_) + " to " +
                     std::to_string(max_days_) +
                     " days, or change `sprint-length` in `.goals.yaml` if your sprints are "
                     "meant to be another length.");
    }
    return true;
  }

  int min_days_ = 80;
  int max_days_ = 100;
};

}  // namespace

GOALS_RULE(SprintDates)

}  // namespace goals
