/// Note templates: built in (templates/*.md, compiled in) or the vault's own
/// (.goals/templates/NAME.md), rendered with mustache.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "goals/io/filesystem.h"

namespace goals {

/// The built-in template `name` ("sprint", "goal", "vision", "review-quarterly",
/// "review-monthly", "review-weekly"); "" when there is none.
std::string_view builtin_template(std::string_view name);

/// The template a vault uses: `<root>/.goals/templates/<name>.md` when that
/// file exists (and is a regular file inside the vault), else the built-in one.
std::string load_template(const FileSystem& fs, const std::string& root, std::string_view name);

/// Renders mustache `text` with `data`. Markdown wants no HTML escaping, so
/// the templates use `{{{x}}}`/`{{& x}}`. nullopt (and `*error`) when the
/// template does not parse.
std::optional<std::string> render_template(std::string_view text, const nlohmann::json& data,
                                           std::string* error);

}  // namespace goals
