/// Markdown from a note (a review's facts and hints) as plain text for a
/// terminal, the way Obsidian's reading view shows it rather than its source.
#pragma once

#include <string>
#include <string_view>

#include "render/common.h"

namespace goals {

/// `markdown` as readable text wrapped to `columns` at spaces:
///  - a callout (`> [!info] Title`) is a label line (`Info: Title`, the
///    type alone without a title) with its lines indented two spaces below;
///    a plain quote's lines are indented the same;
///  - a heading is its text, bold; `**bold**` and `__bold__` are bold
///    (without colour: the words alone);
///  - a wikilink (`[[Note|alias]]`, `![[Note]]`) is its alias, else its
///    target without `.md`, a heading link as `Note > Heading`; a Markdown
///    link `[text](url)` is its text;
///  - a list item's wrapped lines hang under its text.
/// Everything else, inline code included, stays as written. Every line ends
/// in '\n'.
std::string terminal_markdown(std::string_view markdown, int columns, const Style& style);

}  // namespace goals
