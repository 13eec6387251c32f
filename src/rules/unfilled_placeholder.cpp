/// `unfilled-placeholder`: a sprint or goal note keeps template text nobody filled in.
#include <string>

#include "rules/rule.h"

namespace goals {
namespace {

class UnfilledPlaceholder : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"unfilled-placeholder", Severity::Warning,
                                    "a sprint or goal note keeps template text nobody filled in",
                                    "Specific", Smart::Specific};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    for (std::size_t i = 0; i < ctx.vault.notes.size(); ++i) {
      const Note& note = ctx.vault.notes[i];
      if (note.type != NoteType::Sprint && note.type != NoteType::Goal) continue;
      const int node = ctx.graph.node_of_note[i];
      if (node < 0) continue;
      // History is left alone: an ended sprint, a finished or dropped goal.
      const GraphNode& n = ctx.graph.nodes[node];
      if (n.kind == NodeKind::Sprint ? has_ended(n, ctx.today) : !is_open(n)) continue;
      for (int h : n.unnamed_goals) report_heading(ctx, i, h, out);
      for (const ListItem& item : note.body.items)
        if (item.placeholder) report_item(ctx, i, item, out);
    }
  }

 private:
  static void report_heading(const LintContext& ctx, std::size_t note, int h, Reporter& out) {
    const Heading& heading = ctx.vault.notes[note].body.headings[h];
    out.report(static_cast<int>(note), heading.line, heading.column,
               "heading \"" + heading.raw + "\" names no goal: it is the template's hint",
               "Name the goal in the heading, e.g. `## Goal 1: [[Get promoted to senior "
               "engineer]]` to link its note, or delete the section: fewer goals, more focus.");
  }

  static void report_item(const LintContext& ctx, std::size_t note, const ListItem& item,
                          Reporter& out) {
    int first = 0, last = 0;
    const bool milestone = parse_week_prefix(item.text, &first, &last) > 0;
    const std::string what = milestone ? "milestone" : "task";
    const std::string message =
        item.text.empty()
            ? "empty " + what + ": it is template text, not a plan"
            : what + " \"" + item.text + "\" was never filled in: it is template text, not a plan";
    // The example keeps the item's own weeks and date, so it reads as its fix.
    std::string example = "- [ ] ";
    if (const std::string& filter = ctx.vault.config.tasks.global_filter; !filter.empty())
      example += filter + " ";
    if (milestone)
      example += "Week " + std::to_string(first) +
                 (last != first ? "-" + std::to_string(last) : std::string()) + ": ";
    example += "Finish modules 1-4 of the course ";
    const Date due = item.fields.due ? *item.fields.due : ctx.today.add_days(28);
    example += due_field(ctx.vault.config.tasks.format, due);
    out.report(static_cast<int>(note), item.line, item.column, message,
               "Write what will be done, concrete enough that someone could check it, with its "
               "due date, e.g. `" +
                   example + "`; or delete the line. It counts for nothing until then.");
  }
};

}  // namespace

GOALS_RULE(UnfilledPlaceholder)

}  // namespace goals
