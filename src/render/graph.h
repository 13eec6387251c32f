/// `goals graph`: the goal graph as DOT, Mermaid or JSON.
#pragma once

#include <ostream>
#include <span>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/support/names.h"

namespace goals {

enum class GraphFormat { Dot, Mermaid, Json };
inline constexpr Named<GraphFormat> kGraphFormatNames[] = {
    {"dot", GraphFormat::Dot}, {"mermaid", GraphFormat::Mermaid}, {"json", GraphFormat::Json}};
constexpr std::span<const Named<GraphFormat>> names_of(GraphFormat) { return kGraphFormatNames; }

void render_graph(std::ostream& os, const Vault& v, const GoalGraph& g, GraphFormat format);

}  // namespace goals
