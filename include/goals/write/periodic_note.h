/// Reviews written into the user's own periodic notes: the note made from
/// their template, and the review as a section of it.
#pragma once

#include <string>
#include <string_view>

#include "goals/support/date.h"

namespace goals {

/// `template_text` with the placeholders of Obsidian's core Templates (and
/// Periodic Notes) filled in: `{{title}}` (the note's name), `{{date}}`
/// (`date` as YYYY-MM-DD), `{{time}}` (`time`, HH:mm), and `{{date:FORMAT}}`
/// / `{{time:FORMAT}}` (`date` in a moment.js format). Letter case and
/// spaces inside the braces do not matter, as in Obsidian; other `{{…}}`
/// stay as written.
std::string fill_core_template(std::string_view template_text, std::string_view title,
                               const Date& date, std::string_view time);

/// Whether `template_text` needs a plugin goals cannot run to be filled in
/// (Templater's `<% … %>`).
bool needs_templater(std::string_view template_text);

/// A rendered review note (front matter, `# title`, questions as headings)
/// as a section to add to a periodic note: `## heading` followed by the
/// note's body below its title, each heading one level deeper (so the
/// questions sit under `heading`), the front matter left out.
std::string review_section(std::string_view review_note, std::string_view heading);

/// Where a section goes at the end of `note`: after its last byte, with the
/// separator that leaves one blank line before the section (written into
/// `*separator` with `\n` line endings, whichever the note uses:
/// insert_into_note() writes them as the note's).
std::size_t section_offset(std::string_view note, std::string* separator);

}  // namespace goals
