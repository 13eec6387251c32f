// Line splitting and the linear pre-scans that keep hostile notes away from
// cmark-gfm's worst cases (see BodyLimits).
#include <algorithm>
#include <array>
#include <cstring>

#include "parse/markdown_internal.h"

namespace goals::markdown_internal {

namespace {

bool is_blank_char(char c) { return c == ' ' || c == '\t'; }

// Columns of a GFM delimiter row (`| --- | :-: |`, also inside `>` quotes); 0 if it is not one.
std::size_t delimiter_columns(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n && (is_blank_char(s[i]) || s[i] == '>')) ++i;
  bool pipe = false;
  std::size_t cols = 0;
  if (i < n && s[i] == '|') {
    pipe = true;
    ++i;
  }
  while (true) {
    while (i < n && is_blank_char(s[i])) ++i;
    if (i == n) break;
    if (s[i] == ':') ++i;
    const std::size_t dashes = i;
    while (i < n && s[i] == '-') ++i;
    if (i == dashes) return 0;
    if (i < n && s[i] == ':') ++i;
    while (i < n && is_blank_char(s[i])) ++i;
    ++cols;
    if (i == n) break;
    if (s[i] != '|') return 0;
    pipe = true;
    ++i;
  }
  return pipe ? cols : 0;
}

bool is_blank_line(std::string_view s) {
  for (char c : s)
    if (!is_blank_char(c) && c != '>') return false;
  return true;
}

constexpr std::size_t npos = std::string_view::npos;

// What markup bytes become: not 'x', which would make `[!]` a task's `[x]`.
constexpr char kFiller = 'y';

// cmark-gfm's inline special characters (line endings aside) and `~`, which
// the strikethrough extension adds: each one ends a text node.
constexpr std::array<bool, 256> make_markup() {
  std::array<bool, 256> t{};
  for (char c : std::string_view("!&*<[\\]_`~")) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kMarkup = make_markup();

bool is_markup(char c) { return kMarkup[static_cast<unsigned char>(c)]; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
bool is_punct(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 33 && u <= 47) || (u >= 58 && u <= 64) || (u >= 91 && u <= 96) ||
         (u >= 123 && u <= 126);
}

// The container markers a line starts with (blanks, `>`, list markers), as
// find_deep_nesting reads them: the line's leaf block can start no later.
struct Prefix {
  std::size_t end = 0;
  bool heading = false;  // an ATX heading starts at `end`
};

Prefix container_prefix(std::string_view s) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (true) {
    while (i < n && is_blank_char(s[i])) ++i;
    if (i == n) break;
    std::size_t len = 0;
    if (s[i] == '>') {
      ++i;
      continue;
    }
    if (s[i] == '-' || s[i] == '*' || s[i] == '+') {
      len = 1;
    } else {
      std::size_t j = i;
      while (j < n && j - i < 10 && is_digit(s[j])) ++j;
      if (j > i && j - i <= 9 && j < n && (s[j] == '.' || s[j] == ')')) len = j + 1 - i;
    }
    if (len == 0 || (i + len < n && !is_blank_char(s[i + len]))) break;
    i += len;
  }
  Prefix p;
  p.end = i;
  std::size_t h = i;
  while (h < n && h - i < 7 && s[h] == '#') ++h;
  p.heading = h > i && h - i <= 6 && (h == n || is_blank_char(s[h]));
  return p;
}

// The list marker and the `[ ]` or `[x]` the tasklist extension finds on the
// line, as [first, last); it reads the line from its start, so a task in a
// quote is none.
std::pair<std::size_t, std::size_t> tasklist_checkbox(std::string_view s) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n && is_space(s[i])) ++i;
  const std::size_t marker = i;
  if (i < n && (s[i] == '-' || s[i] == '+' || s[i] == '*')) {
    ++i;
  } else {
    const std::size_t digits = i;
    while (i < n && is_digit(s[i])) ++i;
    if (i == digits || i == n) return {npos, npos};
    ++i;  // any byte
  }
  const std::size_t marker_end = i;
  while (i < n && is_space(s[i])) ++i;
  if (i == marker_end || i + 3 >= n || s[i] != '[' || s[i + 2] != ']' || !is_space(s[i + 3]) ||
      (s[i + 1] != ' ' && s[i + 1] != 'x' && s[i + 1] != 'X'))
    return {npos, npos};
  return {marker, i + 3};
}

// The first `*` or `_` of the line's longest suffix made only of that
// character and blanks, when it holds three or more: from there on the line
// is a thematic break (`* * *`, `___`) wherever cmark-gfm's containers end.
std::size_t thematic_start(std::string_view s) {
  std::size_t k = s.size();
  while (k > 0 && is_blank_char(s[k - 1])) --k;
  if (k == 0 || (s[k - 1] != '*' && s[k - 1] != '_')) return npos;
  const char c = s[k - 1];
  std::size_t count = 0;
  std::size_t first = npos;
  for (; k > 0 && (s[k - 1] == c || is_blank_char(s[k - 1])); --k) {
    if (s[k - 1] == c) {
      ++count;
      first = k - 1;
    }
  }
  return count >= 3 ? first : npos;
}

// Where the tag opening an HTML block of type 7 (`<a b="c">` or `</a>` alone
// on its line) stops matching cmark-gfm's grammar in `s`, from the `<` at i:
// the offending byte, or s.size() when the line ends too soon; npos when the
// whole line matches.
std::size_t html_tag_mismatch(std::string_view s, std::size_t i) {
  const std::size_t n = s.size();
  auto space = [&](std::size_t k) {
    return k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\v' || s[k] == '\f');
  };
  auto tag_name = [&](std::size_t k) {
    if (k >= n || !is_alpha(s[k])) return npos;
    for (++k; k < n && (is_alnum(s[k]) || s[k] == '-');) ++k;
    return k;
  };
  std::size_t p = i + 1;
  if (p < n && s[p] == '/') {
    p = tag_name(p + 1);
    if (p == npos) return i + 2;
    while (space(p)) ++p;
  } else {
    p = tag_name(p);
    if (p == npos) return i + 1;
    while (true) {
      std::size_t q = p;
      while (space(q)) ++q;
      if (q == p || q >= n || !(is_alpha(s[q]) || s[q] == '_' || s[q] == ':')) {
        p = q;
        break;
      }
      for (++q;
           q < n && (is_alnum(s[q]) || s[q] == ':' || s[q] == '.' || s[q] == '_' || s[q] == '-');)
        ++q;
      p = q;
      while (space(q)) ++q;
      if (q >= n || s[q] != '=') continue;
      for (++q; space(q);) ++q;
      if (q < n && (s[q] == '"' || s[q] == '\'')) {
        const std::size_t close = s.find(s[q], q + 1);
        if (close == npos) return n;
        p = close + 1;
        continue;
      }
      std::size_t e = q;
      while (e < n && !space(e) && std::string_view("\"'=<>`").find(s[e]) == npos && s[e] != '\0')
        ++e;
      if (e == q) return q;  // the byte that is no value decides, not the `=`
      p = e;
    }
    if (p < n && s[p] == '/') ++p;
  }
  if (p >= n || s[p] != '>') return p;
  for (++p; p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\f');) ++p;
  return p == n ? npos : p;
}

bool iequals(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] >= 'A' && a[i] <= 'Z' ? a[i] - 'A' + 'a' : a[i]) != lower[i]) return false;
  return true;
}

// The `<` of the first `</script>`, `</pre>`, `</style>` or `</textarea>`:
// such a line ends an HTML block of type 1.
std::size_t html_block_end_1(std::string_view s) {
  for (std::size_t i = s.find("</"); i != npos; i = s.find("</", i + 1)) {
    for (std::string_view name : {"script", "pre", "style", "textarea"}) {
      if (iequals(s.substr(i + 2, name.size()), name) && s.substr(i + 2 + name.size(), 1) == ">")
        return i;
    }
  }
  return npos;
}

// The steps of tame_line() over one line.
struct LineTamer {
  std::string_view s;
  char* dst;
  std::size_t n = s.size();

  void run() {
    const std::size_t i0 = container_prefix(s).end;  // markup before it is kept
    if (const std::size_t thematic = thematic_start(s); thematic <= i0) {
      thematic_break(thematic);
      return;
    }
    // A line that may start an HTML block of type 7 with a tag: up to where it
    // stops being one, its quotes, parentheses and escapes count as HTML.
    const bool tag = i0 + 1 < n && s[i0] == '<' && (is_alpha(s[i0 + 1]) || s[i0 + 1] == '/');
    const std::size_t mismatch = tag ? html_tag_mismatch(s, i0) : npos;
    const std::size_t html_end = !tag ? i0 : mismatch == npos ? n : mismatch + 1;
    mask_markup(i0);
    keep_escapes(i0, html_end);
    keep_block_starts(i0, mismatch);
    label(i0);
    if (const auto [first, after_box] = tasklist_checkbox(s); first != npos) {
      keep(first, after_box);
      std::size_t after = after_box;
      while (after < n && is_space(s[after])) ++after;
      label(after);
    }
  }

  // `* * * *` becomes `* *****`: still a thematic break, but two delimiter
  // runs; the first blanks stay for a link destination (`*`) on this line.
  // (Past the leaf's start it is no thematic break: its markers just go.)
  void thematic_break(std::size_t thematic) {
    std::size_t last = n;
    while (last > 0 && is_blank_char(s[last - 1])) --last;
    std::size_t i = thematic;
    while (i < last && !is_blank_char(s[i])) ++i;
    while (i < last && is_blank_char(s[i])) ++i;
    for (; i < last; ++i)
      if (is_blank_char(s[i])) dst[i] = s[thematic];
  }

  void mask_markup(std::size_t i0) {
    for (std::size_t i = i0; i < n; ++i) {
      if (!is_markup(s[i])) continue;
      dst[i] = kFiller;
      // GFM tables never split a cell at `\|`.
      if (s[i] == '\\' && i + 1 < n && s[i + 1] == '|') dst[i + 1] = kFiller;
    }
  }

  // Puts bytes back as written, with the backslash escaping the first one.
  void keep(std::size_t from, std::size_t to) {
    std::size_t slashes = 0;
    while (slashes < from && s[from - 1 - slashes] == '\\') ++slashes;
    for (std::size_t i = from - slashes % 2; i < std::min(to, n); ++i) dst[i] = s[i];
  }

  // Link destinations and titles, maybe over several lines: an escaped `(`
  // becomes `yy`, and so does every escaped `)`, `>`, `"` and `'` but the
  // last of each kind (a title ends at the last escaped closer when no other
  // comes, an HTML block of type 4 at any `>`). A title's quote counts as
  // escaped after any backslash, as in cmark-gfm's scanner. In a tag, where
  // they are HTML, the first of each kind stays and the others lose their
  // backslash. The first unescaped `<` past the leaf's start stays (it ends
  // a `<...>` destination begun above), and so does a `\` escaping the line
  // break in one.
  void keep_escapes(std::size_t i0, std::size_t html_end) {
    std::array<std::size_t, 4> last{npos, npos, npos, npos};  // the backslash before it
    std::array<bool, 4> in_tag{};
    auto escaped = [&](std::size_t slash, std::size_t kind) {
      if (slash + 1 <= html_end) {
        if (kind < in_tag.size() && !in_tag[kind]) keep(slash, slash + 2);
        if (kind < in_tag.size()) in_tag[kind] = true;
        return;
      }
      dst[slash + 1] = kFiller;
      if (kind < last.size()) last[kind] = slash;
    };
    for (std::size_t i = i0, angle = 0; i < n; ++i) {
      if (s[i] == '<' && i > i0 && angle++ == 0) keep(i, i + 1);
      if ((s[i] == '"' || s[i] == '\'') && i > i0 && s[i - 1] == '\\')
        escaped(i - 1, s[i] == '"' ? 2 : 3);
      if (s[i] != '\\') continue;
      if (i + 1 == n) keep(i, n);
      if (i + 1 >= n || !is_punct(s[i + 1])) continue;
      if (s[++i] == ')' || s[i] == '>' || s[i] == '(')
        escaped(i - 1, s[i] == ')' ? 0 : s[i] == '>' ? 1 : 4);
      if (s[i] == '"' || s[i] == '\'') escaped(i - 1, s[i] == '"' ? 2 : 3);
    }
    for (std::size_t at : last)
      if (at != npos) keep(at, at + 2);
  }

  // What starts or ends a code fence or an HTML block stays.
  void keep_block_starts(std::size_t i0, std::size_t mismatch) {
    if (i0 < n && (s[i0] == '`' || s[i0] == '~')) {
      // A fence; a backtick one only if no backtick follows (else all of them go).
      std::size_t e = i0;
      while (e < n && s[e] == s[i0]) ++e;
      if (e - i0 >= 3 && (s[i0] == '~' || s.find('`', e) == npos)) keep(i0, e);
    }
    if (i0 < n && s[i0] == '<') {
      // `<![CDATA[`, `<!--`, `<!X`, `<?`, `<tag`: HTML blocks of types 1 to 7;
      // and `<*` must not become the tag `<y`.
      const bool two = i0 + 1 < n && is_markup(s[i0 + 1]);
      keep(i0, s.substr(i0, 9) == "<![CDATA[" ? i0 + 9 : two ? i0 + 2 : i0 + 1);
      if (mismatch != npos) keep(mismatch, mismatch + 1);
    }
    if (const std::size_t e = html_block_end_1(s); e != npos) keep(e, e + 1);
    if (const std::size_t e = s.find("]]>"); e != npos) keep(e, e + 2);  // type 5 end
  }

  // A `<...>` destination ends at the first `>` and fails at a `<`.
  void destination(std::size_t i) {
    while (i < n && is_blank_char(s[i])) ++i;
    if (i >= n || s[i] != '<') return;
    keep(i, i + 1);
    for (++i; i < n && s[i] != '>'; ++i) {
      if (s[i] == '\\') {
        ++i;
      } else if (s[i] == '<') {
        keep(i, i + 1);
        return;
      }
    }
  }

  // The first unescaped bracket decides whether a link reference
  // definition's label (up to 999 bytes, maybe from an earlier line) ends on
  // this line, and the next one whether one that starts here ends here. A
  // task's checkbox may be the label or come before it.
  void label(std::size_t from) {
    for (std::size_t j = from; j < n && j - from <= 1001; ++j) {
      if (s[j] == '\\' && j + 1 < n && is_punct(s[j + 1])) {
        ++j;
      } else if (s[j] == '[' || s[j] == ']') {
        keep(j, j + 1);
        if (s[j] == ']' && j + 1 < n && s[j + 1] == ':') destination(j + 2);
        if (s[j] == ']' || j != from) return;
      }
    }
  }
};

// Rewrites line `s` into `dst` (a copy of it): each markup byte becomes 'y',
// except those that can decide the block structure, so cmark-gfm builds the
// same blocks without the inline nodes.
void tame_line(std::string_view s, char* dst) { LineTamer{s, dst}.run(); }

std::size_t markup_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += is_markup(c) ? 1 : 0;
  return n;
}

}  // namespace

Lines::Lines(std::string_view text) : text_(text) {
  const std::size_t n = text.size();
  const bool has_cr = std::memchr(text.data(), '\r', n) != nullptr;
  std::size_t i = 0;
  start_.push_back(0);
  while (true) {
    std::size_t eol = n;
    if (!has_cr) {
      const void* p = std::memchr(text.data() + i, '\n', n - i);
      if (p != nullptr) eol = static_cast<std::size_t>(static_cast<const char*>(p) - text.data());
    } else {
      for (std::size_t k = i; k < n; ++k) {
        if (text[k] == '\n' || text[k] == '\r') {
          eol = k;
          break;
        }
      }
    }
    end_.push_back(static_cast<std::uint32_t>(eol));
    if (eol == n) break;
    std::size_t next =
        text[eol] == '\r' && eol + 1 < n && text[eol + 1] == '\n' ? eol + 2 : eol + 1;
    if (next >= n) break;
    start_.push_back(static_cast<std::uint32_t>(next));
    i = next;
  }
}

std::string_view Lines::operator[](int i) const {
  if (i < 0 || i >= count()) return {};
  const auto k = static_cast<std::size_t>(i);
  return text_.substr(start_[k], end_[k] - start_[k]);
}

std::optional<DeepLine> find_deep_nesting(const Lines& lines, int max_depth) {
  // Content columns of the list items open above, estimated from indentation:
  // a staircase of items (one marker per line, each indented further) nests
  // as deep as markers on one line do, and costs cmark as much.
  std::vector<std::size_t> open_items;
  for (int l = 0; l < lines.count(); ++l) {
    std::string_view s = lines[l];
    const std::size_t n = s.size();
    std::size_t i = 0;
    std::size_t col = 0;  // virtual column (tab stops of 4)
    auto skip_blanks = [&] {
      for (; i < n && is_blank_char(s[i]); ++i) col = s[i] == '\t' ? (col / 4 + 1) * 4 : col + 1;
    };
    int quotes = 0;
    skip_blanks();
    while (i < n && s[i] == '>') {
      ++quotes;
      ++i;
      ++col;
      skip_blanks();
    }
    if (i == n) continue;  // blank lines close nothing
    while (!open_items.empty() && col < open_items.back()) open_items.pop_back();
    while (i < n) {
      const char c = s[i];
      std::size_t len = 0;
      if (c == '>') {
        ++quotes;
        len = 1;
      } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == n || is_blank_char(s[i + 1]))) {
        len = 1;
      } else {
        std::size_t j = i;
        while (j < n && j - i < 10 && s[j] >= '0' && s[j] <= '9') ++j;
        if (j > i && j - i <= 9 && j < n && (s[j] == '.' || s[j] == ')') &&
            (j + 1 == n || is_blank_char(s[j + 1])))
          len = j + 1 - i;
      }
      if (len == 0) break;
      i += len;
      col += len;
      const std::size_t marker_end = col;
      skip_blanks();
      if (c != '>') open_items.push_back(col - marker_end > 4 || i == n ? marker_end + 1 : col);
    }
    const std::size_t depth = open_items.size() + static_cast<std::size_t>(quotes);
    if (depth > static_cast<std::size_t>(max_depth)) return DeepLine{l, static_cast<int>(depth)};
  }
  return std::nullopt;
}

namespace {

// The cells GFM splits a table row into: `|`-separated, an outer `|` on
// either side dropped, `\|` no separator.
std::size_t row_cells(std::string_view s) {
  std::size_t i = container_prefix(s).end;
  std::size_t e = s.size();
  while (e > i && is_blank_char(s[e - 1])) --e;
  if (i < e && s[i] == '|') ++i;
  if (e > i && s[e - 1] == '|' && (e < 2 || s[e - 2] != '\\')) --e;
  std::size_t cells = 1;
  for (std::size_t k = i; k < e; ++k) {
    if (s[k] == '\\') {
      ++k;
    } else if (s[k] == '|') {
      ++cells;
    }
  }
  return cells;
}

// A line no paragraph or table continues past: blank, or an ATX heading.
bool ends_stretch(std::string_view s) { return is_blank_line(s) || container_prefix(s).heading; }

}  // namespace

std::vector<CostlyTable> find_costly_tables(const Lines& lines, const BodyLimits& limits) {
  // cmark-gfm re-reads a paragraph in time of its bytes x its lines for each
  // `|---|` row; within these limits that stays below ~5 ms a stretch.
  constexpr std::size_t kMaxLeadCost = std::size_t{1} << 22;
  constexpr int kMaxAttempts = 4;
  std::vector<CostlyTable> found;
  if (lines.text().find('|') == npos) return found;
  const int count = lines.count();
  std::size_t cells = 0;
  int start = 0;
  while (start < count) {
    if (ends_stretch(lines[start])) {
      ++start;
      continue;
    }
    // One stretch [start, end): its widest line, then its `|---|` rows.
    int end = start;
    while (end < count && !ends_stretch(lines[end])) ++end;
    std::size_t widest = 0;  // cells of the stretch's widest line, once a table is seen
    auto widest_line = [&] {
      if (widest == 0)
        for (int k = start; k < end; ++k) widest = std::max(widest, row_cells(lines[k]));
      return widest;
    };
    int attempts = 0;
    bool open = false;  // a table (by its header's cells) is open: such rows are its rows
    for (int l = start + 1; l < end; ++l) {
      const std::string_view s = lines[l];
      if (s.find('|') == npos) continue;
      const std::size_t cols = delimiter_columns(s.substr(container_prefix(s).end));
      if (cols == 0) continue;
      CostlyTable t;
      t.line = l;
      t.columns = cols;
      t.rows = static_cast<std::size_t>(end - l - 1);
      t.lead_lines = static_cast<std::size_t>(l - start);
      const std::size_t lead_bytes = lines.offset(l) - lines.offset(start);
      bool costly = true;
      if (attempts++ >= kMaxAttempts) {
        t.why = TableCost::Repeated;
      } else if (open) {
        costly = false;
      } else if (t.lead_lines > limits.max_table_lead_lines ||
                 lead_bytes * t.lead_lines > kMaxLeadCost) {
        t.why = TableCost::LongLead;
      } else if (widest_line() > limits.max_table_columns) {
        t.why = TableCost::Columns;
        t.columns = widest;
      } else if (cols * (t.rows + 1) >
                 limits.max_table_cells - std::min(cells, limits.max_table_cells)) {
        t.why = TableCost::Cells;
      } else {
        // 64-bit products cannot overflow: both factors are below 2^32.
        cells += cols * (t.rows + 1);
        costly = false;
        open = row_cells(lines[l - 1]) == cols;
      }
      if (costly) found.push_back(t);
    }
    start = end;
  }
  return found;
}

void unmake_delimiter_row(const Lines& lines, int line, std::string* fed) {
  const std::string_view s = lines[line];
  const std::size_t i = s.find_first_of("-:", container_prefix(s).end);
  if (i != npos) (*fed)[lines.offset(line) + i] = kFiller;
}

std::vector<std::size_t> costly_reference_definitions(const Lines& lines, std::string_view fed,
                                                      std::size_t limit) {
  if (fed.find("]:") == npos) return {};
  const std::size_t uses = static_cast<std::size_t>(std::count(fed.begin(), fed.end(), ']'));
  if (uses == 0) return {};
  std::vector<std::size_t> starts;
  std::size_t largest = 0;
  const int count = lines.count();
  std::size_t stretch_end = 0;  // byte offset where the current stretch ends
  for (int l = 0; l < count; ++l) {
    const std::size_t at = lines.offset(l);
    const std::string_view s = fed.substr(at, lines[l].size());
    if (at >= stretch_end) {
      int e = l;
      while (e < count && !is_blank_line(lines[e])) ++e;
      stretch_end = e < count ? lines.offset(e) : fed.size();
    }
    const std::size_t i = container_prefix(s).end;
    if (i >= s.size() || s[i] != '[') continue;
    const std::size_t close = s.find("]:", i);
    if (close == npos || close - i > 1001) continue;
    starts.push_back(at + i);
    largest = std::max(largest, stretch_end - (at + close));
  }
  if (starts.empty() || uses <= limit / std::max<std::size_t>(largest, 1)) return {};
  return starts;
}

namespace {

// A setext heading's underline (`===` or `---`, after quote markers and blanks).
bool is_setext_underline(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (is_blank_char(s[i]) || s[i] == '>')) ++i;
  if (i == s.size() || (s[i] != '=' && s[i] != '-')) return false;
  const char c = s[i];
  while (i < s.size() && s[i] == c) ++i;
  while (i < s.size() && is_blank_char(s[i])) ++i;
  return i == s.size();
}

}  // namespace

std::optional<std::string> tame_inline_markup(const Lines& lines, std::size_t budget) {
  if (budget == npos) return std::nullopt;
  const int count = lines.count();
  std::optional<std::string> out;
  std::size_t left = budget;        // markup cmark-gfm may still read, in all
  std::vector<std::size_t> markup;  // per line of the stretch
  std::vector<bool> heading;        // per line of the stretch: a heading's text
  int start = 0;
  while (start < count) {
    if (is_blank_line(lines[start])) {
      ++start;
      continue;
    }
    // A stretch of non-blank lines holds whole paragraphs, headings and
    // tables: within kStretchMarkup, cmark-gfm reads it as written.
    int end = start;
    std::size_t total = 0;
    markup.clear();
    for (; end < count && !is_blank_line(lines[end]); ++end) {
      markup.push_back(markup_count(lines[end]));
      total += markup.back();
    }
    if (total <= kStretchMarkup && total <= left) {
      left -= total;
      start = end;
      continue;
    }
    // Past it, only headings keep their markup: ATX heading lines, and the
    // lines an underline makes a setext heading.
    heading.assign(markup.size(), false);
    int unit = start;
    for (int l = start; l < end; ++l) {
      if (container_prefix(lines[l]).heading) {
        heading[static_cast<std::size_t>(l - start)] = true;
        unit = l + 1;
      } else if (is_setext_underline(lines[l])) {
        for (int k = unit; k < l; ++k) heading[static_cast<std::size_t>(k - start)] = true;
        unit = l + 1;
      }
    }
    std::size_t kept = 0;
    for (int l = start; l < end; ++l) {
      const std::size_t m = markup[static_cast<std::size_t>(l - start)];
      if (m == 0) continue;
      if (heading[static_cast<std::size_t>(l - start)] && m <= kHeadingMarkup &&
          kept + m <= kStretchMarkup && m <= left) {
        kept += m;
        left -= m;
        continue;
      }
      if (!out) out.emplace(lines.text());
      tame_line(lines[l], out->data() + lines.offset(l));
    }
    start = end;
  }
  return out;
}

}  // namespace goals::markdown_internal
