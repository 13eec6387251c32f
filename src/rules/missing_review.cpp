/// `missing-review`: a sprint has ended and no review looks back on it.
#include <string>

#include "goals/passes/review_period.h"
#include "rules/rule.h"

namespace goals {
namespace {

class MissingReview : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"missing-review", Severity::Warning,
                                    "a sprint has ended and no review looks back on it",
                                    "quarterly review", Smart::None};
    return kInfo;
  }

  void configure(const RuleOptions& options, const Config&) override {
    grace_days_ = options.integer("grace-days").value_or(grace_days_);
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    for (std::size_t i = 0; i < ctx.graph.nodes.size(); ++i) {
      const GraphNode& s = ctx.graph.nodes[i];
      if (s.kind != NodeKind::Sprint || s.note < 0 || !s.end) continue;
      const long ago = days_between(*s.end, ctx.today);
      const int sprint = static_cast<int>(i);
      if (ago <= grace_days_ || sprint_reviewed(ctx.vault, ctx.graph, sprint)) continue;
      const Note& note = ctx.vault.notes[s.note];
      PropertyPos p = property_anchor(note, "end");
      if (!note.property_pos.find("end")) p = property_anchor(note, "quarter");
      const std::optional<Quarter> quarter = sprint_quarter(s);
      const std::optional<ReviewPeriod> period =
          quarter ? std::optional(ReviewPeriod::of(Cadence::Quarterly, quarter->first_day()))
                  : std::nullopt;
      out.report(s.note, p.line, p.column,
                 "sprint \"" + note.name + "\" ended " + s.end->str() + ", " + std::to_string(ago) +
                     (ago == 1 ? " day" : " days") + " ago, and no review looks back on it",
                 "Run `" +
                     review_command(ctx.vault, ctx.graph, Cadence::Quarterly, period, sprint) +
                     "`: it shows the sprint's progress, asks the five questions and writes the "
                     "review.");
    }
  }

 private:
  /// Days after the sprint's last day before it is reported: from the day
  /// after it by default.
  int grace_days_ = 0;
};

}  // namespace

GOALS_RULE(MissingReview)

}  // namespace goals
