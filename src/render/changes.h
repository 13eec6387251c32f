/// What the routine's verbs print: the changes they made, or with
/// --dry-run the unified diff of each note they would change.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "goals/passes/targets.h"
#include "render/common.h"

namespace goals {

/// A note's text before and after a change, for --dry-run.
struct NoteDiff {
  std::string path;  ///< vault-relative
  std::string before, after;
};

/// A unified diff (`diff -u` style, 3 lines of context) of `before` and
/// `after`, labelled `a/PATH` and `b/PATH` as git labels them; "" when equal.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

/// Text: one line per change (`done  Sprints/2026-Q4.md:12  Ship it  (✅ 2026-12-03)`);
/// with `dry_run`, the diffs first and "would" before each change.
void render_changes_text(std::ostream& os, const std::vector<Change>& changes,
                         const std::vector<NoteDiff>& diffs, bool dry_run, const Style& style);

/// JSON: {"schema_version", "dry_run", "changes": [...], "diff": "..." (dry run only)}.
void render_changes_json(std::ostream& os, const std::vector<Change>& changes,
                         const std::vector<NoteDiff>& diffs, bool dry_run);

}  // namespace goals
