/// `goals graph`: the goal graph as DOT, Mermaid or JSON.
#pragma once

#include <ostream>

#include "goals/model/graph.h"
#include "goals/model/vault.h"

namespace goals {

enum class GraphFormat { Dot, Mermaid, Json };
void render_graph(std::ostream& os, const Vault& v, const GoalGraph& g, GraphFormat format);

}  // namespace goals
