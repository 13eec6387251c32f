/// `goals lint`: findings as text, JSON, JSONL, SARIF or GitHub annotations,
/// and the list of rules.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "goals/parse/config.h"
#include "goals/passes/lint.h"
#include "goals/support/diagnostic.h"
#include "render/common.h"

namespace goals {

enum class LintFormat { Text, Json, Jsonl, Sarif, Github };
inline constexpr Named<LintFormat> kLintFormatNames[] = {{"text", LintFormat::Text},
                                                         {"json", LintFormat::Json},
                                                         {"jsonl", LintFormat::Jsonl},
                                                         {"sarif", LintFormat::Sarif},
                                                         {"github", LintFormat::Github}};
constexpr std::span<const Named<LintFormat>> names_of(LintFormat) { return kLintFormatNames; }

/// What a lint run prints: its findings and where to find their source lines.
struct LintReport {
  const Diagnostics& diagnostics;
  int notes_checked = 0;
  /// Line `line` (1-based) of the note at vault path `path` as stored; nullopt
  /// when it cannot be read; valid until a call for another path. The text
  /// format quotes it, SARIF counts columns in it.
  std::function<std::optional<std::string_view>(const std::string& path, int line)> source_line;
  /// Put before vault paths in the SARIF and GitHub formats, which name files
  /// from the working directory (the repository root in CI).
  std::string path_prefix;
  bool summary = true;  ///< the text format's last line
  /// The text format's width: with `fit`, excerpts are cut to it and help
  /// wraps at spaces; the finding's own line stays whole, for editors.
  Width width;
};

void render_lint(std::ostream& os, const LintReport& report, LintFormat format,
                 const std::vector<std::unique_ptr<Rule>>& rules, const Style& style);

/// `goals lint --list-rules`: each rule's id, severity as configured, category and summary.
void render_rule_list(std::ostream& os, const std::vector<std::unique_ptr<Rule>>& rules,
                      const Config& config, bool json, const Style& style);

}  // namespace goals
