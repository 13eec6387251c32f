/// One problem found in a vault, whatever found it: loader, parser, graph or lint rule.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "goals/support/names.h"

namespace goals {

enum class Severity { Error, Warning, Info };
inline constexpr Named<Severity> kSeverityNames[] = {
    {"error", Severity::Error}, {"warning", Severity::Warning}, {"info", Severity::Info}};
constexpr std::span<const Named<Severity>> names_of(Severity) { return kSeverityNames; }

/// "error", "warning" or "info".
inline std::string_view to_string(Severity s) { return word_of(s); }

/// A problem at a place in a note. Lines and columns are 1-based; columns
/// count bytes of the line as stored (a BOM is not counted). 0 means "whole
/// file" (e.g. an unreadable file).
struct Diagnostic {
  std::string rule;  ///< stable kebab-case id, e.g. "invalid-frontmatter"
  Severity severity = Severity::Warning;
  std::string path;  ///< vault-relative, '/' separated
  int line = 0;
  int column = 0;
  int end_line = 0;  ///< 0 when unknown
  int end_column = 0;
  std::string message;
  std::string help;  ///< the concrete fix, may be empty
};

using Diagnostics = std::vector<Diagnostic>;

/// A kind of finding: the rule id it is reported under and its severity.
struct Finding {
  std::string_view rule;
  Severity severity;
};

/// The one way a Diagnostic is built: `kind` at `path`, line and column
/// (0 for the whole file).
Diagnostic make_diagnostic(Finding kind, std::string path, int line, int column,
                           std::string message, std::string help = {});

/// Orders by path, line, column, rule: the order every renderer prints in.
void sort_diagnostics(Diagnostics& ds);

}  // namespace goals
