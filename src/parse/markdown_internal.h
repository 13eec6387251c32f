/// Internals of the Markdown body reader (src/markdown*.cpp), exposed for the tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "goals/parse/markdown.h"

namespace goals::markdown_internal {

/// A body split into lines exactly as cmark-gfm counts them: a line ends at
/// `\n`, `\r\n` or a lone `\r`. Lines are 0-based here; cmark's are 1-based.
class Lines {
 public:
  explicit Lines(std::string_view text);

  int count() const { return static_cast<int>(start_.size()); }
  /// Line `i` without its line ending; empty when `i` is out of range.
  std::string_view operator[](int i) const;
  /// Byte offset of line `i` in the text.
  std::size_t offset(int i) const { return start_[static_cast<std::size_t>(i)]; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::vector<std::uint32_t> start_;
  std::vector<std::uint32_t> end_;
};

/// A line that opens too many nested containers (0-based line).
struct DeepLine {
  int line = 0;
  int depth = 0;
};

/// The first line nested more than `max_depth` containers deep: the container
/// markers it starts with (`>`, `-`, `*`, `+`, `1.`, `1)`; spaces between them
/// ignored) plus the list items it sits in, estimated from indentation (a
/// staircase of items nests as deep). Linear time.
std::optional<DeepLine> find_deep_nesting(const Lines& lines, int max_depth);

/// Why a table candidate is read as plain text.
enum class TableCost {
  Cells,     ///< it would bring the note's tables over max_table_cells
  Columns,   ///< a line of its paragraph holds more than max_table_columns cells
  LongLead,  ///< its header ends a paragraph of more than max_table_lead_lines lines
  Repeated,  ///< a `|---|`-like row past the first few of one paragraph
};

/// A table candidate cmark-gfm is not to read as a table.
struct CostlyTable {
  int line = 0;  ///< its `|---|` row (0-based); the header is the line before
  TableCost why = TableCost::Cells;
  std::size_t columns = 0;     ///< the `|---|` row's; for Columns, the widest line's
  std::size_t rows = 0;        ///< lines after the `|---|` row, to the paragraph's end
  std::size_t lead_lines = 0;  ///< lines of the paragraph before it, the header included
};

/// Table candidates (a `|---|:--|`-like row after a non-blank line) that
/// cost cmark-gfm 0.29.0.gfm.6 more than linear time or a lot of memory:
/// - each `|---|` row makes it re-read the whole paragraph before it, in
///   time of its bytes x its lines, and again after a failed match;
/// - each line of that paragraph and of the table costs the square of its cells;
/// - every row gets as many cells as the header, written or not.
/// A paragraph here runs to the next blank line or ATX heading (no table or
/// paragraph crosses one). Linear time.
std::vector<CostlyTable> find_costly_tables(const Lines& lines, const BodyLimits& limits);

/// Turns the `|---|` row at `line` of `fed` (the body or a copy of the same
/// length) into a row of text, by writing `y` over its first `-` or `:`.
void unmake_delimiter_row(const Lines& lines, int line, std::string* fed);

/// The `[label]:` starts of link reference definitions in `fed` (positions of
/// their `[`) when the links cmark-gfm could expand from them would copy more
/// than `limit` bytes: each use of a definition copies its destination and
/// title. Uses are counted as the `]` in `fed`, a definition's size as the
/// bytes to the end of its paragraph. Empty when within the limit. Linear time.
std::vector<std::size_t> costly_reference_definitions(const Lines& lines, std::string_view fed,
                                                      std::size_t limit);

/// Markup bytes (see tame_inline_markup) parse_body lets cmark-gfm read in
/// all: each can cost an inline node of about 240 bytes.
inline constexpr std::size_t kMarkupBudget = std::size_t{1} << 18;
/// Markup bytes of one stretch of non-blank lines cmark-gfm may read as
/// written; and of the headings of a stretch past that.
inline constexpr std::size_t kStretchMarkup = 1024;
/// Markup bytes of one heading line cmark-gfm may read in such a stretch.
inline constexpr std::size_t kHeadingMarkup = 256;

/// cmark-gfm builds an inline node for about every `[`, `]`, `!`, `*`, `_`,
/// `` ` ``, `<`, `&`, `\` and `~` of a paragraph, heading or table cell (8 MiB
/// of `[` take 1.8 GiB), and version 0.29.0.gfm.6 takes time quadratic in
/// them on some inputs (CVE-2023-22486, CVE-2023-22483, `~` runs). The
/// reader only takes the block structure from it, and the text of headings:
/// the inlines are read from the source. So when a stretch of non-blank
/// lines (which holds whole paragraphs and tables: no leaf block crosses a
/// blank line) holds more than kStretchMarkup such bytes, or the body more
/// than `budget`, cmark-gfm gets a copy of the body in which that stretch's
/// lines have them replaced by `y`, but for headings (ATX lines and a setext
/// heading's lines) within kHeadingMarkup each and kStretchMarkup in all;
/// except where they can decide the block structure: container and list
/// markers, a task's checkbox, thematic breaks (their blanks become the
/// marker instead, leaving one delimiter run), fences, the tag starting an
/// HTML block and the `</script>` or `]]>` ending one, a link reference
/// definition's label, and a table's escaped pipes (`\|` becomes `yy`).
/// Lengths and line breaks do not change, so every position is the same, and
/// each inline parse sees at most kStretchMarkup markup bytes: linear time
/// in all. Known gap, in rewritten lines only: an escaped quote or
/// parenthesis in a link reference definition's destination or title, or a
/// `<` inside its `<...>` destination, can change whether cmark-gfm takes it
/// for one. Returns nullopt (no copy) when nothing is rewritten, and always
/// when `budget` is SIZE_MAX (the tests' way to let cmark-gfm read the source
/// as written). Linear time.
std::optional<std::string> tame_inline_markup(const Lines& lines, std::size_t budget);

/// parse_body with a markup budget other than kMarkupBudget.
BodyFacts parse_body_with_markup_budget(std::string_view body, int first_line,
                                        const std::string& path, Diagnostics* diags,
                                        const BodyLimits& limits, std::size_t markup_budget,
                                        const TaskSettings& tasks = default_task_settings());

/// The kind of leaf block whose text an InlineScanner reads.
enum class BlockKind { Paragraph, Heading, TableCell };

/// Finds the inline facts (links, tags, fields, block ids) in the source text
/// of leaf blocks, fed in document order. Works on the raw source, so columns
/// are exact; keeps the Obsidian comment (`%%`) and display math (`$$`) state
/// from one block to the next. Every construct is found in time linear in the
/// block's length.
class InlineScanner {
 public:
  /// `first_line` is the file line of body line 0.
  InlineScanner(const Lines& lines, int first_line, BodyFacts* facts);

  /// True inside an open `%%` comment or `$$` display math block.
  bool hidden() const { return in_comment_ || in_math_; }

  /// Starts a new leaf block; `in_task` when it is a checklist item's text.
  void begin(BlockKind kind, bool in_task = false);
  /// Appends the bytes [col0, end0) of body line `line` as the block's next line.
  void add(int line, std::size_t col0, std::size_t end0);
  /// Scans the block built since begin().
  void scan();

 private:
  struct Segment {
    int line = 0;
    std::size_t col0 = 0;  // byte offset of the segment in its line
    std::size_t buf = 0;   // offset of the segment in buf_
  };

  // Positions below are offsets in buf_; each step returns where scanning goes on.

  /// Index of the segment holding buffer offset `pos`.
  std::size_t segment_of(std::size_t pos) const;
  /// File line of a segment.
  int line_of(std::size_t seg) const;
  /// File column (1-based) of buffer offset `pos` in segment `seg`.
  int column_of(std::size_t seg, std::size_t pos) const;
  /// Offset of buffer offset `pos` in the body.
  std::size_t body_offset(std::size_t pos) const;

  /// Handles the byte at i, which can start a construct.
  std::size_t step(std::size_t i);
  /// Skips comment text from i to its closing `%%` (code spans included).
  std::size_t skip_comment(std::size_t i);
  /// The end of the code span opening at the backtick run at i, or of the
  /// run itself when it has no closer (then the backticks are literal).
  std::size_t code_span(std::size_t i) const;
  /// `$$` or `$` at i: display or inline math.
  std::size_t dollar(std::size_t i);
  /// `[[...]]` at p (`![[...]]` when embed): records the link and returns its
  /// end, or returns 0 when p opens none.
  std::size_t wiki_link(std::size_t p, bool embed);
  /// `[text](dest "title")` at p (`![alt](dest)` when image): records the
  /// link when dest is a local file and returns its end, or returns 0 when p
  /// opens no inline link.
  std::size_t markdown_link(std::size_t p, bool image);
  /// Dataview `[key:: value]` / `(key:: value)` at p; true if recorded.
  bool bracket_field(std::size_t p);
  /// Dataview `key:: value` filling the line that starts at p.
  void line_field(std::size_t p);
  /// Records a field whose key spans [k0, k1) and value [v0, v1) of buf_.
  void add_field(std::size_t at, std::string_view key, std::size_t v0, std::size_t v1,
                 bool own_line);
  /// `#tag` at p.
  std::size_t tag(std::size_t p);
  /// ` ^id` at p, ending a paragraph.
  std::size_t block_id(std::size_t p);
  /// `<!-- html comment -->` or `<scheme:autolink>` at p, skipped whole.
  std::size_t angle(std::size_t p);
  /// True at a line start or after a space.
  bool after_space(std::size_t p) const;

  const Lines& lines_;
  int first_line_;
  BodyFacts* facts_;
  std::size_t last_double_dollar_ = 0;  // body offset of the last "$$", or npos
  bool last_double_dollar_known_ = false;
  bool in_comment_ = false;
  bool in_math_ = false;

  BlockKind kind_ = BlockKind::Paragraph;
  bool in_task_ = false;
  std::string buf_;  // the block's lines joined by '\n'; reused between blocks
  std::vector<Segment> segs_;
  std::vector<std::pair<std::size_t, std::size_t>> runs_;  // backtick runs (length, position)

  // Per block: a work budget for speculative scans and memos that keep
  // repeated failures linear.
  bool line_fields_ = false;
  std::int64_t budget_ = 0;
  std::size_t wiki_fail_until_ = 0;
  std::size_t wiki_known_start_ = 0;
  std::size_t wiki_known_end_ = 0;
  bool math_exhausted_ = false;
  bool html_comment_exhausted_ = false;
};

/// Decodes `%XX` escapes as JavaScript's decodeURI does, which is what
/// Obsidian applies to a Markdown link: escapes of `; / ? : @ & = + $ , #`
/// stay as written (`%23` is no `#`), malformed escapes too, and text whose
/// escapes do not decode to valid UTF-8 (decodeURI would throw) is kept whole.
std::string decode_uri(std::string_view s);

/// Display text of a heading's plain text: each `[[...]]` replaced by its alias or target.
std::string replace_wikilinks(std::string_view text);

}  // namespace goals::markdown_internal
