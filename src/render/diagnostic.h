/// One diagnostic as one line, the way loader problems and `goals lint` print them.
#pragma once

#include <ostream>

#include "goals/support/diagnostic.h"

namespace goals {

/// `path:line:col: severity: message [rule]` (line/col left out when 0).
void render_diagnostic_line(std::ostream& os, const Diagnostic& d, bool color);

}  // namespace goals
