/// Renderers of the `goals report` dashboard (include/goals/dashboard.h).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "goals/passes/dashboard.h"
#include "render/common.h"

namespace goals {

/// The dashboard as an Obsidian note: front matter marking it as generated
/// (`generated-by: goals`, no `type`, so goals reads it as a plain note), a
/// title and summary, a Mermaid gantt of the sprints, their goals and dated
/// milestones, a progress table per sprint (newest first) and one of every
/// goal, and a Mermaid flowchart of the goal tree. Notes are linked with
/// Markdown links to their vault paths, which resolve wherever the note lies
/// in the vault.
void render_report_markdown(std::ostream& os, const Dashboard& d);

/// The same data as JSON: schema_version, today, current_sprint, milestones,
/// sprints (with goals and milestones) and goals; nodes are named `n<index>`
/// as in `goals graph --format json`.
Json report_json(const Dashboard& d);

/// Text that Markdown (and Obsidian) shows as written, on one line: the
/// characters that start links, tags, emphasis, math, comments, block ids,
/// highlights, HTML or table cells are backslash-escaped.
std::string markdown_text(std::string_view text);

/// A vault path as a Markdown link destination: spaces and the characters
/// that end or split one (`()<>[]|#^%\` and controls) percent-encoded.
/// Obsidian decodes a destination as decodeURI does, which leaves `%23` as
/// written, so a path holding `#` cannot be linked at all (linked() then
/// writes the title alone).
std::string markdown_destination(std::string_view path);

}  // namespace goals
