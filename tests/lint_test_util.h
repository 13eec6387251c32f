/// Lints an in-memory vault: the helper every rule's unit tests share.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "goals/io/memory_filesystem.h"
#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/parse/config.h"
#include "goals/passes/lint.h"

namespace goals::testing_util {

struct LintRun {
  std::unique_ptr<Vault> vault;
  std::unique_ptr<GoalGraph> graph;
  LintResult result;

  /// "path:line:col: severity: message [rule]" per finding of `rule` ("" for all).
  std::vector<std::string> lines(const std::string& rule = "") const {
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics)
      if (rule.empty() || d.rule == rule)
        out.push_back(d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) +
                      ": " + std::string(to_string(d.severity)) + ": " + d.message + " [" + d.rule +
                      "]");
    return out;
  }
  /// The findings of `rule` only.
  std::vector<Diagnostic> of(const std::string& rule) const {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : result.diagnostics)
      if (d.rule == rule) out.push_back(d);
    return out;
  }
};

/// Lints a vault at /v that `setup` builds in memory (files, symlinks,
/// unreadable entries; `/v/.obsidian` exists already; a `/v/.goals.yaml` is
/// the config), loaded with `load` (e.g. a small `max_note_bytes`), as if
/// today were `today`.
inline LintRun lint_fs(const std::function<void(MemoryFileSystem&)>& setup,
                       const std::string& today = "2026-11-22", const LintOptions& options = {},
                       const LoadOptions& load = {}) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  setup(fs);
  LintRun run;
  ConfigResult cfg = load_config(fs, "/v");
  run.vault = std::make_unique<Vault>(load_vault(fs, "/v", cfg.config, load));
  run.graph = std::make_unique<GoalGraph>(GoalGraph::build(*run.vault));
  run.result = lint(*run.vault, *run.graph, *Date::parse(today), make_rules(), options);
  return run;
}

/// Lints a vault at /v made of `files` (vault-relative path -> content; a
/// `.goals.yaml` among them is the config) as if today were `today`.
inline LintRun lint_files(const std::map<std::string, std::string>& files,
                          const std::string& today = "2026-11-22",
                          const LintOptions& options = {}) {
  return lint_fs(
      [&](MemoryFileSystem& fs) {
        for (const auto& [path, text] : files) fs.add_file("/v/" + path, text);
      },
      today, options);
}

}  // namespace goals::testing_util
