/// Mermaid text, escaped in one place: labels of flowchart nodes and the
/// names of gantt tasks and sections. Used by `goals graph --format mermaid`
/// and the `goals report` dashboard; tests/js/mermaid checks the output with
/// Mermaid's own parser.
#pragma once

#include <string>
#include <string_view>

namespace goals {

/// Text for a double-quoted flowchart label (`id["..."]`): line breaks and
/// tabs become spaces, other control characters and invalid UTF-8 U+FFFD, and
/// characters Mermaid would read as syntax or markup become its entity codes
/// (`"` #quot;, `<` #lt;, `>` #gt;, `#` #35;, `&` #38;, `` ` `` #96;), which
/// it shows as the characters themselves.
std::string mermaid_label(std::string_view text);

/// A gantt task or section name: as mermaid_label, plus `:` (which ends a
/// task name), `;` (which ends a statement) and `%` (which starts a comment)
/// as entity codes; the first character too when the name starts the way a
/// gantt keyword (`title`, `section`, `click`, ...) or a date does. Never
/// empty ("Untitled" for a blank name).
std::string mermaid_gantt_text(std::string_view text);

enum class MermaidShape {
  Rounded,     ///< ("...")
  Hexagon,     ///< {{"..."}}
  Subroutine,  ///< [["..."]]
  Flag,        ///< >"..."]
};

/// One flowchart node statement: `id` with `label` (escaped here) in `shape`.
std::string mermaid_node(std::string_view id, MermaidShape shape, std::string_view label);

}  // namespace goals
