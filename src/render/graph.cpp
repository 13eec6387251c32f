#include <fmt/format.h>

#include "render/common.h"
#include "render/graph.h"
#include "render/mermaid.h"

namespace goals {

namespace {

struct Edge {
  int from;
  int to;
  const char* kind;  ///< "parent", "goal", "serves", "reviews"
};

/// The goal graph's edges in a stable order: by source node, then as stored.
std::vector<Edge> edges_of(const GoalGraph& g) {
  std::vector<Edge> es;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    const int from = static_cast<int>(i);
    if (n.kind == NodeKind::Sprint) {
      for (const SprintGoal& sg : n.goals)
        if (sg.node >= 0) es.push_back({from, sg.node, "goal"});
      for (int p : n.parents) es.push_back({from, p, "serves"});
    } else {
      for (int p : n.parents) es.push_back({from, p, "parent"});
    }
    if (n.reviewed_sprint >= 0) es.push_back({from, n.reviewed_sprint, "reviews"});
  }
  return es;
}

std::string dot_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string label(const GraphNode& n) {
  if (n.kind == NodeKind::Goal && n.horizon != Horizon::None)
    return fmt::format("{}\n({} goal)", n.title, to_string(n.horizon));
  return fmt::format("{}\n({})", n.title, to_string(n.kind));
}

}  // namespace

void render_graph(std::ostream& os, const Vault& v, const GoalGraph& g, GraphFormat format) {
  const std::vector<Edge> edges = edges_of(g);
  if (format == GraphFormat::Json) {
    Json j;
    j["schema_version"] = kSchemaVersion;
    j["nodes"] = Json::array();
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
      const GraphNode& n = g.nodes[i];
      Json node{{"id", fmt::format("n{}", i)},
                {"kind", std::string(to_string(n.kind))},
                {"title", n.title},
                {"path", n.note >= 0 ? Json(v.notes[n.note].path) : Json(nullptr)}};
      if (n.kind == NodeKind::Goal) {
        node["horizon"] =
            n.horizon == Horizon::None ? Json(nullptr) : Json(std::string(to_string(n.horizon)));
        node["status"] = std::string(to_string(n.status));
        node["deadline"] = n.deadline ? Json(n.deadline->str()) : Json(nullptr);
        node["progress"] = Json{{"done", n.progress.done}, {"total", n.progress.total}};
        if (n.sprint >= 0) node["sprint"] = fmt::format("n{}", n.sprint);
      }
      if (n.kind == NodeKind::Sprint) {
        node["start"] = n.start ? Json(n.start->str()) : Json(nullptr);
        node["end"] = n.end ? Json(n.end->str()) : Json(nullptr);
      }
      j["nodes"].push_back(node);
    }
    j["edges"] = Json::array();
    for (const Edge& e : edges)
      j["edges"].push_back(Json{{"from", fmt::format("n{}", e.from)},
                                {"to", fmt::format("n{}", e.to)},
                                {"kind", e.kind}});
    os << json_text(j, 2) << '\n';
    return;
  }
  if (format == GraphFormat::Dot) {
    os << "digraph goals {\n  rankdir=BT;\n  node [shape=box, style=rounded];\n";
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
      const GraphNode& n = g.nodes[i];
      const char* shape = n.kind == NodeKind::Vision   ? "doubleoctagon"
                          : n.kind == NodeKind::Sprint ? "folder"
                          : n.kind == NodeKind::Review ? "note"
                                                       : "box";
      os << fmt::format("  n{} [label=\"{}\", shape={}];\n", i, dot_escape(label(n)), shape);
    }
    for (const Edge& e : edges)
      os << fmt::format("  n{} -> n{} [label=\"{}\"];\n", e.from, e.to, e.kind);
    os << "}\n";
    return;
  }
  os << "flowchart BT\n";
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    // Shapes: vision hexagon, goal rounded, sprint subroutine, review note-like.
    const MermaidShape shape = n.kind == NodeKind::Vision   ? MermaidShape::Hexagon
                               : n.kind == NodeKind::Sprint ? MermaidShape::Subroutine
                               : n.kind == NodeKind::Review ? MermaidShape::Flag
                                                            : MermaidShape::Rounded;
    os << "  " << mermaid_node(fmt::format("n{}", i), shape, label(n)) << '\n';
  }
  for (const Edge& e : edges) os << fmt::format("  n{} -->|{}| n{}\n", e.from, e.kind, e.to);
}

}  // namespace goals
