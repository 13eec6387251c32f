#include <cmath>

#include "render/notes.h"

namespace goals {

namespace {

Json date_json(const std::optional<Date>& d) { return d ? Json(d->str()) : Json(nullptr); }

/// Whole numbers print as integers (12, not 12.0).
Json number_json(const std::optional<double>& x) {
  if (!x) return nullptr;
  if (*x == static_cast<double>(static_cast<long long>(*x)) && std::abs(*x) < 1e15)
    return static_cast<long long>(*x);
  return *x;
}

Json text_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json progress_json(const Progress& p) { return Json{{"done", p.done}, {"total", p.total}}; }

Json node_ref(const Vault& v, const GoalGraph& g, int node) {
  const GraphNode& n = g.nodes[node];
  return Json{{"title", n.title},
              {"path", n.note >= 0 ? Json(v.notes[n.note].path) : Json(nullptr)},
              {"kind", std::string(to_string(n.kind))}};
}

}  // namespace

std::string json_text(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Json link_json(const Vault& v, const Link& l) {
  Json j{{"target", l.target}, {"path", nullptr}};
  if (l.state != Link::State::Unresolved && l.file >= 0) j["path"] = v.files[l.file];
  return j;
}

Json note_json(const Vault& v, const GoalGraph& g, int note) {
  const Note& n = v.notes[note];
  const int node = g.node_of_note[note];
  const bool goal = n.type == NoteType::Goal;
  Json j;
  j["path"] = n.path;
  j["title"] = n.title;
  j["type"] = n.type == NoteType::Plain && !n.type_name.empty() ? n.type_name
                                                                : std::string(to_string(n.type));
  if (kind_from_conventions(n)) j["classified_by"] = kind_reason_text(v, n);
  j["status"] = goal ? Json(std::string(to_string(n.status))) : Json(nullptr);
  j["horizon"] =
      n.horizon == Horizon::None ? Json(nullptr) : Json(std::string(to_string(n.horizon)));
  j["deadline"] = date_json(node >= 0 ? g.nodes[node].deadline : n.deadline);
  j["metric"] = text_or_null(node >= 0 ? g.nodes[node].metric : n.metric);
  Json parents = Json::array();
  for (const Link& l : n.parents) parents.push_back(link_json(v, l));
  j["parent"] = parents;
  j["accountability"] = text_or_null(n.accountability);
  j["target"] = number_json(n.target);
  j["current"] = number_json(n.current);
  j["reviewed"] = date_json(n.reviewed);
  j["completed"] = date_json(n.completed);
  j["created"] = date_json(n.created);
  j["tags"] = n.tags;
  j["progress"] = progress_json(note_progress(g, note));
  if (node >= 0 && g.nodes[node].kind == NodeKind::Sprint) {
    const GraphNode& s = g.nodes[node];
    j["quarter"] = s.quarter ? Json(s.quarter->str()) : Json(nullptr);
    j["start"] = date_json(s.start);
    j["end"] = date_json(s.end);
    Json goals = Json::array();
    for (const SprintGoal& sg : s.goals) {
      const int gn = sg.node >= 0 ? g.nodes[sg.node].note : -1;
      goals.push_back(Json{{"title", sg.title},
                           {"path", gn >= 0 ? Json(v.notes[gn].path) : Json(nullptr)},
                           {"metric", text_or_null(sg.metric)},
                           {"milestones", progress_json(sg.progress())}});
    }
    j["goals"] = goals;
  }
  if (n.type == NoteType::Review) {
    j["cadence"] = std::string(to_string(n.cadence));
    j["date"] = date_json(n.date);
    j["sprint"] = n.sprint ? link_json(v, *n.sprint) : Json(nullptr);
  }
  if (n.type == NoteType::Vision) j["values"] = n.values;
  return j;
}

Json show_json(const Vault& v, const GoalGraph& g, const NoteDetails& d, const Date& today) {
  Json j;
  j["schema_version"] = kSchemaVersion;
  j["note"] = note_json(v, g, d.note);
  if (auto due = g.node_of_note[d.note] >= 0 ? g.nodes[g.node_of_note[d.note]].deadline
                                             : std::optional<Date>{})
    j["days_left"] = days_between(today, *due);
  auto nodes = [&](const std::vector<int>& ns) {
    Json a = Json::array();
    for (int n : ns) a.push_back(node_ref(v, g, n));
    return a;
  };
  j["parent_chain"] = nodes(d.parent_chain);
  j["children"] = nodes(d.children);
  j["sprints"] = nodes(d.sprints);
  Json ms = Json::array();
  for (const auto& [sprint, m] : d.milestones) {
    const ListItem& it = *m->item;
    ms.push_back(Json{{"sprint", v.notes[g.nodes[sprint].note].path},
                      {"text", it.text},
                      {"weeks", Json::array({m->first_week, m->last_week})},
                      {"state", it.task ? Json(std::string(1, it.task)) : Json(nullptr)},
                      {"done", m->done()},
                      {"due", date_json(it.fields.due)},
                      {"completed", date_json(it.fields.done)},
                      {"line", it.line}});
  }
  j["milestones"] = ms;
  Json tasks = Json::array();
  for (const ListItem* it : d.tasks)
    tasks.push_back(Json{{"text", it->text},
                         {"state", std::string(1, it->task)},
                         {"done", it->done()},
                         {"due", date_json(it->fields.due)},
                         {"completed", date_json(it->fields.done)},
                         {"line", it->line}});
  j["tasks"] = tasks;
  Json back = Json::array();
  for (int n : d.backlinks) back.push_back(v.notes[n].path);
  j["backlinks"] = back;
  return j;
}

}  // namespace goals
