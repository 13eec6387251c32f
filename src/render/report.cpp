#include "render/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "goals/parse/frontmatter.h"
#include "goals/passes/note_links.h"
#include "render/mermaid.h"
#include "render/wins.h"

namespace goals {

std::string markdown_text(std::string_view text) {
  std::string s = printable(text);
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    // `[` links, `#` tags, `^` block ids, `%` comments, `$` math, `=` and `~`
    // highlights and strikes, `|` table cells, `<` and `&` HTML: escaped, so
    // a title never adds a link, tag or broken table to the note.
    if (c != '\0' && std::strchr("\\`*_[]<>#|$%^~=&", c)) out += '\\';
    out += c;
  }
  return out;
}

namespace {

constexpr std::string_view kDash = "—";

std::string date_or_dash(const std::optional<Date>& d) { return d ? d->str() : std::string(kDash); }

std::string percent_text(const std::optional<int>& p) {
  return p ? fmt::format("{}%", *p) : std::string(kDash);
}

std::string node_id(int node) { return fmt::format("n{}", node); }

// Obsidian reads `#` in a link as a heading and `^` as a block, and `|`, `[`
// or `]` end a wikilink: a note named with one cannot be linked.
bool linkable(std::string_view target) {
  return target.find_first_of("#^|[]") == std::string_view::npos;
}

/// The link to the note at `path` showing `title`, written the way the
/// vault's Obsidian writes links (wikilinks, or Markdown links); the title
/// alone for a note the dashboard does not link. In a table (`in_table`) a
/// wikilink's `|` is written `\|`, as Obsidian writes it there.
std::string linked(const Dashboard& d, std::string_view title, std::string_view path,
                   bool in_table = false) {
  const std::string shown = title.empty() ? std::string("Untitled") : printable(title);
  const auto it = path.empty() ? d.link_targets.end() : d.link_targets.find(path);
  if (it == d.link_targets.end() || !linkable(it->second)) return markdown_text(shown);
  const std::string& target = it->second;
  if (d.markdown_links)
    return "[" + markdown_text(shown) + "](" + markdown_link_destination(target) + ")";
  // An alias holding brackets or `|` would end the link early: the target alone then.
  if (shown == target || shown.find_first_of("|[]") != std::string::npos)
    return "[[" + target + "]]";
  return "[[" + target + (in_table ? "\\|" : "|") + shown + "]]";
}

/// The link to the note at `path` named by the link itself: `[[target]]`,
/// or a Markdown link showing the path.
std::string note_ref(const Dashboard& d, std::string_view path) {
  const auto it = d.link_targets.find(path);
  if (it == d.link_targets.end() || !linkable(it->second)) return markdown_text(path);
  if (d.markdown_links)
    return "[" + markdown_text(path) + "](" + markdown_link_destination(it->second) + ")";
  return "[[" + it->second + "]]";
}

std::string milestones_cell(const Progress& p, int overdue) {
  if (p.total == 0) return std::string(kDash);
  std::string s = fmt::format("{}/{}", p.done, p.total);
  if (overdue > 0) s += fmt::format(", {} overdue", overdue);
  return s;
}

std::string deadline_cell(const std::optional<Date>& d, bool overdue) {
  std::string s = date_or_dash(d);
  if (overdue) s += " (overdue)";
  return s;
}

std::string text_or_dash(std::string_view s) {
  return s.empty() ? std::string(kDash) : markdown_text(s);
}

std::string sprint_state(const DashboardSprint& s) {
  if (s.current) return "running";
  if (s.ended) return "ended";
  if (!s.start || !s.end) return "undated";
  return "not started";
}

std::string summary(const Progress& p, int overdue) {
  if (p.total == 0) return "no milestones";
  std::string s =
      fmt::format("{}/{} milestones done ({})", p.done, p.total, percent_text(percent_of(p)));
  if (overdue > 0) s += fmt::format(", {} overdue", overdue);
  return s;
}

std::string span(const DashboardSprint& s) {
  if (s.start && s.end) return fmt::format("{} to {}", s.start->str(), s.end->str());
  if (s.start) return "from " + s.start->str();
  if (s.end) return "until " + s.end->str();
  return "no dates";
}

// On the timeline a milestone's date places it, so its `Week a-b:` prefix goes.
std::string_view milestone_name(std::string_view text) {
  int first = 0, last = 0;
  std::string_view rest = text.substr(parse_week_prefix(text, &first, &last));
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return rest.empty() ? text : rest;
}

std::string gantt_task(const std::vector<std::string_view>& tags, std::string_view id,
                       const Date& start, long days) {
  std::string s = ":";
  for (std::string_view t : tags) s += fmt::format("{}, ", t);
  return s + fmt::format("{}, {}, {}d", id, start.str(), days);
}

bool dated(const DashboardSprint& s) { return s.start && s.end && *s.start <= *s.end; }

void render_gantt(std::ostream& os, const Dashboard& d) {
  bool any = false;
  for (int i : d.timeline) any = any || dated(d.sprints[i]);
  int left_out = 0;
  for (const DashboardSprint& s : d.sprints) left_out += dated(s);
  for (int i : d.timeline) left_out -= dated(d.sprints[i]);
  if (!any) {
    if (d.sprints.empty())
      os << "No sprints yet: `goals new sprint` writes one.\n";
    else if (left_out > 0)
      os << "No sprint runs now or comes next: `goals new sprint` writes the next one; "
            "`goals report --all` shows the past ones.\n";
    else
      os << "No sprint has dates yet.\n";
    return;
  }
  os << "```mermaid\ngantt\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n";
  int sprint_no = 0;
  for (int i : d.timeline) {
    const DashboardSprint& s = d.sprints[i];
    if (!dated(s)) continue;
    ++sprint_no;
    // Mermaid's end dates are exclusive; a duration counts the sprint's days.
    const long days = s.end->days() - s.start->days() + 1;
    const std::string sid = fmt::format("s{}", sprint_no);
    os << "    section " << mermaid_gantt_text(s.title) << '\n';
    std::vector<std::string_view> tags;
    if (s.ended) tags.push_back("done");
    if (s.current) tags.push_back("active");
    os << "    " << mermaid_gantt_text(s.title) << ' ' << gantt_task(tags, sid, *s.start, days)
       << '\n';
    int goal_no = 0;
    for (const DashboardSprintGoal& g : s.goals) {
      ++goal_no;
      const std::string gid = fmt::format("{}g{}", sid, goal_no);
      tags.clear();
      if (g.complete)
        tags.push_back("done");
      else if (g.overdue_milestones > 0 || g.overdue)
        tags.push_back("crit");
      if (!g.complete && s.current) tags.push_back("active");
      os << "    " << mermaid_gantt_text(g.title) << ' ' << gantt_task(tags, gid, *s.start, days)
         << '\n';
      int milestone_no = 0;
      for (const DashboardMilestone& m : g.milestones) {
        ++milestone_no;
        if (!m.when || m.info.cancelled) continue;
        tags.clear();
        if (m.info.is_done) tags.push_back("done");
        if (m.overdue) tags.push_back("crit");
        tags.push_back("milestone");
        os << "    " << mermaid_gantt_text(milestone_name(m.info.text)) << ' '
           << gantt_task(tags, fmt::format("{}m{}", gid, milestone_no), *m.when, 0) << '\n';
      }
    }
  }
  os << "```\n";
  if (left_out > 0)
    os << fmt::format("\n{} other {} left out: `goals report --all` shows every sprint.\n",
                      left_out, left_out == 1 ? "sprint is" : "sprints are");
}

std::string tree_label(const DashboardGoal& g) {
  if (g.progress.total == 0) return g.title;
  return fmt::format("{} ({}/{})", g.title, g.progress.done, g.progress.total);
}

void render_tree(std::ostream& os, const Dashboard& d) {
  if (d.goals.empty()) {
    os << "No goals yet: `goals new goal` writes one.\n";
    return;
  }
  os << "```mermaid\nflowchart LR\n";
  std::vector<bool> in_tree;
  for (const DashboardGoal& g : d.goals) {
    if (static_cast<std::size_t>(g.node) >= in_tree.size()) in_tree.resize(g.node + 1);
    in_tree[g.node] = true;
  }
  for (const DashboardGoal& g : d.goals)
    os << "    "
       << mermaid_node(node_id(g.node),
                       g.kind == NodeKind::Vision ? MermaidShape::Hexagon : MermaidShape::Rounded,
                       tree_label(g))
       << '\n';
  for (const DashboardGoal& g : d.goals)
    for (int p : g.parents)
      if (static_cast<std::size_t>(p) < in_tree.size() && in_tree[p])
        os << fmt::format("    {} --> {}\n", node_id(p), node_id(g.node));
  // Text colours set with the fills, so the nodes read in light and dark themes.
  std::string done, dropped, overdue;
  const auto add = [](std::string* list, int node) {
    if (!list->empty()) *list += ',';
    *list += node_id(node);
  };
  for (const DashboardGoal& g : d.goals) {
    if (g.status == GoalStatus::Done)
      add(&done, g.node);
    else if (g.status == GoalStatus::Dropped)
      add(&dropped, g.node);
    else if (g.overdue)
      add(&overdue, g.node);
  }
  os << "    classDef done fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332\n"
        "    classDef dropped fill:#f1f3f5,stroke:#868e96,color:#495057,stroke-dasharray:4 3\n"
        "    classDef overdue fill:#ffe3e3,stroke:#c92a2a,color:#5c0f0f\n";
  if (!done.empty()) os << "    class " << done << " done\n";
  if (!dropped.empty()) os << "    class " << dropped << " dropped\n";
  if (!overdue.empty()) os << "    class " << overdue << " overdue\n";
  os << "```\n";
}

void render_sprint_table(std::ostream& os, const Dashboard& d, const DashboardSprint& s) {
  os << "### " << markdown_text(s.title.empty() ? "Untitled" : s.title) << "\n\n";
  std::string where = s.path.empty() ? std::string("sprint") : note_ref(d, s.path);
  if (s.quarter) where += ", " + s.quarter->str();
  os << fmt::format("{}, {} ({}): {}.\n\n", where, span(s), sprint_state(s),
                    summary(s.progress, s.overdue_milestones));
  if (s.goals.empty()) {
    os << "No goals.\n\n";
    return;
  }
  os << "| Goal | Milestones | Done | Metric | Deadline |\n"
        "| --- | ---: | ---: | --- | --- |\n";
  for (const DashboardSprintGoal& g : s.goals)
    os << fmt::format("| {} | {} | {} | {} | {} |\n", linked(d, g.title, g.path, true),
                      milestones_cell(g.progress, g.overdue_milestones), percent_text(g.percent),
                      text_or_dash(g.metric), deadline_cell(g.deadline, g.overdue));
  os << '\n';
}

void render_goal_table(std::ostream& os, const Dashboard& d) {
  bool any = false;
  for (const DashboardGoal& g : d.goals) any = any || g.kind == NodeKind::Goal;
  if (!any) {
    os << "No goals yet: `goals new goal` writes one.\n\n";
    return;
  }
  os << "| Goal | Horizon | Status | Milestones | Done | Metric | Deadline |\n"
        "| --- | --- | --- | ---: | ---: | --- | --- |\n";
  for (const DashboardGoal& g : d.goals) {
    if (g.kind != NodeKind::Goal) continue;
    const std::string_view horizon = to_string(g.horizon);
    os << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", linked(d, g.title, g.path, true),
                      horizon.empty() ? kDash : horizon, to_string(g.status),
                      milestones_cell(g.progress, 0), percent_text(g.percent),
                      text_or_dash(g.metric), deadline_cell(g.deadline, g.overdue));
  }
  os << '\n';
}

// Messages quote names and commands in `code`: those spans stay code (where
// nothing links or formats) and the rest is escaped; with an odd count of
// backticks, all of it is escaped.
std::string message_text(std::string_view message) {
  const std::string one = printable(message);
  if (std::count(one.begin(), one.end(), '`') % 2 != 0) return markdown_text(one);
  std::string out;
  std::size_t at = 0;
  while (at < one.size()) {
    const std::size_t open = one.find('`', at);
    if (open == std::string::npos) break;
    const std::size_t close = one.find('`', open + 1);
    out += markdown_text(std::string_view(one).substr(at, open - at));
    std::string code = one.substr(open, close + 1 - open);
    for (char& c : code)
      if (c == '\n' || c == '\r') c = ' ';
    out += code;
    at = close + 1;
  }
  return out + markdown_text(std::string_view(one).substr(std::min(at, one.size())));
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

void render_attention(std::ostream& os, const Dashboard& d) {
  if (d.attention.empty()) {
    os << "Nothing: `goals lint` finds no problems.\n";
    return;
  }
  std::size_t findings = 0;
  for (const AttentionNote& a : d.attention) findings += a.findings.size();
  os << fmt::format("{} in {}; `goals lint` says how to fix each.\n\n",
                    counted(findings, "finding", "findings"),
                    counted(d.attention.size(), "note", "notes"));
  for (const AttentionNote& a : d.attention) {
    os << "- " << note_ref(d, a.path) << '\n';
    for (const Diagnostic& f : a.findings) {
      std::string where(to_string(f.severity));
      if (f.line > 0) where += fmt::format(", line {}", f.line);
      os << fmt::format("  - `{}` ({}): {}\n", f.rule, where, message_text(f.message));
    }
  }
}

void render_next_review(std::ostream& os, const Dashboard& d) {
  for (const MissedReview& m : d.missed_reviews) {
    const std::string period = m.period ? m.period->str() : m.due.str();
    os << fmt::format("- Missed: the {} review of {}, due {}: `{}`\n", to_string(m.cadence), period,
                      m.due.str(), m.command);
  }
  if (!d.missed_reviews.empty()) os << '\n';
  if (!d.next_review) {
    os << "None due.\n";
    return;
  }
  const ReviewDue& r = d.next_review->due;
  const std::string_view cadence = to_string(r.cadence);
  os << fmt::format("The {} review, due {}: `goals review --cadence {}` writes it.", cadence,
                    r.due.str(), cadence);
  if (!d.next_review->last_path.empty())
    os << " The last one: " << note_ref(d, d.next_review->last_path) << '.';
  os << '\n';
}

std::string wins_heading(const Dashboard& d) {
  if (!d.wins_since) return "Wins";
  return fmt::format("Wins since {} ({})", d.wins_since_what.empty() ? "then" : d.wins_since_what,
                     d.wins_since->str());
}

void render_wins(std::ostream& os, const Dashboard& d) {
  if (d.wins.empty()) {
    os << "None yet: tick off a milestone with its \u2705 date and it shows here.\n";
    return;
  }
  for (const DashboardWin& dw : d.wins) {
    const Win& w = dw.win;
    os << "- " << (w.date ? w.date->str() : std::string("undated")) << " \u2014 ";
    // The words of a note as Obsidian shows them; its own links are not ours to redo.
    if (w.kind == Win::Kind::Goal) {
      os << linked(d, w.title, dw.goal_path) << " (goal done)";
    } else {
      if (!w.goal.empty()) os << linked(d, w.goal, dw.goal_path) << ": ";
      os << markdown_text(unlink_wiki(w.title));
    }
    os << '\n';
  }
}

Json progress_json(const Progress& p, std::optional<int> overdue = std::nullopt) {
  Json j{{"done", p.done}, {"total", p.total}};
  const std::optional<int> pc = percent_of(p);
  j["percent"] = pc ? Json(*pc) : Json(nullptr);
  if (overdue) j["overdue"] = *overdue;
  return j;
}

Json date_json(const std::optional<Date>& d) { return d ? Json(d->str()) : Json(nullptr); }

Json path_json(const std::string& p) { return p.empty() ? Json(nullptr) : Json(p); }

/// The dashboard's timeline, findings, next review and wins.
void add_extras_json(Json* j, const Dashboard& d) {
  Json timeline = Json::array();
  for (int i : d.timeline) timeline.push_back(node_id(d.sprints[i].node));
  (*j)["timeline"] = std::move(timeline);
  Json attention = Json::array();
  for (const AttentionNote& a : d.attention) {
    Json findings = Json::array();
    for (const Diagnostic& f : a.findings)
      findings.push_back(Json{{"rule", f.rule},
                              {"severity", std::string(to_string(f.severity))},
                              {"line", f.line},
                              {"column", f.column},
                              {"message", f.message}});
    attention.push_back(Json{{"path", a.path}, {"findings", std::move(findings)}});
  }
  (*j)["needs_attention"] = std::move(attention);
  if (d.next_review) {
    const ReviewDue& r = d.next_review->due;
    (*j)["next_review"] = Json{{"cadence", std::string(to_string(r.cadence))},
                               {"due", r.due.str()},
                               {"last", path_json(d.next_review->last_path)}};
  } else {
    (*j)["next_review"] = nullptr;
  }
  Json missed = Json::array();
  for (const MissedReview& m : d.missed_reviews)
    missed.push_back(Json{{"cadence", std::string(to_string(m.cadence))},
                          {"period", m.period ? Json(m.period->str()) : Json(nullptr)},
                          {"due", m.due.str()},
                          {"command", m.command}});
  (*j)["missed_reviews"] = std::move(missed);
  (*j)["wins_since"] = date_json(d.wins_since);
  Json wins = Json::array();
  for (const DashboardWin& dw : d.wins) {
    const Win& w = dw.win;
    wins.push_back(Json{{"kind", w.kind == Win::Kind::Goal ? "goal" : "milestone"},
                        {"date", date_json(w.date)},
                        {"title", w.title},
                        {"goal", w.goal},
                        {"goal_path", path_json(dw.goal_path)},
                        {"path", path_json(dw.path)},
                        {"line", w.line}});
  }
  (*j)["wins"] = std::move(wins);
}

}  // namespace

void render_report_markdown(std::ostream& os, const Dashboard& d) {
  os << "---\n"
     << kGeneratedByKey << ": " << kGeneratedByValue << "\n"
     << "generated: " << d.today.str() << "\n"
     << "---\n"
     << "# Goals dashboard\n\n"
     << "Written by `goals report` as of " << d.today.str()
     << ". Run it again to bring it up to date; changes made here are replaced.\n\n";
  if (d.current_sprint >= 0) {
    const DashboardSprint& s = d.sprints[d.current_sprint];
    os << fmt::format("Now: {}, {}: {}.\n", linked(d, s.title, s.path), span(s),
                      summary(s.progress, s.overdue_milestones));
  } else {
    os << "Now: no sprint runs on " << d.today.str() << ".\n";
  }
  os << fmt::format("All sprints: {}.\n\n", summary(d.milestones, d.overdue_milestones));
  os << "## Needs attention\n\n";
  render_attention(os, d);
  os << "\n## Next review\n\n";
  render_next_review(os, d);
  os << "\n## " << wins_heading(d) << "\n\n";
  render_wins(os, d);
  os << "\n## Timeline\n\n";
  render_gantt(os, d);
  os << "\n## Sprints\n\n";
  if (d.sprints.empty()) os << "No sprints yet: `goals new sprint` writes one.\n\n";
  for (auto it = d.sprints.rbegin(); it != d.sprints.rend(); ++it) render_sprint_table(os, d, *it);
  os << "## Goals\n\n";
  render_goal_table(os, d);
  os << "## Goal tree\n\n";
  render_tree(os, d);
}

Json report_json(const Dashboard& d) {
  Json j;
  j["schema_version"] = kSchemaVersion;
  j["today"] = d.today.str();
  j["current_sprint"] =
      d.current_sprint >= 0 ? Json(node_id(d.sprints[d.current_sprint].node)) : Json(nullptr);
  j["milestones"] = progress_json(d.milestones, d.overdue_milestones);
  j["sprints"] = Json::array();
  for (const DashboardSprint& s : d.sprints) {
    Json js{{"id", node_id(s.node)},
            {"title", s.title},
            {"path", path_json(s.path)},
            {"quarter", s.quarter ? Json(s.quarter->str()) : Json(nullptr)},
            {"start", date_json(s.start)},
            {"end", date_json(s.end)},
            {"current", s.current},
            {"ended", s.ended},
            {"progress", progress_json(s.progress, s.overdue_milestones)},
            {"goals", Json::array()}};
    for (const DashboardSprintGoal& g : s.goals) {
      Json jg{{"id", g.node >= 0 ? Json(node_id(g.node)) : Json(nullptr)},
              {"title", g.title},
              {"path", path_json(g.path)},
              {"status", std::string(to_string(g.status))},
              {"complete", g.complete},
              {"progress", progress_json(g.progress, g.overdue_milestones)},
              {"metric", g.metric},
              {"deadline", date_json(g.deadline)},
              {"overdue", g.overdue},
              {"milestones", Json::array()}};
      for (const DashboardMilestone& m : g.milestones)
        jg["milestones"].push_back(Json{{"text", m.info.text},
                                        {"first_week", m.info.first_week},
                                        {"last_week", m.info.last_week},
                                        {"due", date_json(m.info.due)},
                                        {"due_written", m.info.due_written},
                                        {"done", date_json(m.info.done)},
                                        {"is_done", m.info.is_done},
                                        {"cancelled", m.info.cancelled},
                                        {"overdue", m.overdue},
                                        {"line", m.info.line}});
      js["goals"].push_back(std::move(jg));
    }
    j["sprints"].push_back(std::move(js));
  }
  j["goals"] = Json::array();
  for (const DashboardGoal& g : d.goals) {
    const std::string_view horizon = to_string(g.horizon);
    Json jg{{"id", node_id(g.node)},
            {"kind", std::string(to_string(g.kind))},
            {"title", g.title},
            {"path", path_json(g.path)},
            {"horizon", horizon.empty() ? Json(nullptr) : Json(std::string(horizon))},
            {"status", std::string(to_string(g.status))},
            {"progress", progress_json(g.progress)},
            {"metric", g.metric},
            {"deadline", date_json(g.deadline)},
            {"overdue", g.overdue},
            {"parents", Json::array()}};
    for (int p : g.parents) jg["parents"].push_back(node_id(p));
    j["goals"].push_back(std::move(jg));
  }
  add_extras_json(&j, d);
  return j;
}

}  // namespace goals
