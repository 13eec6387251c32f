/// `parent-cycle`: `parent` links among goals and the vision lead back to where they started.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "rules/rule.h"

namespace goals {
namespace {

/// Strongly connected components of the `parent` edges (Tarjan's algorithm,
/// iterative): comp[v] for every node; cyclic[c] when component c holds a
/// cycle (more than one node, or a node that is its own parent).
struct Components {
  std::vector<int> comp;
  std::vector<char> cyclic;
  std::vector<std::vector<int>> members;  ///< per cyclic component, in node order
};

Components find_components(const GoalGraph& g) {
  const int n = static_cast<int>(g.nodes.size());
  Components out;
  out.comp.assign(n, -1);
  std::vector<int> index(n, -1), low(n, 0);
  std::vector<char> on_stack(n, 0);
  std::vector<int> stack;
  std::vector<std::pair<int, std::size_t>> calls;  // node, next parent to visit
  int counter = 0;
  auto enter = [&](int v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    on_stack[v] = 1;
    calls.emplace_back(v, 0);
  };
  for (int s = 0; s < n; ++s) {
    if (index[s] >= 0) continue;
    enter(s);
    while (!calls.empty()) {
      const int v = calls.back().first;
      const std::vector<int>& ps = g.nodes[v].parents;
      if (calls.back().second < ps.size()) {
        const int w = ps[calls.back().second++];
        if (index[w] < 0) {
          enter(w);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      calls.pop_back();
      if (!calls.empty()) low[calls.back().first] = std::min(low[calls.back().first], low[v]);
      if (low[v] != index[v]) continue;
      const int c = static_cast<int>(out.cyclic.size());
      std::vector<int> members;
      int w = -1;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = 0;
        out.comp[w] = c;
        members.push_back(w);
      } while (w != v);
      const bool self = std::find(ps.begin(), ps.end(), v) != ps.end();
      out.cyclic.push_back(members.size() > 1 || self);
      if (out.cyclic.back()) {
        std::sort(members.begin(), members.end());
        out.members.push_back(std::move(members));
      }
    }
  }
  return out;
}

/// Components up to this size get the shortest cycle through each note
/// (a search per note); larger ones, a walk along each note's first parent
/// inside the component.
constexpr std::size_t kExactLimit = 64;
/// Titles shown in a message before the rest is elided.
constexpr std::size_t kShown = 6;

class ParentCycle : public Rule {
 public:
  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"parent-cycle", Severity::Error,
                                    "`parent` links among goals and the vision form a cycle",
                                    "graph", Smart::None};
    return kInfo;
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const GoalGraph& g = ctx.graph;
    const Components cs = find_components(g);
    std::vector<int> local(g.nodes.size(), -1);  // node -> index in its component
    for (const std::vector<int>& members : cs.members) {
      for (std::size_t k = 0; k < members.size(); ++k) local[members[k]] = static_cast<int>(k);
      for (const int v : members) {
        if (g.nodes[v].note < 0) continue;
        const std::vector<int> path = members.size() <= kExactLimit
                                          ? shortest_cycle(g, cs.comp, local, members, v)
                                          : walk(g, cs.comp, v);
        report(ctx, out, v, path);
      }
    }
  }

 private:
  /// The shortest cycle v -> ... -> v inside v's component (breadth-first).
  static std::vector<int> shortest_cycle(const GoalGraph& g, const std::vector<int>& comp,
                                         const std::vector<int>& local,
                                         const std::vector<int>& members, int v) {
    std::vector<int> from(members.size(), -2);  // BFS predecessor, -2: unseen
    std::vector<int> queue{v};
    from[local[v]] = -1;
    int last = -1;  // the node whose parent is v, closing the cycle
    for (std::size_t q = 0; q < queue.size() && last < 0; ++q) {
      const int u = queue[q];
      for (const int p : g.nodes[u].parents) {
        if (comp[p] != comp[v]) continue;
        if (p == v) {
          last = u;
          break;
        }
        if (from[local[p]] != -2) continue;
        from[local[p]] = u;
        queue.push_back(p);
      }
    }
    std::vector<int> path{v};
    for (int u = last; u >= 0 && u != v; u = from[local[u]]) path.push_back(u);
    std::reverse(path.begin() + 1, path.end());
    path.push_back(v);
    return path;
  }

  /// v, then each node's first parent inside the component, until v comes
  /// back or kShown steps are taken (then the path ends "..., v").
  static std::vector<int> walk(const GoalGraph& g, const std::vector<int>& comp, int v) {
    std::vector<int> path{v};
    int u = v;
    for (std::size_t step = 0; step < kShown; ++step) {
      int next = -1;
      for (const int p : g.nodes[u].parents)
        if (comp[p] == comp[v]) {
          next = p;
          break;
        }
      path.push_back(next);
      if (next == v) return path;
      u = next;
    }
    path.push_back(-1);  // elided
    path.push_back(v);
    return path;
  }

  static void report(const LintContext& ctx, Reporter& out, int v, const std::vector<int>& path) {
    const GoalGraph& g = ctx.graph;
    const Note& note = ctx.vault.notes[g.nodes[v].note];
    std::vector<std::string> parts;
    for (const int u : path) parts.push_back(u < 0 ? "..." : "\"" + g.nodes[u].title + "\"");
    if (parts.size() > kShown + 1) {
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(kShown - 1), parts.end() - 1);
      parts.insert(parts.end() - 1, "...");
    }
    std::string chain;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      if (k > 0 && parts[k] == "..." && parts[k - 1] == "...") continue;
      if (k > 0) chain += " -> ";
      chain += parts[k];
    }
    // The `parent` link to the next note of the cycle.
    const int next = path.size() > 1 ? path[1] : v;
    int line = 0, column = 0, end = 0;
    for (const Link& l : note.parents) {
      if (g.node_of(ctx.vault, l) != next) continue;
      line = l.line;
      column = l.column;
      end = l.end_column;
      break;
    }
    if (line == 0) {
      const PropertyPos p = property_anchor(note, "parent");
      line = p.line;
      column = p.column;
    }
    out.report(g.nodes[v].note, line, column, "parent links form a cycle: " + chain,
               next == v ? "Replace the link to the note itself with the longer-term goal or "
                           "vision it serves."
                         : "Change one `parent` link in the loop so the chain ends at a "
                           "longer-term goal or the vision.",
               end);
  }
};

}  // namespace

GOALS_RULE(ParentCycle)

}  // namespace goals
