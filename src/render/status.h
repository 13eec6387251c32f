/// `goals status`: progress, what is due and the goal tree, as text or JSON.
#pragma once

#include <ostream>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/passes/status.h"
#include "render/common.h"

namespace goals {

/// `goals status` as text laid out for `columns` (60 to 200; 80 for a
/// pipe): bars, columns and the goal tree fill the width, and a line too
/// long is cut with an ellipsis, never wrapped. Unicode bars and tree lines
/// when `unicode`, plain ASCII otherwise.
void render_status_text(std::ostream& os, const Vault& v, const GoalGraph& g,
                        const StatusReport& report, bool unicode, const Style& style,
                        int columns = 80);
Json status_json(const Vault& v, const GoalGraph& g, const StatusReport& report);

}  // namespace goals
