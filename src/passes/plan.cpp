#include "goals/passes/plan.h"

#include <algorithm>
#include <string_view>

#include "goals/model/resolver.h"
#include "goals/passes/timeline.h"
#include "goals/support/moment.h"
#include "goals/support/yaml_quote.h"

namespace goals {

namespace {

using json = nlohmann::json;

std::string wiki(const std::string& target) { return "[[" + target + "]]"; }

/// How the body of a new note names a goal: a link to its note, else its title.
std::string goal_ref(const NoteLinker& links, const GoalGraph& g, int node,
                     const std::string& fallback) {
  if (node < 0) return one_line(fallback);
  const GraphNode& n = g.nodes[node];
  return n.note >= 0 ? links.body_link(n.note) : one_line(n.title);
}

/// Index of the last question heading of a review (as unanswered-review
/// reads them: leaves, never the H1 title, never empty), or -1.
int last_question(const Note& note) {
  const std::vector<Heading>& hs = note.body.headings;
  int last = -1;
  for (std::size_t h = 0; h < hs.size(); ++h) {
    if (h == 0 && hs[h].level == 1) continue;
    if (h + 1 < hs.size() && hs[h + 1].level > hs[h].level) continue;
    if (hs[h].text.empty()) continue;
    last = static_cast<int>(h);
  }
  return last;
}

/// The most recent quarterly review: by `date`, else its sprint's end.
int latest_quarterly_review(const GoalGraph& g) {
  int best = -1;
  std::optional<Date> best_key;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Review || n.cadence != Cadence::Quarterly) continue;
    const std::optional<Date> key = review_day(g, static_cast<int>(i));
    if (best < 0 || key >= best_key) {
      best = static_cast<int>(i);
      best_key = key;
    }
  }
  return best;
}

std::vector<WeekBlock> week_blocks(const Date& start, const Date& end) {
  const int weeks = sprint_weeks(start, end);
  std::vector<std::pair<int, int>> spans;
  if (weeks >= 9) {
    spans = {{1, 4}, {5, 8}, {9, weeks}};
  } else {
    int first = 1;
    for (int b = 0; b < 3; ++b) {
      const int size = weeks / 3 + (b < weeks % 3 ? 1 : 0);
      if (size == 0) continue;
      spans.emplace_back(first, first + size - 1);
      first += size;
    }
  }
  std::vector<WeekBlock> blocks;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    WeekBlock b{spans[i].first, spans[i].second, end};
    if (i + 1 < spans.size()) b.due = std::min(end, start.add_days(7L * b.last_week - 1));
    blocks.push_back(b);
  }
  return blocks;
}

/// Front-matter links: one as `parent: "[[X]]"`, several as a list.
void put_links(json* data, const char* one, const char* many,
               const std::vector<std::string>& targets) {
  json list = json::array();
  for (const std::string& t : targets) list.push_back(yaml_quote(wiki(t)));
  (*data)["has_" + std::string(one)] = targets.size() == 1;
  (*data)[one] = targets.size() == 1 ? list[0] : json("");
  (*data)["has_" + std::string(many)] = targets.size() > 1;
  (*data)[many] = targets.size() > 1 ? list : json::array();
}

json milestone_fact(const std::string& goal, const std::string& text,
                    const std::optional<Date>& date) {
  return {{"goal", goal},
          {"text", text},
          {"has_date", date.has_value()},
          {"date", date ? date->str() : ""}};
}

void quarterly_facts(const Vault& v, const NoteLinker& links, const GoalGraph& g,
                     const GraphNode& sprint, json* data) {
  json goals = json::array(), milestones = json::array(), done_goals = json::array();
  for (const SprintGoal& sg : sprint.goals) {
    const std::string ref = goal_ref(links, g, sg.node, sg.title);
    const Progress p = sg.progress();
    goals.push_back({{"link", ref},
                     {"has_metric", !sg.metric.empty()},
                     {"metric", one_line(sg.metric)},
                     {"has_milestones", p.total > 0},
                     {"done", p.done},
                     {"total", p.total}});
    for (const Milestone& m : sg.milestones)
      if (m.done())
        milestones.push_back(
            milestone_fact(ref, milestone_text(m.item->text), m.item->fields.done));
    if (sg.node >= 0 && g.nodes[sg.node].status == GoalStatus::Done) {
      const GraphNode& n = g.nodes[sg.node];
      const std::optional<Date> completed =
          n.note >= 0 ? v.notes[n.note].completed : std::optional<Date>();
      done_goals.push_back({{"link", ref},
                            {"has_date", completed.has_value()},
                            {"date", completed ? completed->str() : ""}});
    }
  }
  (*data)["has_goals"] = !goals.empty();
  (*data)["has_done"] = !milestones.empty() || !done_goals.empty();
  (*data)["goals"] = std::move(goals);
  (*data)["milestones_done"] = std::move(milestones);
  (*data)["goals_done"] = std::move(done_goals);
}

void weekly_facts(const NoteLinker& links, const GoalGraph& g, int sprint_node, const Date& today,
                  std::optional<Date> week_start, json* data) {
  const Date first_day = week_start.value_or(today.add_days(1 - today.iso_weekday()));
  const Date last_day = first_day.add_days(6);
  std::vector<int> sprints;
  if (sprint_node >= 0) {
    sprints.push_back(sprint_node);
  } else {
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
      const GraphNode& n = g.nodes[i];
      if (n.kind == NodeKind::Sprint && n.start && n.end && *n.start <= today && today <= *n.end)
        sprints.push_back(static_cast<int>(i));
    }
  }
  json due = json::array(), overdue = json::array(), done = json::array();
  for (int s : sprints) {
    for (const MilestoneInfo& m : sprint_milestones(g, s)) {
      // A finished or dropped goal's leftover milestones no longer count.
      if (m.cancelled || (m.goal >= 0 && !is_open(g.nodes[m.goal]))) continue;
      const std::string ref = goal_ref(links, g, m.goal, m.goal_title);
      // A review of a past week (`goals review --period`) sees a milestone
      // ticked off after `today` as it stood then: still to do.
      if (m.is_done && (!m.done || *m.done <= today)) {
        if (m.done && first_day <= *m.done && *m.done <= last_day)
          done.push_back(milestone_fact(ref, m.text, m.done));
      } else if (m.due && *m.due < today) {
        overdue.push_back(milestone_fact(ref, m.text, m.due));
      } else if (m.due_written && *m.due <= last_day) {
        due.push_back(milestone_fact(ref, m.text, m.due));
      }
    }
  }
  (*data)["week_start"] = first_day.str();
  (*data)["week_end"] = last_day.str();
  (*data)["has_due"] = !due.empty();
  (*data)["has_overdue"] = !overdue.empty();
  (*data)["has_done"] = !done.empty();
  (*data)["due"] = std::move(due);
  (*data)["overdue"] = std::move(overdue);
  (*data)["done"] = std::move(done);
}

void monthly_facts(const NoteLinker& links, const GoalGraph& g, int sprint_node, json* data) {
  json goals = json::array();
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Goal || n.status != GoalStatus::Active) continue;
    // Inline goals belong to their sprint: only the reviewed sprint's count.
    if (n.note < 0 && (sprint_node < 0 || n.sprint != sprint_node)) continue;
    json chain = json::array();
    for (int p : g.parent_chain(static_cast<int>(i))) chain.push_back(goal_ref(links, g, p, ""));
    goals.push_back({{"link", goal_ref(links, g, static_cast<int>(i), "")},
                     {"chain", std::move(chain)},
                     {"has_deadline", n.deadline.has_value()},
                     {"deadline", n.deadline ? n.deadline->str() : ""}});
  }
  (*data)["has_goals"] = !goals.empty();
  (*data)["goals"] = std::move(goals);
}

}  // namespace

Quarter next_sprint_quarter(const GoalGraph& g, const Date& today) {
  const Quarter now = Quarter::of(today);
  const int latest = latest_sprint(g);
  if (latest < 0) return now;
  // Planning a quarter that is already over helps no one.
  return std::max(sprint_quarter(g.nodes[latest])->next(), now);
}

std::vector<int> propose_sprint_goals(const Vault& v, const GoalGraph& g, int max) {
  std::vector<int> out;
  auto add = [&](int node) {
    if (static_cast<int>(out.size()) >= max || node < 0) return;
    const GraphNode& n = g.nodes[node];
    if (n.kind != NodeKind::Goal || !is_open(n)) return;
    if (std::find(out.begin(), out.end(), node) == out.end()) out.push_back(node);
  };
  if (const int s = latest_sprint(g); s >= 0) {
    for (const SprintGoal& sg : g.nodes[s].goals) {
      const Progress p = sg.progress();
      if (p.total > 0 && p.done == p.total) continue;  // this sprint's part is finished
      add(sg.node);
    }
  }
  if (const int r = latest_quarterly_review(g); r >= 0)
    for (int node : goals_in_last_answer(v, g, v.notes[g.nodes[r].note])) add(node);
  return out;
}

std::vector<int> goals_in_last_answer(const Vault& v, const GoalGraph& g, const Note& review) {
  std::vector<int> out;
  const int q = last_question(review);
  if (q < 0) return out;
  const int from = review.body.headings[q].line;
  // Resolved here rather than read from the loader's results: a review just
  // written is not among the loaded notes.
  const LinkResolver resolver(v.files);
  for (const Link& l : review.body.links) {
    if (l.line <= from || l.embed) continue;
    const LinkResolver::Result r = l.markdown ? resolver.resolve_markdown(l.target, review.path)
                                              : resolver.resolve(l.target, review.path);
    if (r.kind != LinkResolver::Result::Kind::Resolved) continue;
    const int note = v.note_of_file[r.file];
    const int node = note < 0 ? -1 : g.node_of_note[note];
    if (node < 0 || g.nodes[node].kind != NodeKind::Goal || !is_open(g.nodes[node])) continue;
    if (std::find(out.begin(), out.end(), node) == out.end()) out.push_back(node);
  }
  return out;
}

std::vector<std::string> unwritten_in_last_answer(const Vault& v, const Note& review) {
  std::vector<std::string> out;
  const int q = last_question(review);
  if (q < 0) return out;
  const int from = review.body.headings[q].line;
  const LinkResolver resolver(v.files);
  for (const Link& l : review.body.links) {
    if (l.line <= from || l.embed || l.markdown) continue;
    // A link to a heading or block of a note is about that note.
    const std::string name = l.target.substr(0, l.target.find_first_of("#^"));
    if (name.empty() || name.find('/') != std::string::npos) continue;
    if (resolver.resolve(name, review.path).kind != LinkResolver::Result::Kind::Unresolved)
      continue;
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

SprintPlan plan_sprint(const Vault& v, const GoalGraph& g, const Quarter& quarter,
                       const std::vector<int>& goals, std::optional<Date> start,
                       std::optional<Date> end, const std::string& note_path) {
  SprintPlan plan;
  plan.quarter = quarter;
  plan.start = start.value_or(quarter.first_day());
  plan.end = end.value_or(quarter.last_day());
  plan.blocks = week_blocks(plan.start, plan.end);
  plan.slots = std::clamp(v.config.max_goals_per_sprint, 1, 3);
  plan.task_format = v.config.tasks.format;
  plan.global_filter = v.config.tasks.global_filter;
  const NoteLinker links(v, note_path);
  for (int node : goals) {
    if (node < 0 || node >= static_cast<int>(g.nodes.size())) continue;
    const GraphNode& n = g.nodes[node];
    PlannedGoal pg;
    pg.node = node;
    pg.title = n.title;
    pg.link = n.note >= 0 ? links.target(n.note) : "";
    pg.body_link = n.note >= 0 ? links.body_link(n.note) : "";
    pg.metric = n.metric;
    plan.goals.push_back(std::move(pg));
    // The sprint serves the first long-term goal up each goal's chain.
    for (int p : g.parent_chain(node)) {
      const GraphNode& up = g.nodes[p];
      if (up.kind != NodeKind::Goal || up.horizon != Horizon::Long || up.note < 0) continue;
      const std::string target = links.target(up.note);
      if (std::find(plan.parents.begin(), plan.parents.end(), target) == plan.parents.end())
        plan.parents.push_back(target);
      break;
    }
  }
  return plan;
}

json sprint_template_data(const SprintPlan& plan) {
  json data;
  data["quarter"] = yaml_quote(plan.quarter.str());
  data["start"] = plan.start.str();
  data["end"] = plan.end.str();
  data["title"] = "Q" + std::to_string(plan.quarter.q) + " " + std::to_string(plan.quarter.year) +
                  " career sprint";
  json links = json::array();
  for (const PlannedGoal& pg : plan.goals)
    if (!pg.link.empty()) links.push_back(yaml_quote(wiki(pg.link)));
  data["has_goal_links"] = !links.empty();
  data["goal_links"] = std::move(links);
  put_links(&data, "parent", "parents", plan.parents);

  json blocks = json::array();
  for (const WeekBlock& b : plan.blocks) {
    std::string weeks = std::to_string(b.first_week);
    if (b.last_week != b.first_week) weeks += "-" + std::to_string(b.last_week);
    blocks.push_back({{"weeks", weeks},
                      {"due", b.due.str()},
                      {"due_field", due_field(plan.task_format, b.due)}});
  }
  // Where the plugin's own commands put it: first.
  data["task_prefix"] = plan.global_filter.empty() ? "" : plan.global_filter + " ";
  json goals = json::array();
  for (const PlannedGoal& pg : plan.goals)
    goals.push_back({{"heading", pg.link.empty()        ? one_line(pg.title)
                                 : pg.body_link.empty() ? wiki(pg.link)
                                                        : pg.body_link},
                     {"has_metric", !one_line(pg.metric).empty()},
                     {"metric", one_line(pg.metric)}});
  // With no goal yet, one section to fill in: a parenthesised title is a
  // placeholder, not a goal, until the user names it.
  if (goals.empty())
    goals.push_back(
        {{"heading", "(name the goal, or link its note)"}, {"has_metric", false}, {"metric", ""}});
  const int count = static_cast<int>(goals.size());
  for (int i = 0; i < count; ++i) {
    goals[i]["number"] = i + 1;
    goals[i]["blocks"] = blocks;
    goals[i]["last"] = i + 1 == count;
  }
  json blanks = json::array();
  if (!plan.goals.empty())
    for (int n = count + 1; n <= plan.slots; ++n) blanks.push_back({{"number", n}});
  data["goals"] = std::move(goals);
  data["blanks"] = std::move(blanks);
  return data;
}

json goal_template_data(const GoalDraft& goal, const Date& today) {
  json data;
  data["title"] = one_line(goal.title);
  data["has_horizon"] = goal.horizon != Horizon::None;
  data["horizon"] = std::string(to_string(goal.horizon));
  put_links(&data, "parent", "parents", goal.parents);
  data["has_deadline"] = goal.deadline.has_value();
  data["deadline"] = goal.deadline ? goal.deadline->str() : "";
  data["has_metric"] = !goal.metric.empty();
  data["metric"] = goal.metric.empty() ? "" : yaml_quote(goal.metric);
  data["has_accountability"] = !goal.accountability.empty();
  data["accountability"] = goal.accountability.empty() ? "" : yaml_quote(goal.accountability);
  data["today"] = today.str();
  return data;
}

json vision_template_data(const std::string& title, const Date& today) {
  return {{"title", one_line(title)}, {"today", today.str()}};
}

std::string_view review_template_name(Cadence cadence) {
  switch (cadence) {
    case Cadence::Monthly:
      return "review-monthly";
    case Cadence::Weekly:
      return "review-weekly";
    case Cadence::Quarterly:
      break;
  }
  return "review-quarterly";
}

int default_review_sprint(const GoalGraph& g, Cadence cadence, const Date& today) {
  int chosen = -1, latest_started = -1;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (n.kind != NodeKind::Sprint || !n.start || !n.end || *n.start > today) continue;
    const int node = static_cast<int>(i);
    auto later = [&](int other) { return other < 0 || *n.start >= *g.nodes[other].start; };
    if (later(latest_started)) latest_started = node;
    // A quarterly review looks back on a sprint that is over or nearly so.
    const bool fits =
        cadence == Cadence::Quarterly ? *n.end <= today.add_days(14) : today <= *n.end;
    if (fits && later(chosen)) chosen = node;
  }
  return chosen >= 0 ? chosen : latest_started;
}

bool is_quarterly_note_name(const Config& config, std::string_view name,
                            std::string* periodic_path) {
  const std::optional<PeriodicNoteSetting>& q = config.periodic_reviews.quarterly;
  if (!q) return false;
  // The plugin's format may put folders before the name: the name is its last part.
  std::string_view format = q->format;
  if (const std::size_t slash = format.rfind('/'); slash != std::string_view::npos)
    format.remove_prefix(slash + 1);
  const std::optional<Date> day = parse_moment(name, format);
  if (!day) return false;
  if (periodic_path) *periodic_path = periodic_note_path(*q, *day);
  return true;
}

std::string sprint_note_name(const Config& config, const Quarter& quarter) {
  const std::string name = quarter.str();
  return is_quarterly_note_name(config, name, nullptr) ? name + " Sprint" : name;
}

std::string review_title(const GoalGraph& g, Cadence cadence, int sprint_node, const Date& today) {
  switch (cadence) {
    case Cadence::Monthly:
      return today.str().substr(0, 7);
    case Cadence::Weekly:
      return today.iso_week_str();
    case Cadence::Quarterly:
      break;
  }
  std::optional<Quarter> q;
  if (sprint_node >= 0) q = sprint_quarter(g.nodes[sprint_node]);
  return q.value_or(Quarter::of(today)).str() + " Review";
}

json review_facts(const Vault& v, const GoalGraph& g, Cadence cadence, int sprint_node,
                  const Date& today, const std::string& note_path, std::optional<Date> week_start) {
  const NoteLinker links(v, note_path);
  json data;
  data["title"] = review_title(g, cadence, sprint_node, today);
  data["date"] = today.str();
  const GraphNode* sprint = sprint_node >= 0 ? &g.nodes[sprint_node] : nullptr;
  data["has_sprint"] = sprint != nullptr;
  data["sprint"] = sprint ? yaml_quote(links.property_link(sprint->note)) : "";
  data["sprint_title"] = sprint ? one_line(sprint->title) : "";
  data["start"] = sprint && sprint->start ? sprint->start->str() : "";
  data["end"] = sprint && sprint->end ? sprint->end->str() : "";
  switch (cadence) {
    case Cadence::Quarterly:
      if (sprint) quarterly_facts(v, links, g, *sprint, &data);
      break;
    case Cadence::Weekly:
      weekly_facts(links, g, sprint_node, today, week_start, &data);
      break;
    case Cadence::Monthly:
      monthly_facts(links, g, sprint_node, &data);
      break;
  }
  return data;
}

}  // namespace goals
