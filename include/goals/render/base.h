/// The `.base` file of an Obsidian Bases view of the goals (`goals base`;
/// `goals init` may write it too).
#pragma once

#include <string>

#include "goals/model/vault.h"
#include "goals/passes/base.h"

namespace goals {

/// `spec` as the YAML of a `.base` file. Line 1 is kGeneratedBaseLine
/// (parse/frontmatter.h), which lets write_generated_base replace the file
/// later; then the spec's comments, `filters`, `formulas`, `properties`
/// (display names) and `views`. Every expression is single-quoted.
std::string render_base(const BaseSpec& spec);

/// The `.base` file for `vault`: render_base(plan_base(vault)).
std::string goals_base_yaml(const Vault& vault);

}  // namespace goals
