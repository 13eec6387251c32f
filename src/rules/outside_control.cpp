/// `outside-control`: a goal's outcome is someone else's decision (promoted, hired, selected).
#include <string>
#include <string_view>
#include <vector>

#include "rules/phrases.h"
#include "rules/rule.h"

namespace goals {
namespace {

constexpr std::string_view kPhrases[] = {
    "get promoted", "be promoted",  "get a promotion",  "get hired",   "be hired",
    "get a raise",  "get an offer", "receive an offer", "get the job", "get a job",
    "land a job",   "land the job", "land a role",      "be selected", "get selected",
    "be chosen",    "get chosen",   "be picked",        "get picked",  "be accepted",
    "get accepted"};

class OutsideControl : public Rule {
 public:
  OutsideControl() { configure(RuleOptions("outside-control", ""), Config{}); }

  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"outside-control", Severity::Warning,
                                    "a goal's outcome is someone else's decision",
                                    "Achievable, mistake 2", Smart::Achievable};
    return kInfo;
  }

  void configure(const RuleOptions& options, const Config&) override {
    phrases_ = read_phrases(options, "phrases", "extra-phrases", kPhrases);
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const GoalGraph& g = ctx.graph;
    for (const GraphNode& node : g.nodes) {
      if (node.kind == NodeKind::Goal && node.note >= 0 && is_open(node)) {
        const std::string said = decided_by_others(node.title);
        if (said.empty()) continue;
        const PropertyPos pos = title_pos(ctx.vault.notes[node.note]);
        out.report(node.note, pos.line, pos.column,
                   "goal \"" + node.title + "\" rests on someone else's decision: " + said, kHelp);
      } else if (node.kind == NodeKind::Sprint && !has_ended(node, ctx.today)) {
        for (const SprintGoal& sg : node.goals) {
          if (sg.node < 0 || g.nodes[sg.node].note >= 0) continue;  // only inline goals
          const std::string said = decided_by_others(sg.title);
          if (said.empty()) continue;
          out.report(node.note, sg.line, sg.column,
                     "sprint goal \"" + sg.title + "\" rests on someone else's decision: " + said,
                     kHelp);
        }
      }
    }
  }

 private:
  static constexpr const char* kHelp =
      "Reframe it as the actions within your control, e.g. \"Complete the three requirements "
      "for promotion\".";

  /// The phrase that hands the outcome to someone else, quoted; "" when none.
  std::string decided_by_others(std::string_view title) const {
    const std::vector<TitleWord> words = split_words(title);
    const std::vector<PhraseList::Match> found = phrases_.find_all(words);
    if (found.empty()) return {};
    return "\"" + std::string(matched_text(words, found.front())) + "\"";
  }

  PhraseList phrases_;
};

}  // namespace

GOALS_RULE(OutsideControl)

}  // namespace goals
