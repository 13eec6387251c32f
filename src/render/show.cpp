#include <fmt/format.h>

#include <algorithm>

#include "render/notes.h"
#include "render/text_width.h"

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

/// Writes `first` + `text` + `tail` (styled as `styled_tail`), wrapped at
/// spaces to `w` when it fits, later lines `hang` columns in; whole else.
void put(std::ostream& os, const Width& w, std::string_view first, std::string_view text, int hang,
         std::string_view tail = "", std::string_view styled_tail = "") {
  const std::string whole = std::string(text) + std::string(tail);
  if (!w.fit || display_width(first) + display_width(whole) <= w.columns) {
    os << first << text << styled_tail << '\n';
    return;
  }
  const std::string indent(static_cast<std::size_t>(hang), ' ');
  const std::vector<std::string_view> lines =
      wrap_width(text, w.columns - std::max(hang, display_width(first)));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    os << (i == 0 ? first : indent) << lines[i];
    if (i + 1 < lines.size()) os << '\n';
  }
  // A location goes last on the line when it fits there, else below.
  const std::string_view last = lines.empty() ? "" : lines.back();
  if (tail.empty())
    os << '\n';
  else if (hang + display_width(last) + display_width(tail) <= w.columns)
    os << styled_tail << '\n';
  else
    os << '\n' << indent << std::string_view(tail).substr(2) << '\n';
}

}  // namespace

void render_show_text(std::ostream& os, const Vault& v, const GoalGraph& g, const NoteDetails& d,
                      const Date& today, const Style& style, const Width& w) {
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
    if (!value.empty()) put(os, w, fmt::format("  {:<15} ", key), value, 18);
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
    for (int x : nodes) put(os, w, "  ", node_line(v, g, x), 4);
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
      put(os, w, "  ",
          fmt::format("{}{} ({}/{} milestones{})",
                      sg.number ? fmt::format("Goal {}: ", sg.number) : "", sg.title, gp.done,
                      gp.total, unfilled),
          4);
      if (!sg.metric.empty()) put(os, w, "    success metric: ", sg.metric, 6);
      for (const Milestone& m : sg.milestones) put(os, w, "    ", item_line(*m.item), 6);
    }
    if (node->goals.empty()) os << "  (none)\n";
  } else if (!d.milestones.empty()) {
    os << '\n' << style.bold("Milestones") << '\n';
    for (const auto& [sprint, m] : d.milestones) {
      const std::string at =
          fmt::format("  {}:{}", v.notes[g.nodes[sprint].note].path, m->item->line);
      put(os, w, "  ", item_line(*m->item), 4, at, "  " + style.dim(at.substr(2)));
    }
  }
  if (!d.tasks.empty() && !(node && node->kind == NodeKind::Sprint)) {
    os << '\n' << style.bold("Tasks") << '\n';
    for (const ListItem* it : d.tasks) {
      const std::string at = fmt::format("  line {}", it->line);
      put(os, w, "  ", item_line(*it), 4, at, "  " + style.dim(at.substr(2)));
    }
  }
  if (!d.backlinks.empty()) {
    os << '\n' << style.bold("Backlinks") << '\n';
    for (int b : d.backlinks) os << "  " << v.notes[b].path << '\n';
  }
}

}  // namespace goals
