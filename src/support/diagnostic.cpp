#include "goals/support/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace goals {

Diagnostic make_diagnostic(Finding kind, std::string path, int line, int column,
                           std::string message, std::string help) {
  return Diagnostic{.rule = std::string(kind.rule),
                    .severity = kind.severity,
                    .path = std::move(path),
                    .line = line,
                    .column = column,
                    .message = std::move(message),
                    .help = std::move(help)};
}

void sort_diagnostics(Diagnostics& ds) {
  // Stable so that equal keys keep the order they were found in; message
  // last makes the output deterministic when the finding order is not.
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.line, a.column, a.rule, a.message) <
           std::tie(b.path, b.line, b.column, b.rule, b.message);
  });
}

}  // namespace goals
