#include <fmt/format.h>

#include "render/common.h"
#include "render/diagnostic.h"

namespace goals {

std::string Style::operator()(std::string_view text, std::string_view sgr) const {
  if (!on) return std::string(text);
  return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
}

void render_diagnostic_line(std::ostream& os, const Diagnostic& d, bool color) {
  const Style s{color};
  // Paths and messages carry note text: nothing in them may drive the terminal.
  std::string where = printable(d.path);
  if (d.line > 0) {
    where += fmt::format(":{}", d.line);
    if (d.column > 0) where += fmt::format(":{}", d.column);
  }
  const std::string sev(to_string(d.severity));
  const std::string sev_styled = d.severity == Severity::Error     ? s(sev, "1;31")
                                 : d.severity == Severity::Warning ? s(sev, "1;33")
                                                                   : s(sev, "1;36");
  os << s.bold(where) << ": " << sev_styled << ": " << printable(d.message) << ' '
     << s.dim("[" + d.rule + "]") << '\n';
}

}  // namespace goals
