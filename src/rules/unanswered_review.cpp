/// `unanswered-review`: a review note leaves one of its questions without an answer.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

class UnansweredReview : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"unanswered-review", Severity::Warning,
                                    "a review note leaves a question without an answer",
                                    "quarterly review", Smart::None};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    for (std::size_t i = 0; i < ctx.vault.notes.size(); ++i) {
      const Note& note = ctx.vault.notes[i];
      if (note.type != NoteType::Review) continue;
      const std::vector<Heading>& hs = note.body.headings;
      for (std::size_t h = 0; h < hs.size(); ++h) {
        // The note's H1 title is never a question.
        if (h == 0 && hs[h].level == 1) continue;
        // A heading with subheadings groups questions; only the leaves ask.
        if (h + 1 < hs.size() && hs[h + 1].level > hs[h].level) continue;
        // An empty heading (`##` alone) asks nothing.
        if (hs[h].has_text || hs[h].text.empty()) continue;
        out.report(static_cast<int>(i), hs[h].line, hs[h].column,
                   "question \"" + hs[h].text + "\" has no answer",
                   "Write a sentence or two under the heading; even \"nothing changed\" is an "
                   "answer.");
      }
    }
  }
};

}  // namespace

GOALS_RULE(UnansweredReview)

}  // namespace goals
