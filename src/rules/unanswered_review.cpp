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
      for (std::size_t h : review_questions_of(note)) {
        const Heading& q = note.body.headings[h];
        if (q.has_text) continue;
        out.report(static_cast<int>(i), q.line, q.column,
                   "question \"" + q.text + "\" has no answer",
                   "Write a sentence or two under the heading; even \"nothing changed\" is an "
                   "answer.");
      }
    }
  }
};

}  // namespace

GOALS_RULE(UnansweredReview)

}  // namespace goals
