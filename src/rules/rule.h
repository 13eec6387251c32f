/// What rule files share: the registration macro and small graph questions.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "goals/model/graph.h"
#include "goals/passes/lint.h"
#include "goals/passes/timeline.h"
#include "goals/support/rule_ids.h"

namespace goals {

/// Ends a rule's file: defines the factory the registry (registry.cpp) calls.
#define GOALS_RULE(Class) \
  std::unique_ptr<Rule> make_rule_##Class() { return std::make_unique<Class>(); }

/// A rule that passes on what the loader found under its id (the loader
/// reads files and front matter; the rule gives those findings a place in the
/// catalog, a configurable severity and suppression). Its id and default
/// severity are the finding's, as the loader reports it (support/rule_ids.h).
class LoaderRule : public Rule {
 public:
  LoaderRule(Finding finding, std::string_view summary)
      : info_{finding.rule, finding.severity, summary, "vault", Smart::None} {}
  const RuleInfo& info() const override { return info_; }
  void check(const LintContext& ctx, Reporter& out) const override {
    for (const Diagnostic& d : ctx.vault.diagnostics)
      if (d.rule == info_.id) out.forward(d);
  }

 private:
  RuleInfo info_;
};

/// Where a note's title is written: the `title` key, else its first H1,
/// else the note's anchor.
inline PropertyPos title_pos(const Note& note) {
  if (const PropertyPos* p = note.property_pos.find("title")) return *p;
  for (const Heading& h : note.body.headings)
    if (h.level == 1) return PropertyPos{h.line, h.column};
  return note_anchor(note);
}

}  // namespace goals
