#include "goals/model/graph.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "goals/support/text.h"

namespace goals {

std::string_view to_string(NodeKind k) {
  switch (k) {
    case NodeKind::Vision:
      return "vision";
    case NodeKind::Goal:
      return "goal";
    case NodeKind::Sprint:
      return "sprint";
    case NodeKind::Review:
      return "review";
  }
  return "";
}

Progress SprintGoal::progress() const {
  Progress p;
  for (const Milestone& m : milestones) {
    if (m.cancelled()) continue;
    ++p.total;
    if (m.done()) ++p.done;
  }
  return p;
}

namespace {

/// Reads digits at `s[*i]`; false when there are none.
bool read_int(std::string_view s, std::size_t* i, int* out) {
  std::size_t j = *i;
  int v = 0;
  while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && j - *i < 6)
    v = v * 10 + (s[j++] - '0');
  if (j == *i) return false;
  *i = j;
  *out = v;
  return true;
}

void skip_spaces(std::string_view s, std::size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t')) ++*i;
}

/// `Goal N: rest` (any case); returns rest, or nullopt.
std::optional<std::string_view> goal_heading(std::string_view raw, int* number) {
  raw = trim(raw);
  if (!istarts_with(raw, "goal")) return std::nullopt;
  std::size_t i = 4;
  skip_spaces(raw, &i);
  if (!read_int(raw, &i, number)) return std::nullopt;
  skip_spaces(raw, &i);
  if (i >= raw.size() || raw[i] != ':') return std::nullopt;
  return trim(raw.substr(i + 1));
}

/// A blank title, or one that is only a bracketed remark ("[intentionally left blank]").
bool is_placeholder_title(std::string_view t) {
  t = trim(t);
  if (t.empty()) return true;
  if (t.size() >= 4 && t.substr(0, 2) == "[[") return false;  // a link is a goal
  if (t.front() == '[' && t.back() == ']') return true;
  return t.front() == '(' && t.back() == ')';
}

/// `Success metric: text`; returns text, or nullopt.
std::optional<std::string_view> metric_item(std::string_view text) {
  text = trim(text);
  if (!istarts_with(text, "success metric")) return std::nullopt;
  std::size_t i = 14;
  if (i < text.size() && text[i] == 's') ++i;  // "Success metrics:"
  skip_spaces(text, &i);
  if (i >= text.size() || text[i] != ':') return std::nullopt;
  return trim(text.substr(i + 1));
}

/// The heading's single link when its title is exactly one wiki-link, or
/// exactly one Markdown link to a file (`[A](../Goals/A.md)`, as goals and
/// Obsidian write it with Use [[Wikilinks]] off).
const Link* title_link(const Note& note, const Heading& h, std::string_view title) {
  if (title.size() >= 4 && title.substr(0, 2) == "[[" && title.substr(title.size() - 2) == "]]") {
    if (title.find("]]") != title.size() - 2) return nullptr;
    for (const Link& l : note.body.links)
      if (l.line == h.line && !l.embed && !l.markdown) return &l;
    return nullptr;
  }
  if (title.size() < 4 || title.front() != '[' || title.back() != ')') return nullptr;
  // Only the one link on the heading's line, spanning the whole title.
  const Link* found = nullptr;
  for (const Link& l : note.body.links) {
    if (l.line != h.line) continue;
    if (found || l.embed || !l.markdown) return nullptr;
    found = &l;
  }
  if (!found || found->end_column - found->column + 1 != static_cast<int>(title.size()))
    return nullptr;
  return found;
}

/// Display title of a heading's goal part (links shown as their text).
std::string heading_title_text(const Heading& h) {
  int n = 0;
  auto rest = goal_heading(h.text, &n);
  return rest ? std::string(*rest) : h.text;
}

std::optional<Quarter> quarter_of(const Note& n) {
  if (auto q = Quarter::parse(n.quarter)) return q;
  return Quarter::parse(n.name);
}

struct Builder {
  const Vault& vault;
  GoalGraph g;

  int add(GraphNode node) {
    g.nodes.push_back(std::move(node));
    return static_cast<int>(g.nodes.size()) - 1;
  }

  void add_note_nodes() {
    g.node_of_note.assign(vault.notes.size(), -1);
    for (std::size_t i = 0; i < vault.notes.size(); ++i) {
      // Templates and excluded notes may say `type: goal`; they are no goals.
      if (!vault.is_ordinary(static_cast<int>(i))) continue;
      const Note& n = vault.notes[i];
      GraphNode node;
      node.note = static_cast<int>(i);
      node.title = n.title;
      switch (n.type) {
        case NoteType::Plain:
          continue;
        case NoteType::Vision:
          node.kind = NodeKind::Vision;
          break;
        case NoteType::Goal:
          node.kind = NodeKind::Goal;
          node.horizon = n.horizon;
          node.status = n.status;
          node.deadline = n.deadline;
          node.metric = n.metric;
          break;
        case NoteType::Sprint:
          node.kind = NodeKind::Sprint;
          node.quarter = quarter_of(n);
          node.start =
              n.start ? n.start
                      : (node.quarter ? std::optional(node.quarter->first_day()) : std::nullopt);
          node.end = n.end
                         ? n.end
                         : (node.quarter ? std::optional(node.quarter->last_day()) : std::nullopt);
          break;
        case NoteType::Review:
          node.kind = NodeKind::Review;
          node.cadence = n.cadence;
          node.date = n.date;
          break;
      }
      g.node_of_note[i] = add(std::move(node));
    }
  }

  /// Resolved `parent` links of a note that land on a goal or vision node.
  std::vector<int> parent_nodes(const Note& n) {
    std::vector<int> out;
    for (const Link& l : n.parents) {
      int p = g.node_of(vault, l);
      if (p < 0) continue;
      NodeKind k = g.nodes[p].kind;
      if ((k == NodeKind::Goal || k == NodeKind::Vision) &&
          std::find(out.begin(), out.end(), p) == out.end())
        out.push_back(p);
    }
    return out;
  }

  SprintGoal& goal_for(GraphNode& sprint, int target_node, const Link* link) {
    if (target_node >= 0)
      for (SprintGoal& sg : sprint.goals)
        if (sg.node == target_node) return sg;
    if (link && target_node < 0 && link->state != Link::State::Unresolved)
      for (SprintGoal& sg : sprint.goals)
        if (sg.link && sg.link->file == link->file) return sg;
    sprint.goals.emplace_back();
    return sprint.goals.back();
  }

  void add_sprint(int s) {
    const Note& note = vault.notes[g.nodes[s].note];
    const std::vector<int> sprint_parents = parent_nodes(note);
    // Front matter first: its order is the user's stated order.
    for (const Link& l : note.goals) {
      int target = g.node_of(vault, l);
      if (target >= 0 && g.nodes[target].kind != NodeKind::Goal) target = -1;
      SprintGoal& sg = goal_for(g.nodes[s], target, &l);
      sg.node = target;
      sg.link = &l;
      sg.line = l.line;
      sg.column = l.column;
      sg.title = target >= 0 ? g.nodes[target].title : l.target;
    }
    const auto& hs = note.body.headings;
    for (std::size_t h = 0; h < hs.size(); ++h) {
      int number = 0;
      auto rest = goal_heading(hs[h].raw, &number);
      if (!rest) continue;
      if (is_placeholder_title(*rest)) {
        // A blank kept on purpose stands alone; one with list items (the
        // template's milestones, a metric) under it was meant to be named.
        const bool planned =
            std::any_of(note.body.items.begin(), note.body.items.end(),
                        [&](const ListItem& it) { return it.section == static_cast<int>(h); });
        if (planned) g.nodes[s].unnamed_goals.push_back(static_cast<int>(h));
        continue;
      }
      const Link* link = title_link(note, hs[h], *rest);
      int target = link ? g.node_of(vault, *link) : -1;
      if (target >= 0 && g.nodes[target].kind != NodeKind::Goal) target = -1;
      if (!link) {
        GraphNode inl;
        inl.kind = NodeKind::Goal;
        inl.sprint = s;
        inl.title = heading_title_text(hs[h]);
        inl.horizon = Horizon::Short;
        inl.deadline = g.nodes[s].end;
        inl.parents = sprint_parents;
        target = add(std::move(inl));
      }
      SprintGoal& sg = goal_for(g.nodes[s], target, link);
      sg.node = target;
      if (link) sg.link = link;
      sg.number = number;
      sg.line = hs[h].line;
      sg.column = hs[h].column;
      sg.title =
          target >= 0 ? g.nodes[target].title : (link ? link->target : heading_title_text(hs[h]));
      // The section runs to the next heading of the same or a higher level.
      std::size_t end = h + 1;
      while (end < hs.size() && hs[end].level > hs[h].level) ++end;
      for (const ListItem& item : note.body.items) {
        if (item.section < static_cast<int>(h) || item.section >= static_cast<int>(end)) continue;
        Milestone m{&item, g.nodes[s].note, 0, 0};
        if (parse_week_prefix(item.text, &m.first_week, &m.last_week) > 0) {
          // Template text is no milestone: it would count in progress, the
          // gantt, the calendar and wins as if it were a plan.
          if (item.placeholder)
            ++sg.placeholders;
          else
            sg.milestones.push_back(m);
        } else if (auto metric = metric_item(item.text); metric && sg.metric_item == nullptr) {
          // A hint (`Success metric: [a number]`) says nothing: no-metric asks for one.
          if (!is_placeholder_text(*metric)) sg.metric = std::string(*metric);
          sg.metric_item = &item;
        }
      }
    }
    for (SprintGoal& sg : g.nodes[s].goals) {
      if (sg.node < 0) continue;
      GraphNode& goal = g.nodes[sg.node];
      if (sg.metric.empty()) sg.metric = goal.metric;
      if (goal.metric.empty()) goal.metric = sg.metric;
      goal.sprints.push_back(s);
      goal.progress += sg.progress();
    }
    for (int p : sprint_parents) g.nodes[s].parents.push_back(p);
  }

  void link_edges() {
    const std::size_t note_nodes = g.nodes.size();
    for (std::size_t i = 0; i < note_nodes; ++i) {
      if (g.nodes[i].kind == NodeKind::Goal || g.nodes[i].kind == NodeKind::Vision)
        g.nodes[i].parents = parent_nodes(vault.notes[g.nodes[i].note]);
    }
    for (std::size_t i = 0; i < note_nodes; ++i)
      if (g.nodes[i].kind == NodeKind::Sprint) add_sprint(static_cast<int>(i));
    for (std::size_t i = 0; i < note_nodes; ++i) {
      GraphNode& node = g.nodes[i];
      const Note& note = vault.notes[node.note];
      if (node.kind == NodeKind::Goal) {
        for (const ListItem& item : note.body.items) {
          if (item.task == 0 || item.cancelled() || item.placeholder) continue;
          ++node.progress.total;
          if (item.done()) ++node.progress.done;
        }
      }
      if (node.kind == NodeKind::Review && note.sprint) {
        int s = g.node_of(vault, *note.sprint);
        if (s >= 0 && g.nodes[s].kind == NodeKind::Sprint) {
          node.reviewed_sprint = s;
          g.nodes[s].reviews.push_back(static_cast<int>(i));
        }
      }
    }
    for (std::size_t i = 0; i < g.nodes.size(); ++i)
      for (int p : g.nodes[i].parents) g.nodes[p].children.push_back(static_cast<int>(i));
  }
};

}  // namespace

GoalGraph GoalGraph::build(const Vault& vault) {
  Builder b{vault, {}};
  b.add_note_nodes();
  b.link_edges();
  b.g.has_vision_ = std::any_of(b.g.nodes.begin(), b.g.nodes.end(),
                                [](const GraphNode& n) { return n.kind == NodeKind::Vision; });
  b.g.find_roots();
  return std::move(b.g);
}

std::vector<int> GoalGraph::parent_chain(int node) const {
  std::vector<int> chain;
  std::vector<bool> seen(nodes.size(), false);
  seen[node] = true;
  int cur = node;
  while (!nodes[cur].parents.empty()) {
    int p = nodes[cur].parents.front();
    if (seen[p]) break;
    seen[p] = true;
    chain.push_back(p);
    cur = p;
  }
  return chain;
}

bool GoalGraph::is_orphan(int node) const {
  const GraphNode& n = nodes[node];
  if (n.kind != NodeKind::Goal) return false;
  // A long-term goal answers to the vision, and only when the vault has one.
  if (n.horizon == Horizon::Long && !has_vision_) return false;
  return !rooted_[node];
}

void GoalGraph::find_roots() {
  // Walk down `children` from the roots, once for each kind of root, rather
  // than up from every goal: linear in the graph, and cycles end the walk.
  rooted_.assign(nodes.size(), false);
  std::vector<bool> seen(nodes.size(), false);
  std::vector<int> queue;
  auto walk = [&](auto is_root, auto mark) {
    std::fill(seen.begin(), seen.end(), false);
    queue.clear();
    for (std::size_t i = 0; i < nodes.size(); ++i)
      if (is_root(nodes[i])) queue.push_back(static_cast<int>(i));
    for (std::size_t q = 0; q < queue.size(); ++q)
      for (int c : nodes[queue[q]].children)
        if (!seen[c]) {
          seen[c] = true;
          if (mark(nodes[c])) rooted_[c] = true;
          queue.push_back(c);
        }
  };
  auto is_long = [](const GraphNode& n) {
    return n.kind == NodeKind::Goal && n.horizon == Horizon::Long;
  };
  // Short and medium goals: below a long-term goal or the vision.
  walk([&](const GraphNode& n) { return n.kind == NodeKind::Vision || is_long(n); },
       [&](const GraphNode& n) { return !is_long(n); });
  // Long-term goals: below the vision.
  walk([](const GraphNode& n) { return n.kind == NodeKind::Vision; },
       [&](const GraphNode& n) { return is_long(n); });
}

}  // namespace goals
