/// `broken-relation`: a `parent`, `goals` or `sprint` property links to no note.
#include <string>
#include <string_view>
#include <vector>

#include "goals/support/text.h"
#include "rules/rule.h"
#include "support/edit_distance.h"
#include "support/path_internal.h"

namespace goals {
namespace {

/// The name a link target asks for: its last path component without ".md".
std::string wanted_name(std::string_view target) {
  std::string_view t = trim(target, kBlanks);
  if (const std::size_t slash = t.rfind('/'); slash != std::string_view::npos)
    t.remove_prefix(slash + 1);
  std::string lower = detail::fold_case(t);
  if (lower.size() > 3 && lower.ends_with(".md")) lower.resize(lower.size() - 3);
  return lower;
}

/// Every note's name, case-folded as links are matched, built once and only when a link is broken.
class NearestName {
 public:
  explicit NearestName(const Vault& vault) : vault_(vault) {}

  /// The note name closest to `target` (at most 3 edits, and fewer than half
  /// its letters), or "" when none is that close.
  std::string find(std::string_view target) {
    if (lower_.empty()) {
      lower_.reserve(vault_.notes.size());
      for (const Note& n : vault_.notes) lower_.push_back(detail::fold_case(n.name));
    }
    const std::string want = wanted_name(target);
    constexpr std::size_t kMaxEdits = 3;
    std::size_t best_d = kMaxEdits + 1;
    int best = -1;
    for (std::size_t i = 0; i < lower_.size(); ++i) {
      const std::string& name = lower_[i];
      const std::size_t diff =
          name.size() > want.size() ? name.size() - want.size() : want.size() - name.size();
      if (diff >= best_d) continue;
      const std::size_t d = edit_distance(want, name);
      if (d < best_d && 2 * d < want.size()) {
        best_d = d;
        best = static_cast<int>(i);
      }
    }
    return best < 0 ? std::string() : vault_.notes[best].name;
  }

 private:
  const Vault& vault_;
  std::vector<std::string> lower_;
};

class BrokenRelation : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"broken-relation", Severity::Error,
                                    "a `parent`, `goals` or `sprint` property links to no note",
                                    "graph", Smart::None};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    NearestName nearest(ctx.vault);
    auto judge = [&](int note, const Link& l) {
      if (l.state != Link::State::Unresolved) return;
      const std::string target(trim(l.target, kBlanks));
      if (target.empty()) return;
      const std::string near = nearest.find(target);
      out.report(
          note, l.line, l.column,
          "`" + std::string(l.property) + "` points at \"" + target +
              "\", which is no note in the vault",
          near.empty()
              ? "Create the note \"" + target + "\" or fix the link so it names an existing note."
              : "Change the link to \"[[" + near +
                    "]]\", the closest note name, or create the note \"" + target + "\".",
          l.end_column);
    };
    for (std::size_t i = 0; i < ctx.vault.notes.size(); ++i) {
      const Note& n = ctx.vault.notes[i];
      const int note = static_cast<int>(i);
      for (const Link& l : n.parents) judge(note, l);
      for (const Link& l : n.goals) judge(note, l);
      if (n.sprint) judge(note, *n.sprint);
    }
  }
};

}  // namespace

GOALS_RULE(BrokenRelation)

}  // namespace goals
