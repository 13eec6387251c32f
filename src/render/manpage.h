/// The man page goals(1), written in roff (man(7) macros) from the command model.
#pragma once

#include <string>
#include <string_view>

#include "render/command_spec.h"

namespace goals {

/// What the page's title line carries besides the commands.
struct ManPageInfo {
  std::string version;  ///< "0.1.0"
  std::string date;     ///< YYYY-MM-DD: the release's, never the clock's, so builds repeat
};

/// The whole page for `spec` (describe_cli()'s tree): NAME, SYNOPSIS,
/// DESCRIPTION, OPTIONS (the global ones), COMMANDS (one subsection per
/// command, with its options and examples), EXAMPLES, EXIT STATUS,
/// ENVIRONMENT, FILES and SEE ALSO.
std::string render_manpage(const CommandSpec& spec, const ManPageInfo& info);

/// `text` as one or more roff text lines: backslashes as `\e`, a leading `.`
/// or `'` guarded by `\&`, each hyphen of an option-like word (`--fail-on`,
/// `-q`) as `\-`, `code` in backticks as bold, and every non-ASCII character
/// as `\[uXXXX]` so that groff needs no input encoding.
std::string roff_escape(std::string_view text);

}  // namespace goals
