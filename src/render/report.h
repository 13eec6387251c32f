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
/// title and summary, lint's findings by note, the next review, the wins since
/// the last one, a Mermaid gantt of the timeline's sprints, their goals and
/// dated milestones, a progress table per sprint (newest first) and one of
/// every goal, and a Mermaid flowchart of the goal tree. Notes are linked as
/// Dashboard::link_targets and `markdown_links` say (the vault's Obsidian
/// settings); a note it does not link is named in plain text.
void render_report_markdown(std::ostream& os, const Dashboard& d);

/// The same data as JSON: schema_version, today, current_sprint, milestones,
/// sprints (with goals and milestones), goals, timeline, needs_attention,
/// next_review, wins_since and wins; nodes are named `n<index>` as in
/// `goals graph --format json`.
Json report_json(const Dashboard& d);

/// Text that Markdown (and Obsidian) shows as written, on one line: the
/// characters that start links, tags, emphasis, math, comments, block ids,
/// highlights, HTML or table cells are backslash-escaped.
std::string markdown_text(std::string_view text);

}  // namespace goals
