#include <fmt/format.h>

#include "render/notes.h"

namespace goals {

namespace {

std::string days_text(const Date& today, const Date& d) {
  const long n = days_between(today, d);
  if (n == 0) return "today";
  if (n > 0) return fmt::format("{} day{} left", n, n == 1 ? "" : "s");
  return fmt::format("{} day{} ago", -n, n == -1 ? "" : "s");
}

std::string node_line(const Vault& v, const GoalGraph& g, int node) {
  const GraphNode& n = g.nodes[node];
  std::string kind(to_string(n.kind));
  if (n.kind == NodeKind::Goal && n.horizon != Horizon::None)
    kind = fmt::format("{} goal", to_string(n.horizon));
  std::string where = n.note >= 0
                          ? v.notes[n.note].path
                          : fmt::format("inline in {}", v.notes[g.nodes[n.sprint].note].path);
  return fmt::format("{} ({}, {})", n.title, kind, where);
}

// The item's words, then its dates from the task fields (whichever format
// they were written in): "Ship it (due 2026-12-04, done 2026-12-01)".
std::string item_line(const ListItem& it) {
  std::string line = it.task ? fmt::format("[{}] {}", it.task, it.text) : it.text;
  std::string dates;
  const auto add = [&](std::string_view what, const std::optional<Date>& d) {
    if (d) dates += fmt::format("{}{} {}", dates.empty() ? "" : ", ", what, d->str());
  };
  add("start", it.fields.start);
  add("scheduled", it.fields.scheduled);
  add("due", it.fields.due);
  add("done", it.fields.done);
  add("cancelled", it.fields.cancelled);
  if (!dates.empty()) line += fmt::format("{}({})", line.empty() ? "" : " ", dates);
  return line;
}

}  // namespace

void render_show_text(std::ostream& os, const Vault& v, const GoalGraph& g, const NoteDetails& d,
                      const Date& today, const Style& style) {
  const Note& n = v.notes[d.note];
  const GraphNode* node = d.node >= 0 ? &g.nodes[d.node] : nullptr;
  os << style.bold(n.title) << '\n';
  std::string kind = n.type == NoteType::Plain ? (n.type_name.empty() ? "note" : n.type_name)
                                               : std::string(to_string(n.type));
  if (n.type == NoteType::Goal) {
    if (n.horizon != Horizon::None) kind += fmt::format(", {}", to_string(n.horizon));
    kind += fmt::format(", {}", to_string(n.status));
  }
  if (n.type == NoteType::Review) kind += fmt::format(", {}", to_string(n.cadence));
  os << style.dim(fmt::format("{} - {}", kind, n.path)) << '\n';

  auto field = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) os << fmt::format("  {:<15} {}\n", key, value);
  };
  if (kind_from_conventions(n)) field("classified by", kind_reason_text(v, n));
  if (node) {
    if (node->deadline)
      field("deadline",
            fmt::format("{} ({})", node->deadline->str(), days_text(today, *node->deadline)));
    field("metric", node->metric);
    if (node->kind == NodeKind::Sprint) {
      if (node->quarter) field("quarter", node->quarter->str());
      if (node->start && node->end)
        field("dates", fmt::format("{} to {} ({} days)", node->start->str(), node->end->str(),
                                   days_between(*node->start, *node->end) + 1));
    }
    if (node->kind == NodeKind::Review && node->date) field("date", node->date->str());
  }
  field("accountability", n.accountability);
  if (n.target) field("target", fmt::format("{}", *n.target));
  if (n.current) field("current", fmt::format("{}", *n.current));
  if (n.reviewed)
    field("reviewed", fmt::format("{} ({})", n.reviewed->str(), days_text(today, *n.reviewed)));
  if (n.completed) field("completed", n.completed->str());
  if (!n.values.empty()) {
    std::string vals;
    for (const auto& x : n.values) vals += (vals.empty() ? "" : ", ") + x;
    field("values", vals);
  }
  if (!n.tags.empty()) {
    std::string tags;
    for (const auto& t : n.tags) tags += (tags.empty() ? "#" : " #") + t;
    field("tags", tags);
  }
  const Progress p = note_progress(g, d.note);
  if (p.total > 0) field("progress", fmt::format("{}/{} done", p.done, p.total));

  auto section = [&](std::string_view title, const std::vector<int>& nodes) {
    if (nodes.empty()) return;
    os << '\n' << style.bold(title) << '\n';
    for (int x : nodes) os << "  " << node_line(v, g, x) << '\n';
  };
  section("Parent chain", d.parent_chain);
  section("Children", d.children);
  section("Sprints", d.sprints);
  if (node && node->kind == NodeKind::Sprint) {
    os << '\n' << style.bold("Goals") << '\n';
    for (const SprintGoal& sg : node->goals) {
      const Progress gp = sg.progress();
      // Placeholders are no milestones, but the user should see they wait.
      const std::string unfilled =
          sg.placeholders == 0   ? ""
          : sg.placeholders == 1 ? ", 1 placeholder to fill in"
                                 : fmt::format(", {} placeholders to fill in", sg.placeholders);
      os << fmt::format("  {}{} ({}/{} milestones{})\n",
                        sg.number ? fmt::format("Goal {}: ", sg.number) : "", sg.title, gp.done,
                        gp.total, unfilled);
      if (!sg.metric.empty()) os << "    success metric: " << sg.metric << '\n';
      for (const Milestone& m : sg.milestones) os << "    " << item_line(*m.item) << '\n';
    }
    if (node->goals.empty()) os << "  (none)\n";
  } else if (!d.milestones.empty()) {
    os << '\n' << style.bold("Milestones") << '\n';
    for (const auto& [sprint, m] : d.milestones)
      os << "  " << item_line(*m->item) << "  "
         << style.dim(fmt::format("{}:{}", v.notes[g.nodes[sprint].note].path, m->item->line))
         << '\n';
  }
  if (!d.tasks.empty() && !(node && node->kind == NodeKind::Sprint)) {
    os << '\n' << style.bold("Tasks") << '\n';
    for (const ListItem* it : d.tasks)
      os << "  " << item_line(*it) << "  " << style.dim(fmt::format("line {}", it->line)) << '\n';
  }
  if (!d.backlinks.empty()) {
    os << '\n' << style.bold("Backlinks") << '\n';
    for (int b : d.backlinks) os << "  " << v.notes[b].path << '\n';
  }
}

}  // namespace goals
