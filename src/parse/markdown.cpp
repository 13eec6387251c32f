#include "goals/parse/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <utility>

#include "goals/support/rule_ids.h"
#include "goals/support/text.h"
#include "parse/cmark_arena.h"
#include "parse/markdown_internal.h"

// Node types the table extension registers; libcmark-gfm-extensions exports
// them but Debian does not install the header that declares them.
extern "C" {
CMARK_GFM_EXTENSIONS_EXPORT extern cmark_node_type CMARK_NODE_TABLE;
}

namespace goals {

namespace {

using markdown_internal::BlockKind;
using markdown_internal::InlineScanner;
using markdown_internal::Lines;

struct Extensions {
  cmark_syntax_extension* table = nullptr;
  cmark_syntax_extension* strikethrough = nullptr;
  cmark_syntax_extension* tasklist = nullptr;
};

// Registration writes cmark globals without a lock: do it once for all threads.
const Extensions& extensions() {
  static Extensions ext;
  static std::once_flag once;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    ext.table = cmark_find_syntax_extension("table");
    ext.strikethrough = cmark_find_syntax_extension("strikethrough");
    ext.tasklist = cmark_find_syntax_extension("tasklist");
    // Never "autolink": heap out-of-bounds read on the line `o:@a.b`.
  });
  return ext;
}

/// Drops the whole parse (parser, AST, iterators) from this thread's arena.
struct ArenaReset {
  ~ArenaReset() { markdown_internal::reset_thread_arena(); }
};

// One cmark-gfm parse, run by parse_within: it holds nothing to destroy, as
// the arena may jump out of it.
struct CmarkRun {
  std::string_view text;
  const Extensions& ext;
  cmark_node* doc = nullptr;

  static void parse(void* self) {
    auto* run = static_cast<CmarkRun*>(self);
    cmark_parser* parser =
        cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, markdown_internal::thread_arena());
    if (parser == nullptr) return;
    for (cmark_syntax_extension* e : {run->ext.table, run->ext.strikethrough, run->ext.tasklist})
      if (e != nullptr) cmark_parser_attach_syntax_extension(parser, e);
    cmark_parser_feed(parser, run->text.data(), run->text.size());
    run->doc = cmark_parser_finish(parser);
  }
};

// The 0-based line holding byte `at` of the body.
int line_at(const Lines& lines, std::size_t at) {
  int lo = 0;
  int hi = lines.count() - 1;
  while (lo < hi) {
    const int mid = (lo + hi + 1) / 2;
    if (lines.offset(mid) <= at) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

// Makes the costly tables plain text in `fed`, with one diagnostic per kind
// of cost at its first table (a hostile note can hold thousands).
void report_costly_tables(const std::vector<markdown_internal::CostlyTable>& tables,
                          const Lines& lines, int first_line, const std::string& path,
                          const BodyLimits& limits, std::string* fed, Diagnostics* diags) {
  using markdown_internal::TableCost;
  std::array<std::size_t, 4> count{};
  for (const auto& t : tables) {
    markdown_internal::unmake_delimiter_row(lines, t.line, fed);
    ++count[static_cast<std::size_t>(t.why)];
  }
  std::array<bool, 4> told{};
  for (const auto& t : tables) {
    const auto why = static_cast<std::size_t>(t.why);
    if (t.why == TableCost::Repeated || std::exchange(told[why], true)) continue;
    const std::size_t more = count[why] - 1;
    const std::string also =
        more == 0 ? ""
                  : " (and " + std::to_string(more) + " more such table" + (more == 1 ? ")" : "s)");
    std::string message;
    std::string help;
    if (t.why == TableCost::Cells) {
      message = "table of " + std::to_string(t.columns) + " columns x " + std::to_string(t.rows) +
                " rows brings the note's tables over " + std::to_string(limits.max_table_cells) +
                " cells; it was read as plain text" + also;
      help = "Split the table into smaller notes, or remove unused columns.";
    } else if (t.why == TableCost::Columns) {
      message = "table has a line of " + std::to_string(t.columns) + " cells, more than " +
                std::to_string(limits.max_table_columns) + "; it was read as plain text" + also;
      help = "Keep tables to at most " + std::to_string(limits.max_table_columns) +
             " columns, and separate them from pipe-heavy text with a blank line.";
    } else {
      message = "table follows " + std::to_string(t.lead_lines - 1) +
                " lines of paragraph with no blank line between; it was read as plain text" + also;
      help = "Put a blank line before the table's header row.";
    }
    diags->push_back(make_diagnostic(findings::kTableTooLarge, path, first_line + t.line - 1, 1,
                                     std::move(message), std::move(help)));
  }
}
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

// Lines never hold a CR or LF (Lines splits at them as cmark does), so inside
// one Markdown's whitespace is kBlanks: space and tab.
bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_blanks(std::string_view s, std::size_t i) {
  while (i < s.size() && is_blank(s[i])) ++i;
  return i;
}

std::size_t marker_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '-' || s[i] == '*' || s[i] == '+') return 1;
  std::size_t j = i;
  while (j < s.size() && j - i < 10 && is_digit(s[j])) ++j;
  if (j > i && j - i <= 9 && j < s.size() && (s[j] == '.' || s[j] == ')')) return j + 1 - i;
  return 0;
}

// `text` without a trailing block id (` ^id`), which is no part of what an
// item says (the Tasks plugin keeps it apart from a task's description too).
std::string_view drop_block_id(std::string_view text) {
  std::size_t i = text.size();
  while (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '-'))
    --i;
  if (i == text.size() || i < 2 || text[i - 1] != '^' || !is_blank(text[i - 2])) return text;
  return trim(text.substr(0, i - 1), kBlanks);
}

int start_line(cmark_node* n) { return cmark_node_get_start_line(n); }
int start_col(cmark_node* n) { return cmark_node_get_start_column(n); }
int end_line(cmark_node* n) { return cmark_node_get_end_line(n); }

// Where a list item's text starts, after its marker and checkbox.
struct ItemStart {
  int line = -1;           // 0-based body line
  std::size_t marker = 0;  // byte offset of the marker
  std::size_t text = 0;    // byte offset of the text
  char task = 0;
};

class Walker {
 public:
  // `fed` is what cmark-gfm read: the body, or its copy from tame_inline_markup.
  Walker(const Lines& lines, std::string_view fed, int first_line, BodyFacts* facts,
         const TaskSettings& tasks)
      : lines_(lines),
        fed_(fed),
        first_line_(first_line),
        facts_(facts),
        tasks_(tasks),
        scan_(lines, first_line, facts) {}

  void run(cmark_node* doc) {
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(doc));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
      cmark_node* n = cmark_iter_get_node(it.get());
      const cmark_node_type type = cmark_node_get_type(n);
      if (ev == CMARK_EVENT_EXIT) {
        if (type == CMARK_NODE_BLOCK_QUOTE) --quotes_;
        if (type == CMARK_NODE_ITEM) --items_;
        continue;
      }
      if (type == CMARK_NODE_BLOCK_QUOTE) {
        block_quote(n);
        ++quotes_;
      } else if (type == CMARK_NODE_ITEM) {
        item(n);
        ++items_;
      } else if (type == CMARK_NODE_HTML_BLOCK) {
        html_block(n);
      } else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
                 type == CMARK_NODE_TABLE) {
        if (type == CMARK_NODE_PARAGRAPH) paragraph(n);
        if (type == CMARK_NODE_HEADING) heading(n);
        if (type == CMARK_NODE_TABLE) table(n);
        // The inlines are read from the source: skip cmark's inline nodes.
        cmark_iter_reset(it.get(), n, CMARK_EVENT_EXIT);
      }
    }
  }

 private:
  // cmark's inline columns are not file columns on continuation lines, so
  // find the text: after the `>` of the enclosing quotes (fewer on a lazy
  // line) and the indentation.
  std::size_t continuation_start(int line) const {
    std::string_view s = lines_[line];
    std::size_t i = 0;
    for (int q = 0; q < quotes_; ++q) {
      i = skip_blanks(s, i);
      if (i >= s.size() || s[i] != '>') break;
      ++i;
    }
    return skip_blanks(s, i);
  }

  // cmark's block column is trusted only when it lies on the line.
  std::size_t first_start(int line, int col) const {
    std::string_view s = lines_[line];
    if (col < 1 || static_cast<std::size_t>(col) > s.size() + 1) return continuation_start(line);
    return skip_blanks(s, static_cast<std::size_t>(col) - 1);
  }

  bool valid_line(int line0) const { return line0 >= 0 && line0 < lines_.count(); }

  // Whether cmark-gfm read lines [first, last] other than written.
  bool rewritten(int first, int last) const {
    if (fed_.data() == lines_.text().data()) return false;
    for (int l = std::max(first, 0); l <= last && l < lines_.count(); ++l) {
      const std::string_view s = lines_[l];
      if (fed_.substr(lines_.offset(l), s.size()) != s) return true;
    }
    return false;
  }

  ItemStart item_start(cmark_node* n) const {
    ItemStart r;
    const int line = start_line(n) - 1;
    if (!valid_line(line)) return r;
    std::string_view s = lines_[line];
    std::size_t m = start_col(n) >= 1 ? static_cast<std::size_t>(start_col(n)) - 1 : s.size();
    if (marker_length(s, m) == 0) m = continuation_start(line);
    const std::size_t len = marker_length(s, m);
    if (len == 0) return r;
    r.line = line;
    r.marker = m;
    std::size_t t = skip_blanks(s, m + len);
    if (t + 2 < s.size() && s[t] == '[' && s[t + 2] == ']' &&
        (t + 3 == s.size() || is_blank(s[t + 3]))) {
      r.task = s[t + 1];
      t = skip_blanks(s, t + 3);
    }
    r.text = t;
    return r;
  }

  void item(cmark_node* n) {
    if (scan_.hidden()) return;
    const ItemStart st = item_start(n);
    if (st.line < 0) return;
    ListItem li;
    li.line = first_line_ + st.line;
    li.column = static_cast<int>(st.marker) + 1;
    li.depth = items_;
    li.section = static_cast<int>(facts_->headings.size()) - 1;
    std::string_view text = drop_block_id(
        trim(lines_[st.line].substr(std::min(st.text, lines_[st.line].size())), kBlanks));
    li.task = st.task;
    // As the Tasks plugin: with a global filter, a checklist item without it
    // is no task; a NON_TASK status is none either.
    if (li.task != 0 && !tasks_.global_filter.empty() &&
        text.find(tasks_.global_filter) == std::string_view::npos)
      li.task = 0;
    if (li.task != 0) li.status = tasks_.status_of(li.task);
    if (li.status == TaskStatus::NonTask) {
      li.task = 0;
      li.status = TaskStatus::Todo;
    }
    li.fields = parse_task_fields(text, &li.text);
    if (li.task != 0 && !tasks_.global_filter.empty())
      li.text = remove_global_filter(li.text, tasks_.global_filter);
    int first = 0, last = 0;
    li.placeholder = (li.task != 0 || parse_week_prefix(li.text, &first, &last) > 0) &&
                     is_placeholder_text(li.text);
    facts_->items.push_back(std::move(li));
  }

  void block_quote(cmark_node* n) {
    if (scan_.hidden()) return;
    const int line = start_line(n) - 1;
    if (!valid_line(line)) return;
    std::string_view s = lines_[line];
    const std::size_t gt = start_col(n) >= 1 ? static_cast<std::size_t>(start_col(n)) - 1 : 0;
    if (gt >= s.size() || s[gt] != '>') return;
    std::size_t i = skip_blanks(s, gt + 1);
    if (s.substr(i, 2) != "[!") return;
    const std::size_t close = s.find(']', i + 2);
    if (close == std::string_view::npos || close == i + 2) return;
    std::string_view type = s.substr(i + 2, close - i - 2);
    for (char c : type)
      if (is_blank(c)) return;
    Callout c;
    c.type.reserve(type.size());
    for (char ch : type)
      c.type += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    i = close + 1;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) c.fold = s[i++];
    c.title = std::string(trim(s.substr(i), kBlanks));
    c.line = first_line_ + line;
    c.column = static_cast<int>(gt) + 1;
    facts_->callouts.push_back(std::move(c));
  }

  // The 0-based line holding a table's header row. When a table takes the last
  // lines of a paragraph as its header, cmark gives the new paragraph no
  // position and the table the old paragraph's: count back from the rows.
  int header_line(cmark_node* table) const {
    cmark_node* header = cmark_node_first_child(table);
    cmark_node* row = header ? cmark_node_next(header) : nullptr;
    if (row != nullptr && start_line(row) > 0) return start_line(row) - 3;
    return end_line(table) - 2;
  }

  bool stolen_header(cmark_node* table) const {
    cmark_node* prev = cmark_node_previous(table);
    return prev != nullptr && cmark_node_get_type(prev) == CMARK_NODE_PARAGRAPH &&
           start_line(prev) <= 0;
  }

  void paragraph(cmark_node* n) {
    int first = start_line(n) - 1;
    int last = end_line(n) - 1;
    int col = start_col(n);
    if (first < 0) {
      cmark_node* table = cmark_node_next(n);
      if (table == nullptr || cmark_node_get_type(table) != CMARK_NODE_TABLE) return;
      first = start_line(table) - 1;
      last = header_line(table) - 1;
      col = start_col(table);
    }
    if (last < first) last = first;
    // A task's checkbox is not text (the tasklist extension drops it only
    // outside quotes, and only for [ ], [x], [X]).
    std::size_t min_first = 0;
    bool in_task = false;
    cmark_node* parent = cmark_node_parent(n);
    if (parent != nullptr && cmark_node_get_type(parent) == CMARK_NODE_ITEM) {
      const ItemStart st = item_start(parent);
      if (cmark_node_first_child(parent) == n && st.line == first) min_first = st.text;
      // Dataview keeps a checklist item's fields to the item (whatever the
      // Tasks plugin's settings make of it); a plain item's are the page's.
      in_task = st.task != 0;
    }
    scan_.begin(BlockKind::Paragraph, in_task);
    for (int line = std::max(first, next_line_); line <= last && line < lines_.count(); ++line) {
      std::size_t from =
          line == first ? std::max(first_start(line, col), min_first) : continuation_start(line);
      scan_.add(line, from, lines_[line].size());
    }
    next_line_ = std::max(next_line_, last + 1);
    scan_.scan();
  }

  void heading(cmark_node* n) {
    const int first = start_line(n) - 1;
    if (!valid_line(first) || first < next_line_) return;
    std::string_view s = lines_[first];
    const std::size_t c0 = first_start(first, start_col(n));
    std::size_t hashes = 0;
    while (c0 + hashes < s.size() && s[c0 + hashes] == '#') ++hashes;
    Heading h;
    h.level = cmark_node_get_heading_level(n);
    h.line = first_line_ + first;
    h.column = static_cast<int>(c0) + 1;
    const bool hidden = scan_.hidden();
    scan_.begin(BlockKind::Heading);
    if (hashes >= 1 && hashes <= 6 && (c0 + hashes == s.size() || is_blank(s[c0 + hashes]))) {
      const std::size_t a = skip_blanks(s, c0 + hashes);
      std::size_t b = s.size();
      while (b > a && is_blank(s[b - 1])) --b;
      std::size_t k = b;
      while (k > a && s[k - 1] == '#') --k;
      if (k == a || (k < b && is_blank(s[k - 1]))) b = k;  // closing `##` sequence
      while (b > a && is_blank(s[b - 1])) --b;
      h.raw = std::string(s.substr(a, b - a));
      scan_.add(first, a, b);
      next_line_ = first + 1;
    } else {
      // Setext: cmark's end line is past the underline, so look for it.
      const int bound = std::min(lines_.count(), std::max(end_line(n), first + 1) + 1);
      int line = first;
      for (; line < bound; ++line) {
        const std::size_t a = line == first ? c0 : continuation_start(line);
        std::string_view t = trim(lines_[line].substr(std::min(a, lines_[line].size())), kBlanks);
        if (line > first && !t.empty() && t.find_first_not_of(t[0]) == std::string_view::npos &&
            (t[0] == '=' || t[0] == '-'))
          break;
        if (!h.raw.empty()) h.raw += ' ';
        h.raw += t;
        scan_.add(line, a, lines_[line].size());
      }
      next_line_ = line + 1;
    }
    // cmark-gfm's text of a heading tame_inline_markup rewrote is not its
    // text: show the source's, links replaced, markup left as written.
    h.text = rewritten(first, next_line_ - 1)
                 ? std::string(trim(markdown_internal::replace_wikilinks(h.raw), kBlanks))
                 : display_text(n);
    scan_.scan();
    if (!hidden) {
      facts_->headings.push_back(std::move(h));
      heading_ends_.push_back(next_line_ - 1);
    }
  }

  // `<!-- goals-ignore rule ... -->` comments in an HTML block silence the line after it.
  void html_block(cmark_node* n) {
    if (scan_.hidden()) return;
    const int first = start_line(n) - 1;
    // cmark-gfm's end line of an HTML block closed by its end marker (`-->`)
    // is the line before that marker (and 0 for a one-line comment): count
    // the block's own lines instead.
    const char* literal = cmark_node_get_literal(n);
    if (literal == nullptr) return;
    const std::string_view lit(literal);
    int lines = static_cast<int>(std::count(lit.begin(), lit.end(), '\n'));
    if (!lit.empty() && lit.back() != '\n') ++lines;
    const int last = first + std::max(lines, 1) - 1;
    if (!valid_line(first) || !valid_line(last)) return;
    const std::string_view text = lines_.text().substr(
        lines_.offset(first), lines_.offset(last) + lines_[last].size() - lines_.offset(first));
    // The block's raw text keeps its line ends (CR LF too) when the comment
    // runs over several lines: they separate words like blanks.
    const auto space = [](char c) { return is_blank(c) || c == '\n' || c == '\r'; };
    for (std::size_t at = text.find("<!--"); at != std::string_view::npos;
         at = text.find("<!--", at + 4)) {
      const std::size_t close = text.find("-->", at + 4);
      std::string_view body = text.substr(
          at + 4, close == std::string_view::npos ? std::string_view::npos : close - at - 4);
      while (!body.empty() && space(body.front())) body.remove_prefix(1);
      constexpr std::string_view kIgnore = "goals-ignore";
      if (!body.starts_with(kIgnore)) continue;
      body.remove_prefix(kIgnore.size());
      if (!body.empty() && !space(body.front()) && body.front() != ':') continue;
      IgnoreComment c;
      c.line = first_line_ + last + 1;
      std::size_t i = 0;
      while (i < body.size()) {
        while (i < body.size() && (space(body[i]) || body[i] == ',' || body[i] == ':')) ++i;
        std::size_t j = i;
        while (j < body.size() && !space(body[j]) && body[j] != ',') ++j;
        if (j > i) c.rules.emplace_back(body.substr(i, j - i));
        i = j;
      }
      facts_->ignores.push_back(std::move(c));
    }
  }

 public:
  // Marks the headings with text between them and the next heading.
  void mark_answers() {
    auto& hs = facts_->headings;
    bool in_html = false, in_percent = false;
    for (std::size_t h = 0; h < hs.size(); ++h) {
      const int from = heading_ends_[h] + 1;
      const int to = h + 1 < hs.size() ? hs[h + 1].line - first_line_ : lines_.count();
      for (int l = from; l < to && !hs[h].has_text; ++l)
        hs[h].has_text = line_has_text(lines_[l], &in_html, &in_percent);
      in_html = in_percent = false;
    }
  }

 private:
  // Whether a line shows text once comments (`<!-- -->`, `%% %%`), quote and
  // list markers, an empty checkbox and thematic breaks are taken away.
  static bool line_has_text(std::string_view s, bool* in_html, bool* in_percent) {
    std::string kept;
    for (std::size_t i = 0; i < s.size();) {
      if (*in_html) {
        const std::size_t e = s.find("-->", i);
        if (e == std::string_view::npos) return false;
        *in_html = false;
        i = e + 3;
      } else if (*in_percent) {
        const std::size_t e = s.find("%%", i);
        if (e == std::string_view::npos) return false;
        *in_percent = false;
        i = e + 2;
      } else if (s.substr(i, 4) == "<!--") {
        *in_html = true;
        i += 4;
      } else if (s.substr(i, 2) == "%%") {
        *in_percent = true;
        i += 2;
      } else {
        kept += s[i++];
      }
    }
    std::string_view t = trim(kept, kBlanks);
    while (!t.empty() && t.front() == '>') t = trim(t.substr(1), kBlanks);
    for (bool again = true; again;) {
      again = false;
      if (const std::size_t m = marker_length(t, 0); m > 0) {
        t = trim(t.substr(m), kBlanks);
        again = true;
      }
      if (t.size() >= 3 && t[0] == '[' && t[2] == ']' && t[1] == ' ') {
        t = trim(t.substr(3), kBlanks);
        again = true;
      }
    }
    return t.find_first_not_of("-*_ \t") != std::string_view::npos;
  }

  // A heading's text as shown: cmark's plain text (markup dropped, links
  // shown as their text) with wiki-links shown as alias or target.
  static std::string display_text(cmark_node* heading) {
    std::string plain;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(heading));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* n = cmark_iter_get_node(it.get());
      const cmark_node_type type = cmark_node_get_type(n);
      if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
        if (const char* lit = cmark_node_get_literal(n)) plain += lit;
      } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
        plain += ' ';
      }
    }
    return std::string(trim(markdown_internal::replace_wikilinks(plain), kBlanks));
  }

  void table(cmark_node* n) {
    const bool stolen = stolen_header(n);
    for (cmark_node* row = cmark_node_first_child(n); row != nullptr; row = cmark_node_next(row)) {
      const bool header = row == cmark_node_first_child(n);
      const int line = header ? (stolen ? header_line(n) : start_line(n) - 1) : start_line(row) - 1;
      if (!valid_line(line) || line < next_line_) continue;
      const std::size_t from =
          header && !stolen ? first_start(line, start_col(n)) : continuation_start(line);
      cells(line, from);
      next_line_ = line + 1;
    }
  }

  // cmark's cell columns are garbage when the table took its header from a
  // paragraph, so rows are split here, at unescaped pipes as GFM does (even
  // inside code spans).
  void cells(int line, std::size_t from) {
    std::string_view s = lines_[line];
    std::size_t i = from;
    if (i < s.size() && s[i] == '|') ++i;
    while (i < s.size()) {
      const std::size_t a = i;
      while (i < s.size() && s[i] != '|') i += s[i] == '\\' && i + 1 < s.size() ? 2 : 1;
      const std::size_t b = std::min(i, s.size());
      std::size_t x = a;
      std::size_t y = b;
      while (x < y && is_blank(s[x])) ++x;
      while (y > x && is_blank(s[y - 1])) --y;
      if (x < y) {
        scan_.begin(BlockKind::TableCell);
        scan_.add(line, x, y);
        scan_.scan();
      }
      ++i;
    }
  }

  const Lines& lines_;
  std::string_view fed_;
  int first_line_;
  BodyFacts* facts_;
  const TaskSettings& tasks_;
  InlineScanner scan_;
  int quotes_ = 0;
  int items_ = 0;
  int next_line_ = 0;              // lines before it were read by an earlier block
  std::vector<int> heading_ends_;  // per heading in facts_: its last line (0-based)
};

BodyFacts parse_body_unguarded(std::string_view body, int first_line, const std::string& path,
                               Diagnostics* diags, const BodyLimits& limits,
                               std::size_t markup_budget, const TaskSettings& tasks) {
  BodyFacts facts;
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  if (body.size() >= (std::size_t{1} << 30)) {
    diags->push_back(make_diagnostic(findings::kFileTooLarge, path, 0, 0,
                                     "note body is larger than 1 GiB; not read",
                                     "Split the note into smaller notes."));
    return facts;
  }
  const Lines lines(body);
  if (auto deep = markdown_internal::find_deep_nesting(lines, limits.max_container_depth)) {
    diags->push_back(make_diagnostic(
        findings::kNoteTooDeep, path, first_line + deep->line, 1,
        "line is nested " + std::to_string(deep->depth) + " quotes and list items deep (limit " +
            std::to_string(limits.max_container_depth) + "); the note body was not read",
        "Flatten the nesting to at most " + std::to_string(limits.max_container_depth) +
            " levels of `>` quotes and list items."));
    return facts;
  }
  // cmark-gfm reads a copy with inline markup, costly tables and costly
  // reference definitions made plain text (see markdown_internal.h); the
  // facts come from the source, at the same positions.
  std::string fed =
      markdown_internal::tame_inline_markup(lines, markup_budget).value_or(std::string(body));
  report_costly_tables(markdown_internal::find_costly_tables(lines, limits), lines, first_line,
                       path, limits, &fed, diags);
  const auto references = markdown_internal::costly_reference_definitions(
      lines, fed, 4 * fed.size() + (std::size_t{16} << 20));
  for (std::size_t at : references) fed[at] = 'y';
  if (!references.empty()) {
    diags->push_back(make_diagnostic(
        findings::kNoteTooCostly, path, first_line + line_at(lines, references.front()), 1,
        std::to_string(references.size()) +
            " link reference definitions would be copied into more links than the note can "
            "afford; they were read as plain text",
        "Use inline links `[text](url)` or wiki-links instead of reference-style links."));
  }

  const Extensions& ext = extensions();
  // Everything cmark allocates for this note lives in the arena and goes at
  // once when `reset` leaves scope: no per-node malloc and free.
  const ArenaReset reset;
  CmarkRun run{fed, ext, nullptr};
  const std::size_t limit = limits.max_parse_memory + 32 * fed.size();
  if (!markdown_internal::parse_within(limit, &CmarkRun::parse, &run) || run.doc == nullptr) {
    diags->push_back(make_diagnostic(
        findings::kNoteTooCostly, path, first_line, 1,
        "reading the note body would take more than " + std::to_string(limit >> 20) +
            " MiB; the body was not read, only its front matter",
        "Split the note, or move pasted data (tables, exports) into attachments."));
    return facts;
  }
  cmark_node* doc = run.doc;
  Walker walker(lines, fed, first_line, &facts, tasks);
  walker.run(doc);
  walker.mark_answers();
  return facts;
}

}  // namespace

BodyFacts parse_body(std::string_view body, int first_line, const std::string& path,
                     Diagnostics* diags, const BodyLimits& limits, const TaskSettings& tasks) {
  return markdown_internal::parse_body_with_markup_budget(body, first_line, path, diags, limits,
                                                          markdown_internal::kMarkupBudget, tasks);
}

BodyFacts markdown_internal::parse_body_with_markup_budget(
    std::string_view body, int first_line, const std::string& path, Diagnostics* diags,
    const BodyLimits& limits, std::size_t markup_budget, const TaskSettings& tasks) {
  Diagnostics local;
  if (diags == nullptr) diags = &local;
  try {
    return parse_body_unguarded(body, first_line, path, diags, limits, markup_budget, tasks);
  } catch (...) {
    try {
      diags->push_back(make_diagnostic(findings::kUnreadable, path, 0, 0,
                                       "cannot read the note body: out of memory"));
    } catch (...) {
    }
    return {};
  }
}

}  // namespace goals
