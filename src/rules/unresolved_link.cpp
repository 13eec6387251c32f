/// `unresolved-link`: a link or embed in a note's body matches no note or file.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

/// The link as the note writes it, without display text or size.
std::string as_written(const Link& l) {
  std::string s = l.embed ? "!" : "";
  if (l.markdown) return s + "[" + l.alias + "](" + l.target + ")";
  s += "[[" + l.target;
  for (const std::string& h : l.headings()) s += "#" + h;
  if (!l.block_id().empty()) s += "#^" + l.block_id();
  return s + "]]";
}

std::string help(const Link& l) {
  if (l.embed)
    return "Add the file \"" + l.target + "\" to the vault or fix the name in the embed.";
  if (l.markdown) return "Create the note at \"" + l.target + "\" or fix the path in the link.";
  return "Create the note \"" + l.target +
         "\" (clicking the link in Obsidian does) or fix the link's spelling.";
}

class UnresolvedLink : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"unresolved-link", Severity::Info,
                                    "a link or embed in a note's body matches no note or file",
                                    "vault", Smart::None};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    for (std::size_t i = 0; i < ctx.vault.notes.size(); ++i) {
      for (const Link& l : ctx.vault.notes[i].body.links) {
        // [[#Heading]] is the note itself; external URLs are never links.
        if (l.state != Link::State::Unresolved || l.target.empty()) continue;
        out.report(static_cast<int>(i), l.line, l.column,
                   std::string(l.embed ? "embed " : "link ") + as_written(l) +
                       (l.embed ? " matches no file in the vault"
                                : " matches no note or file in the vault"),
                   help(l), l.end_column);
      }
    }
  }
};

}  // namespace

GOALS_RULE(UnresolvedLink)

}  // namespace goals
