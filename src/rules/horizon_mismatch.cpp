/// `horizon-mismatch`: a goal's deadline does not fit its horizon.
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/rule.h"

namespace goals {
namespace {

std::string plural(long n, std::string_view unit) {
  return std::to_string(n) + " " + std::string(unit) + (n == 1 ? "" : "s");
}

/// "9 days", "15 months", "3 years and 2 months": the time from a to b (a <= b).
/// When the whole months come to `limit` exactly, the days past it are named
/// too ("12 months and 1 day"), so the text never reads as within the limit.
std::string span(const Date& a, const Date& b, int limit = -1) {
  const int months = months_between(a, b);
  if (months < 1) return plural(days_between(a, b), "day");
  std::string out;
  if (months < 24) {
    out = plural(months, "month");
  } else {
    out = plural(months / 12, "year");
    if (months % 12 != 0) out += " and " + plural(months % 12, "month");
  }
  if (months == limit) {
    const long extra = days_between(a.add_months(months), b);
    if (extra > 0)
      out += (months % 12 != 0 && months >= 24 ? ", " : " and ") + plural(extra, "day");
  }
  return out;
}

class HorizonMismatch : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"horizon-mismatch", Severity::Info,
                                    "a goal's deadline does not fit its horizon", "goal breakdown",
                                    Smart::None};
    return kInfo;
  }

  void configure(const RuleOptions& options, const Config&) override {
    short_months_ = options.integer("short-months").value_or(short_months_);
    medium_months_ = options.integer("medium-months").value_or(medium_months_);
    long_min_years_ = options.integer("long-min-years").value_or(long_min_years_);
    long_max_years_ = options.integer("long-max-years").value_or(long_max_years_);
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    for (const GraphNode& n : ctx.graph.nodes) {
      // Past deadlines are overdue's business; inline goals are due with their sprint.
      if (n.kind != NodeKind::Goal || n.note < 0 || !is_open(n) || !n.deadline ||
          is_overdue(n, ctx.today))
        continue;
      const Date& due = *n.deadline;
      const Note& note = ctx.vault.notes[n.note];
      switch (n.horizon) {
        case Horizon::Short:
        case Horizon::Medium: {
          const int months = n.horizon == Horizon::Short ? short_months_ : medium_months_;
          if (due > ctx.today.add_months(months))
            report(ctx, n, due,
                   fmt::format("{} away; {} goals fit within {}", span(ctx.today, due, months),
                               to_string(n.horizon), plural(months, "month")),
                   out);
          break;
        }
        case Horizon::Long: {
          const std::string range = "long goals span " + std::to_string(long_min_years_) + " to " +
                                    plural(long_max_years_, "year");
          if (due > ctx.today.add_years(long_max_years_)) {
            report(ctx, n, due, span(ctx.today, due, 12 * long_max_years_) + " away; " + range,
                   out);
            break;
          }
          // A long goal draws nearer as the years pass: its span counts from
          // the day it was set down, when the note says.
          if (note.created && *note.created <= ctx.today) {
            if (due < note.created->add_years(long_min_years_))
              report(ctx, n, due,
                     span(*note.created, due) + " after it was created on " + note.created->str() +
                         "; " + range,
                     out);
          } else if (due < ctx.today.add_years(long_min_years_)) {
            report(ctx, n, due, span(ctx.today, due) + " away; " + range, out);
          }
          break;
        }
        case Horizon::None:
          break;
      }
    }
  }

 private:
  static void report(const LintContext& ctx, const GraphNode& n, const Date& due,
                     const std::string& gap, Reporter& out) {
    const PropertyPos p = property_anchor(ctx.vault.notes[n.note], "deadline");
    out.report(n.note, p.line, p.column,
               std::string(to_string(n.horizon)) + " goal \"" + n.title + "\" is due " + due.str() +
                   ", " + gap,
               "Move `deadline` to fit the horizon, or change `horizon` to the one the "
               "deadline fits.");
  }

  int short_months_ = 12;
  int medium_months_ = 18;
  int long_min_years_ = 2;
  int long_max_years_ = 5;
};

}  // namespace

GOALS_RULE(HorizonMismatch)

}  // namespace goals
