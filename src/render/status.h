/// `goals status`: progress, what is due and the goal tree, as text or JSON.
#pragma once

#include <ostream>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/passes/status.h"
#include "render/common.h"

namespace goals {

/// `goals status` as text of at most 80 columns: Unicode bars and tree lines
/// when `unicode`, plain ASCII otherwise.
void render_status_text(std::ostream& os, const Vault& v, const GoalGraph& g,
                        const StatusReport& report, bool unicode, const Style& style);
Json status_json(const Vault& v, const GoalGraph& g, const StatusReport& report);

}  // namespace goals
