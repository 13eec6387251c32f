/// Changing a note that exists: edits as byte spans of the text read, worked
/// out without touching the disk (a property line, a task's checkbox and
/// dates, an inserted line), then written back with edit_note(), which
/// changes no other byte, keeps line endings, BOM and permissions, and
/// refuses when the note changed since it was read.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "goals/io/filesystem.h"
#include "goals/parse/tasks.h"
#include "goals/support/date.h"

namespace goals {

/// One change to a note's text: the bytes [offset, offset + length) become `text`.
struct TextEdit {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string text;
  friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

/// `text` with `edits` applied. The edits must not overlap and must lie
/// inside `text`; they may come in any order (applied by offset, an
/// insertion before a replacement at the same offset). nullopt otherwise.
std::optional<std::string> apply_edits(std::string_view text, std::span<const TextEdit> edits);

/// The line ending the note uses, by its first line: "\r\n", "\r" (old Mac
/// exports) or "\n". Lines are counted as CommonMark counts them: `\n`,
/// `\r\n` and a lone `\r` each end one.
std::string_view line_ending_of(std::string_view text);

/// Where 1-based line `line` of `text` stands: [begin, end) without its line
/// ending; nullopt when the text has fewer lines.
struct LineSpan {
  std::size_t begin = 0, end = 0;
};
std::optional<LineSpan> line_span(std::string_view text, int line);

/// The edit that makes front-matter property `key` read `value` (YAML as it
/// is to be written, e.g. yaml_quote()'d). When a key of `spellings` (the
/// key's names as the vault may write it, `key` first; compared exactly, as
/// Obsidian does) stands at the top level of the front matter, its value
/// (the rest of its line and any indented or list lines of a block value
/// below) is replaced and the key keeps its spelling; else `key: value` is
/// added as the last line of the front matter; a note without front matter
/// gets one at its start (after a BOM).
TextEdit set_property_edit(std::string_view text, std::span<const std::string> spellings,
                           std::string_view key, std::string_view value);

/// The task fields goals writes on a task line.
enum class TaskDateField { Due, Done, Cancelled };

/// The edit that sets the status symbol of the checklist item on `line` to
/// `symbol` (`x`, `-`, ` `); nullopt when that line holds no checkbox.
std::optional<TextEdit> set_checkbox_edit(std::string_view text, int line, char symbol);

/// The edit that sets a date field of the task on `line`: the date of the
/// field already there, in either format (`📅 2026-11-12`, `[due:: 2026-11-12]`,
/// `(due:: …)`), is replaced; else the field is added in `format` at the end
/// of the line, before a trailing block id (`^abc`), as the Tasks plugin
/// adds it. nullopt when the line is not there.
std::optional<TextEdit> set_task_date_edit(std::string_view text, int line, TaskDateField field,
                                           const Date& date, TaskFormat format);

/// The edit that adds `item` as a list item nested under the list item on
/// `line` (after the item's own lines and any items already nested under
/// it), indented one tab deeper, as Obsidian indents. nullopt when the line
/// is not there.
std::optional<TextEdit> add_child_item_edit(std::string_view text, int line, std::string_view item);

/// The edit that adds `item` as the last list item under the heading `##
/// heading` (made at the end of the note when missing).
TextEdit add_to_section_edit(std::string_view text, std::string_view heading,
                             std::string_view item);

enum class EditStatus {
  Edited,        ///< the change is in the note
  Changed,       ///< the note is not what was read: nothing written
  NotAFile,      ///< no regular file there (missing, a symlink, a folder)
  OutsideVault,  ///< the path leaves the vault, or its folders lead out of it
  Error,
};

struct EditResult {
  EditStatus status = EditStatus::Error;
  std::string path;   ///< the absolute path edited (or refused)
  std::string error;  ///< why not, for the message (does not repeat the path)
};

/// Applies `edits` to the existing note `rel` (vault relative), which must
/// still hold exactly `expected`, the text it was read with: no other byte
/// changes. The note is replaced atomically (a temp file in its folder,
/// fsynced, renamed over it, keeping its permissions); a symlink is never
/// followed or replaced, and its folder must resolve inside the vault.
/// Anything else (the note edited since it was read, moved, or gone)
/// refuses the edit and writes nothing.
EditResult edit_note(FileSystem& fs, const std::string& root, const std::string& rel,
                     const std::string& expected, std::span<const TextEdit> edits);

/// edit_note() with one insertion of `block` at byte `offset`, its line
/// endings written as the note's (line_ending_of()).
EditResult insert_into_note(FileSystem& fs, const std::string& root, const std::string& rel,
                            const std::string& expected, std::size_t offset,
                            std::string_view block);

}  // namespace goals
