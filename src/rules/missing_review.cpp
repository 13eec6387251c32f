/// `missing-review`: a sprint ended more than 14 days ago and no review links it.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

class MissingReview : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"missing-review", Severity::Warning,
                                    "a sprint ended more than 14 days ago and no review links it",
                                    "quarterly review", Smart::None};
    return kInfo;
  }

  void configure(const RuleOptions& options, const Config&) override {
    grace_days_ = options.integer("grace-days").value_or(grace_days_);
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    for (const GraphNode& s : ctx.graph.nodes) {
      if (s.kind != NodeKind::Sprint || s.note < 0 || !s.end) continue;
      const long ago = days_between(*s.end, ctx.today);
      if (ago <= grace_days_ || reviewed(ctx, s)) continue;
      const Note& note = ctx.vault.notes[s.note];
      PropertyPos p = property_anchor(note, "end");
      if (!note.property_pos.find("end")) p = property_anchor(note, "quarter");
      out.report(s.note, p.line, p.column,
                 "sprint \"" + note.name + "\" ended " + s.end->str() + ", " + std::to_string(ago) +
                     (ago == 1 ? " day" : " days") + " ago, and no review looks back on it",
                 "Write a quarterly review note with `sprint: \"[[" + note.name +
                     "]]\"` answering the five questions.");
    }
  }

 private:
  /// A review looks back on the sprint when it is a quarterly review that
  /// names it (`sprint:` or a body link), or any review of it written on or
  /// after its last day. Weekly and monthly check-ins during the sprint do not.
  static bool looks_back(const GraphNode& review, const GraphNode& sprint) {
    return review.cadence == Cadence::Quarterly || (review.date && *review.date >= *sprint.end);
  }

  static bool reviewed(const LintContext& ctx, const GraphNode& s) {
    for (int r : s.reviews)
      if (looks_back(ctx.graph.nodes[r], s)) return true;
    for (int b : ctx.vault.backlinks[s.note]) {
      const int r = ctx.graph.node_of_note[b];
      if (r >= 0 && ctx.graph.nodes[r].kind == NodeKind::Review &&
          looks_back(ctx.graph.nodes[r], s))
        return true;
    }
    return false;
  }

  int grace_days_ = 14;
};

}  // namespace

GOALS_RULE(MissingReview)

}  // namespace goals
