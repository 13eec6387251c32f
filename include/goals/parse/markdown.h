/// Facts extracted from a note's Markdown body (cmark-gfm, walked with cmark_iter).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goals/parse/tasks.h"
#include "goals/support/date.h"
#include "goals/support/diagnostic.h"
#include "goals/support/heap_optional.h"

namespace goals {

/// The part of a link after its target: [[N#H1#H2]], [[N#^id]].
struct LinkSubpath {
  std::vector<std::string> headings;  ///< [[N#H1#H2]] -> {"H1","H2"}
  std::string block_id;               ///< [[N#^id]] -> "id"
};

/// A link or embed, in the body or in a property. Positions are the file's
/// (1-based line and byte column of its first character: `[` or `!`).
struct Link {
  /// Note or file part as written ("" for [[#H]]); Markdown links percent-decoded.
  std::string target;
  /// Headings and block id; unset (and read as empty) when the link has
  /// neither, as most have: kept out of line, it costs a pointer then.
  HeapOptional<LinkSubpath> subpath;
  std::string alias;  ///< text after '|' (wiki) or the link text (Markdown)
  /// Front-matter key it came from ("parent", "goals" or "sprint", static
  /// strings); "" for body links.
  std::string_view property;
  int line = 0;
  int column = 0;
  int end_column = 0;     ///< column of its last byte (same line)
  bool embed = false;     ///< ![[...]] or ![](...)
  bool markdown = false;  ///< [text](target) rather than [[...]]

  // Filled in by the vault loader (link resolution).
  enum class State : unsigned char { Unresolved, Resolved, Ambiguous };
  State state = State::Unresolved;
  int file = -1;  ///< index into Vault::files when resolved (or first candidate when ambiguous)

  /// [[N#H1#H2]] -> {"H1","H2"}; empty when none.
  const std::vector<std::string>& headings() const;
  /// [[N#^id]] -> "id"; "" when none.
  const std::string& block_id() const;
};

struct Heading {
  int level = 0;     ///< 1..6
  std::string raw;   ///< its source text without the `#` marks, trimmed (links as written)
  std::string text;  ///< display text: links shown as their alias or target, markup dropped
  int line = 0;
  int column = 0;
  /// Whether anything but blank lines, empty list items and comments stands
  /// between it and the next heading (in a review: the question is answered).
  bool has_text = false;
};

/// A `<!-- goals-ignore [rule ...] -->` comment on a line of its own: the
/// findings it silences on the line after it.
struct IgnoreComment {
  int line = 0;                    ///< the line it silences (file line, 1-based)
  std::vector<std::string> rules;  ///< empty: every rule
};

/// A Dataview inline field: `[key:: value]`, `(key:: value)` or a `key:: value` line.
struct Field {
  std::string key;    ///< as written, trimmed (`**Deadline**` for a bold key)
  std::string value;  ///< trimmed
  int line = 0;
  int column = 0;         ///< of the key's first byte, or of the `[` or `(`
  int value_column = 0;   ///< of the value's first byte (after the closer when empty)
  bool own_line = false;  ///< a `key:: value` line rather than a bracketed field
  /// On a checklist item's own lines: the item's field for Dataview, not the page's.
  bool in_task = false;
};

/// A list item, task or not.
struct ListItem {
  int line = 0;
  int column = 0;    ///< of the list marker
  int depth = 0;     ///< 0 for a top-level list
  int section = -1;  ///< index into BodyFacts::headings of the nearest heading above; -1 if none
  /// 0: not a task (no checkbox, a checklist item without the Tasks plugin's
  /// global filter, or a NON_TASK status); else the status symbol: ' ', 'x', '/', ...
  char task = 0;
  /// What `task` means, from the Tasks plugin's statuses; Todo when not a task.
  TaskStatus status = TaskStatus::Todo;
  /// First line of the item as written, marker and checkbox removed, without
  /// its task fields (both formats), the global filter and a trailing block
  /// id; trimmed. What the item says.
  std::string text;
  TaskFields fields;  ///< read from the first line, on tasks and plain items alike
  /// A task or a `Week a-b:` item whose text is_placeholder_text(): template
  /// text nobody filled in (`- [ ] Week 1-4: … 📅 2027-01-31`). It counts
  /// for nothing: no milestone, no progress, no due date, no win.
  bool placeholder = false;
  /// A task whose status is done, and not cancelled by a ❌ date.
  bool done() const { return task != 0 && status == TaskStatus::Done && !fields.cancelled; }
  /// A task whose status is cancelled, or any item with a ❌ date: neither
  /// open nor done.
  bool cancelled() const {
    return (task != 0 && status == TaskStatus::Cancelled) || fields.cancelled.has_value();
  }
};

struct Tag {
  std::string name;  ///< without '#', as written ("career/management")
  int line = 0;
  int column = 0;
};

struct Callout {
  std::string type;  ///< lowercased, e.g. "tip"
  std::string title;
  char fold = 0;  ///< 0, '-' or '+'
  int line = 0;
  int column = 0;
};

struct BlockId {
  std::string id;
  int line = 0;
  int column = 0;
};

/// Everything the tool reads from a body, in document order. The AST itself
/// is dropped once these are extracted.
struct BodyFacts {
  std::vector<Heading> headings;
  std::vector<Link> links;
  std::vector<Tag> tags;
  std::vector<ListItem> items;
  std::vector<Field> fields;
  std::vector<Callout> callouts;
  std::vector<BlockId> block_ids;
  std::vector<IgnoreComment> ignores;
};

/// Limits that keep hostile notes cheap: cmark-gfm 0.29.0.gfm.6 (Debian
/// bookworm's) takes time or memory beyond linear on some tables and
/// reference links, so tables past these limits are read as plain text (see
/// the guard and growth tests, and docs/rules/table-too-large.md).
struct BodyLimits {
  /// Columns x rows of all the note's tables together; a table past it is plain text.
  std::size_t max_table_cells = 200000;
  /// Cells of any line of a table's paragraph, header, delimiter row or rows.
  std::size_t max_table_columns = 256;
  /// Lines of paragraph before a table's header row, the header included
  /// (cmark-gfm re-reads them all for each `|---|` row it meets).
  std::size_t max_table_lead_lines = 100;
  int max_container_depth = 100;  ///< nested `>`/`-` markers at a line start; above: refuse
  /// Bytes cmark-gfm may allocate for one note, on top of 32 per byte of the
  /// note; above: the body is not read (a diagnostic says so).
  std::size_t max_parse_memory = std::size_t{256} << 20;
};

/// Parses `body`, whose first byte is at line `first_line`, column 1 of the
/// file at `path`, with its tasks read as `tasks` says. Appends problems to
/// `diags` (never throws).
BodyFacts parse_body(std::string_view body, int first_line, const std::string& path,
                     Diagnostics* diags, const BodyLimits& limits = {},
                     const TaskSettings& tasks = default_task_settings());

/// Parses one wiki-link's inner text ("N#H|alias", without the brackets).
Link parse_wikilink_inner(std::string_view inner);

}  // namespace goals
