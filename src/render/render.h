/// Renderers: the only code that turns computed data into text, JSON or diagrams.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/passes/lint.h"
#include "goals/passes/query.h"
#include "goals/passes/status.h"
#include "goals/support/diagnostic.h"

namespace goals {

using Json = nlohmann::ordered_json;

/// Every JSON document we write starts with this version; bump it when a key changes meaning.
inline constexpr int kSchemaVersion = 1;

/// Serializes `j`; text that is not valid UTF-8 (a note may hold any bytes)
/// comes out with U+FFFD in place of the bad bytes instead of an exception.
std::string json_text(const Json& j, int indent = -1);

/// ANSI styling that disappears when colour is off.
struct Style {
  bool on = false;
  std::string operator()(std::string_view text, std::string_view sgr) const;
  std::string bold(std::string_view t) const { return (*this)(t, "1"); }
  std::string dim(std::string_view t) const { return (*this)(t, "2"); }
  std::string red(std::string_view t) const { return (*this)(t, "31"); }
  std::string green(std::string_view t) const { return (*this)(t, "32"); }
  std::string yellow(std::string_view t) const { return (*this)(t, "33"); }
  std::string blue(std::string_view t) const { return (*this)(t, "34"); }
  std::string cyan(std::string_view t) const { return (*this)(t, "36"); }
};

/// `path:line:col: severity: message [rule]` (line/col left out when 0).
void render_diagnostic_line(std::ostream& os, const Diagnostic& d, bool color);

/// A note as JSON: path, title, type, normalized properties, tags, progress;
/// a sprint also start, end and goals.
Json note_json(const Vault& v, const GoalGraph& g, int note);
/// A link in a property: {target, path} with path null when unresolved.
Json link_json(const Vault& v, const Link& l);

enum class ListFormat { Text, Json, Jsonl, Tsv, Paths };
/// `display_path` maps a vault-relative path to what `paths` prints.
void render_list(std::ostream& os, const Vault& v, const GoalGraph& g,
                 const std::vector<int>& notes, ListFormat format, bool nul, const Style& style,
                 const std::function<std::string(const std::string&)>& display_path);

void render_show_text(std::ostream& os, const Vault& v, const GoalGraph& g, const NoteDetails& d,
                      const Date& today, const Style& style);
Json show_json(const Vault& v, const GoalGraph& g, const NoteDetails& d, const Date& today);

enum class GraphFormat { Dot, Mermaid, Json };
void render_graph(std::ostream& os, const Vault& v, const GoalGraph& g, GraphFormat format);

/// `goals status` as text of at most 80 columns: Unicode bars and tree lines
/// when `unicode`, plain ASCII otherwise.
void render_status_text(std::ostream& os, const Vault& v, const GoalGraph& g,
                        const StatusReport& report, bool unicode, const Style& style);
Json status_json(const Vault& v, const GoalGraph& g, const StatusReport& report);

enum class LintFormat { Text, Json, Jsonl, Sarif, Github };

/// What a lint run prints: its findings and where to find their source lines.
struct LintReport {
  const Diagnostics& diagnostics;
  int notes_checked = 0;
  /// Line `line` (1-based) of the note at vault path `path` as stored; nullopt
  /// when it cannot be read. The text format quotes it, SARIF counts columns in it.
  std::function<std::optional<std::string>(const std::string& path, int line)> source_line;
  /// Put before vault paths in the SARIF and GitHub formats, which name files
  /// from the working directory (the repository root in CI).
  std::string path_prefix;
  bool summary = true;  ///< the text format's last line
};

void render_lint(std::ostream& os, const LintReport& report, LintFormat format,
                 const std::vector<std::unique_ptr<Rule>>& rules, const Style& style);

/// `goals lint --list-rules`: each rule's id, severity as configured, category and summary.
void render_rule_list(std::ostream& os, const std::vector<std::unique_ptr<Rule>>& rules,
                      const Config& config, bool json, const Style& style);

/// The text a terminal may show: control characters (ESC above all) and
/// invalid UTF-8 become U+FFFD, tabs become `tab_width` spaces.
std::string printable(std::string_view s, int tab_width = 4);

}  // namespace goals
