/// `overdue`: an active goal's deadline or an open milestone's due date has passed.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "goals/support/text.h"
#include "rules/rule.h"
#include "support/utf8_internal.h"

namespace goals {
namespace {

/// "22 days ago", "1 day ago".
std::string days_ago(long days) {
  return std::to_string(days) + (days == 1 ? " day ago" : " days ago");
}

/// An item's words (its text is read without its task fields and block id),
/// shortened on a character boundary when long.
std::string item_words(std::string_view text) {
  constexpr std::size_t kMax = 80;
  if (text.size() <= kMax) return std::string(text);
  return std::string(text.substr(0, detail::utf8_floor(text, kMax))) + "…";
}

/// How the vault's Tasks plugin writes a due date, for the help text.
std::string_view due_date_words(const LintContext& ctx) {
  switch (ctx.vault.config.tasks.format) {
    case TaskFormat::Emoji:
      return "📅 date";
    case TaskFormat::Dataview:
      return "`[due:: ]` date";
  }
  return "due date";
}

// A placeholder is no task (unfilled-placeholder reports it).
bool open_task(const ListItem& item) {
  return item.task != 0 && !item.done() && !item.cancelled() && !item.placeholder;
}

class Overdue : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{
        "overdue", Severity::Warning,
        "an active goal's deadline or an open milestone's due date has passed", "Time-bound",
        Smart::TimeBound};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    for (std::size_t i = 0; i < ctx.graph.nodes.size(); ++i) {
      const GraphNode& n = ctx.graph.nodes[i];
      if (n.kind == NodeKind::Goal && n.note >= 0 && is_open(n))
        check_goal(ctx, n, out);
      else if (n.kind == NodeKind::Sprint && n.start && n.end && *n.start <= ctx.today &&
               ctx.today <= *n.end)
        check_current_sprint(ctx, static_cast<int>(i), out);
    }
  }

 private:
  static bool past_due(const ListItem& item, const Date& today) {
    return item.fields.due && *item.fields.due < today;
  }

  static void report_task(const LintContext& ctx, int note, const ListItem& item, Reporter& out) {
    const Date& due = *item.fields.due;
    out.report(note, item.line, item.column,
               "task \"" + item_words(item.text) + "\" was due " + due.str() + ", " +
                   days_ago(days_between(due, ctx.today)),
               "Tick it off, move its " + std::string(due_date_words(ctx)) +
                   " and write down why, or cancel it with `- [-]`.");
  }

  static void check_goal(const LintContext& ctx, const GraphNode& n, Reporter& out) {
    const Note& note = ctx.vault.notes[n.note];
    if (is_overdue(n, ctx.today)) {
      const PropertyPos p = property_anchor(note, "deadline");
      out.report(n.note, p.line, p.column,
                 "goal \"" + n.title + "\" was due " + n.deadline->str() + ", " +
                     days_ago(days_between(*n.deadline, ctx.today)),
                 "Finish it, move `deadline` to a new date and write down why, or set "
                 "`status: done` or `status: dropped`.");
    }
    for (const ListItem& item : note.body.items)
      if (open_task(item) && past_due(item, ctx.today)) report_task(ctx, n.note, item, out);
  }

  /// The sprint under way: its open milestones, then its other open tasks.
  /// Ended sprints are left to missing-review.
  static void check_current_sprint(const LintContext& ctx, int node, Reporter& out) {
    const GraphNode& sprint = ctx.graph.nodes[node];
    const Note& note = ctx.vault.notes[sprint.note];
    // sprint_milestones() lists each sprint goal's milestones in turn.
    const std::vector<MilestoneInfo> infos = sprint_milestones(ctx.graph, node);
    std::size_t next = 0;
    std::vector<const ListItem*> seen;
    for (const SprintGoal& sg : sprint.goals) {
      for (const Milestone& m : sg.milestones) {
        seen.push_back(m.item);
        const MilestoneInfo& info = infos[next++];
        if (!is_overdue(ctx.graph, info, ctx.today)) continue;
        const Date& due = *info.due;
        out.report(sprint.note, m.item->line, m.item->column,
                   "milestone \"" + item_words(m.item->text) + "\" of goal \"" + sg.title +
                       "\" was due " + due.str() + ", " + days_ago(days_between(due, ctx.today)),
                   "Mark it done if it is, or move its " + std::string(due_date_words(ctx)) +
                       " and rework the weeks after it.");
      }
    }
    std::sort(seen.begin(), seen.end());
    for (const ListItem& item : note.body.items)
      if (open_task(item) && past_due(item, ctx.today) &&
          !std::binary_search(seen.begin(), seen.end(), &item))
        report_task(ctx, sprint.note, item, out);
  }
};

}  // namespace

GOALS_RULE(Overdue)

}  // namespace goals
