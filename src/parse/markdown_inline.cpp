// Inline facts of a leaf block, read from its raw source text.
//
// cmark-gfm's inline source positions are not file positions: on a
// paragraph's continuation lines they are offsets from the paragraph's first
// column (wrong in lists, blockquotes and lazy lines), a backslash hard break
// stops the line count, a link spanning lines gets its start on the last line,
// and table cells count `\|` as one byte. So the block structure comes from
// cmark, and this scanner reads the inline constructs Obsidian gives meaning
// to straight from the source, where every byte has its exact column.
#include <algorithm>
#include <array>

#include "goals/support/text.h"
#include "parse/markdown_internal.h"
#include "support/utf8_internal.h"

namespace goals::markdown_internal {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_ascii_punct(unsigned char c) {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
         (c >= 123 && c <= 126);
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

// Bytes that can start something the scanner looks for.
constexpr std::array<bool, 256> make_interesting() {
  std::array<bool, 256> t{};
  for (char c : std::string_view("\n\\`%$![(#^<")) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kInteresting = make_interesting();

// Unicode punctuation and spaces that end a tag (letters, marks, digits and
// symbols such as emoji stay in it, as in Obsidian).
bool ends_tag(char32_t c) {
  if (c >= 0xA0 && c <= 0xBF) return c != 0xAA && c != 0xB5 && c != 0xBA;
  return c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2E00 && c <= 0x2E7F) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE1F) ||
         (c >= 0xFE30 && c <= 0xFE4F) || c == 0xFEFF || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string unescape_backslashes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && is_ascii_punct(static_cast<unsigned char>(s[i + 1])))
      ++i;
    out += s[i];
  }
  return out;
}

// Links with a scheme (`https:`, `mailto:`, `obsidian:`) or to `//host` are
// not files in the vault.
bool has_scheme(std::string_view d) {
  if (d.starts_with("//")) return true;
  if (d.empty() || !is_alpha(d[0])) return false;
  for (std::size_t i = 1; i < d.size() && i <= 32; ++i) {
    char c = d[i];
    if (c == ':') return true;
    if (!is_alnum(c) && c != '+' && c != '.' && c != '-') return false;
  }
  return false;
}

void split_fragments(std::string_view s, bool decode, Link* l) {
  std::size_t hash = s.find('#');
  auto piece = [&](std::string_view p) {
    return decode ? decode_uri(trim(p)) : std::string(trim(p));
  };
  l->target = piece(s.substr(0, hash));
  while (hash != npos) {
    std::size_t next = s.find('#', hash + 1);
    std::string_view part = trim(s.substr(hash + 1, next == npos ? npos : next - hash - 1));
    if (!part.empty()) {
      if (!l->subpath) l->subpath = LinkSubpath{};
      if (part[0] == '^') {
        l->subpath->block_id = piece(part.substr(1));
      } else {
        l->subpath->headings.push_back(piece(part));
      }
    }
    hash = next;
  }
}

bool is_valid_link(const Link& l) {
  return !l.target.empty() || !l.headings().empty() || !l.block_id().empty();
}

}  // namespace

std::string decode_uri(std::string_view s) {
  constexpr std::string_view kReserved = ";/?:@&=+$,#";
  std::string out;
  out.reserve(s.size());
  bool decoded = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      const char c = static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      if (kReserved.find(c) == std::string_view::npos) {
        out += c;
        decoded = true;
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  if (decoded && detail::first_invalid_utf8(out) != std::string::npos) return std::string(s);
  return out;
}

std::string replace_wikilinks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find("[[", i);
    if (open == npos) break;
    std::size_t close = text.find("]]", open + 2);
    if (close == npos) break;
    // The innermost opener before the closer, as the body scanner does.
    std::size_t inner = text.rfind("[[", close);
    if (inner != npos && inner > open) open = inner;
    out.append(text.substr(i, open - i));
    Link l = parse_wikilink_inner(text.substr(open + 2, close - open - 2));
    if (!is_valid_link(l)) {
      out.append(text.substr(open, close + 2 - open));
    } else if (!l.alias.empty()) {
      out += l.alias;
    } else if (!l.target.empty()) {
      out += l.target;
    } else if (!l.headings().empty()) {
      out += l.headings().back();
    } else {
      out += l.block_id();
    }
    i = close + 2;
  }
  out.append(text.substr(i));
  return out;
}

InlineScanner::InlineScanner(const Lines& lines, int first_line, BodyFacts* facts)
    : lines_(lines), first_line_(first_line), facts_(facts) {}

void InlineScanner::begin(BlockKind kind, bool in_task) {
  kind_ = kind;
  in_task_ = in_task;
  buf_.clear();
  segs_.clear();
}

void InlineScanner::add(int line, std::size_t col0, std::size_t end0) {
  std::string_view s = lines_[line];
  end0 = std::min(end0, s.size());
  col0 = std::min(col0, end0);
  if (!segs_.empty()) buf_ += '\n';
  segs_.push_back({line, col0, buf_.size()});
  buf_.append(s.substr(col0, end0 - col0));
}

std::size_t InlineScanner::segment_of(std::size_t pos) const {
  auto it = std::upper_bound(segs_.begin(), segs_.end(), pos,
                             [](std::size_t p, const Segment& s) { return p < s.buf; });
  return it == segs_.begin() ? 0 : static_cast<std::size_t>(it - segs_.begin() - 1);
}

int InlineScanner::line_of(std::size_t seg) const { return first_line_ + segs_[seg].line; }

int InlineScanner::column_of(std::size_t seg, std::size_t pos) const {
  return static_cast<int>(segs_[seg].col0 + (pos - segs_[seg].buf)) + 1;
}

std::size_t InlineScanner::body_offset(std::size_t pos) const {
  std::size_t seg = segment_of(pos);
  return lines_.offset(segs_[seg].line) + segs_[seg].col0 + (pos - segs_[seg].buf);
}

void InlineScanner::scan() {
  const std::size_t n = buf_.size();
  if (n == 0) return;
  runs_.clear();
  if (buf_.find('`') != npos) {
    for (std::size_t i = 0; i < n;) {
      if (buf_[i] != '`') {
        ++i;
        continue;
      }
      std::size_t e = i;
      while (e < n && buf_[e] == '`') ++e;
      runs_.emplace_back(e - i, i);
      i = e;
    }
    std::sort(runs_.begin(), runs_.end());
  }
  budget_ = static_cast<std::int64_t>(8 * n + 1024);
  wiki_fail_until_ = 0;
  wiki_known_start_ = wiki_known_end_ = 0;
  math_exhausted_ = html_comment_exhausted_ = false;

  // Most blocks hold no `::`: skip the per-line field check for them.
  line_fields_ = kind_ == BlockKind::Paragraph && buf_.find("::") != npos;
  if (line_fields_ && !hidden()) line_field(0);
  std::size_t i = 0;
  while (i < n) {
    if (in_comment_) {
      i = skip_comment(i);
    } else if (in_math_) {
      std::size_t close = buf_.find("$$", i);
      if (close == npos) return;
      in_math_ = false;
      i = close + 2;
    } else {
      while (i < n && !kInteresting[static_cast<unsigned char>(buf_[i])]) ++i;
      if (i < n) i = step(i);
    }
  }
}

std::size_t InlineScanner::skip_comment(std::size_t i) {
  const std::size_t n = buf_.size();
  while (i < n) {
    char c = buf_[i];
    if (c == '`') {
      i = code_span(i);
    } else if (c == '%' && i + 1 < n && buf_[i + 1] == '%') {
      in_comment_ = false;
      return i + 2;
    } else {
      ++i;
    }
  }
  return n;
}

std::size_t InlineScanner::code_span(std::size_t i) const {
  std::size_t e = i;
  while (e < buf_.size() && buf_[e] == '`') ++e;
  const std::size_t len = e - i;
  auto it = std::lower_bound(runs_.begin(), runs_.end(), std::make_pair(len, e));
  if (it != runs_.end() && it->first == len) return it->second + len;
  return e;
}

std::size_t InlineScanner::step(std::size_t i) {
  const std::size_t n = buf_.size();
  const char next = i + 1 < n ? buf_[i + 1] : '\0';
  switch (buf_[i]) {
    case '\n':
      if (line_fields_) line_field(i + 1);
      return i + 1;
    case '\\':
      return is_ascii_punct(static_cast<unsigned char>(next)) ? i + 2 : i + 1;
    case '`':
      return code_span(i);
    case '%':
      if (next != '%') return i + 1;
      in_comment_ = true;
      return i + 2;
    case '$':
      return dollar(i);
    case '!':
      if (next == '[') {
        std::size_t end =
            i + 2 < n && buf_[i + 2] == '[' ? wiki_link(i + 1, true) : markdown_link(i + 1, true);
        if (end != 0) return end;
      }
      return i + 1;
    case '[':
      if (next == '[') {
        std::size_t end = wiki_link(i, false);
        return end != 0 ? end : i + 1;
      }
      if (bracket_field(i)) return i + 1;  // the value may hold links: scan on inside
      if (std::size_t end = markdown_link(i, false); end != 0) return end;
      return i + 1;
    case '(':
      bracket_field(i);
      return i + 1;
    case '#':
      return tag(i);
    case '^':
      return block_id(i);
    case '<':
      return angle(i);
    default:
      return i + 1;
  }
}

// `$$` opens display math when another `$$` follows somewhere in the body;
// `$x$` is inline math (Obsidian/Pandoc rule: `$` then non-space opens,
// non-space then `$` not followed by a digit closes), so `$5 and $10` is prose.
std::size_t InlineScanner::dollar(std::size_t i) {
  const std::size_t n = buf_.size();
  if (i + 1 < n && buf_[i + 1] == '$') {
    if (!last_double_dollar_known_) {
      last_double_dollar_ = lines_.text().rfind("$$");
      last_double_dollar_known_ = true;
    }
    if (last_double_dollar_ != npos && last_double_dollar_ >= body_offset(i) + 2) in_math_ = true;
    return i + 2;
  }
  if (i + 1 >= n || is_space(buf_[i + 1]) || math_exhausted_) return i + 1;
  std::size_t j = i + 1;
  while (j < n) {
    char c = buf_[j];
    if (c == '\\') {
      j += 2;
    } else if (c == '`') {
      j = code_span(j);
    } else if (c == '$' && !is_space(buf_[j - 1]) && !(j + 1 < n && is_digit(buf_[j + 1]))) {
      return j + 1;
    } else {
      ++j;
    }
  }
  // No closer after i means none after any later opener either.
  math_exhausted_ = true;
  return i + 1;
}

bool InlineScanner::after_space(std::size_t p) const {
  if (p == 0) return true;
  char c = buf_[p - 1];
  if (c == ' ' || c == '\t' || c == '\n') return true;
  // U+00A0 NO-BREAK SPACE
  return p >= 2 && static_cast<unsigned char>(buf_[p - 2]) == 0xC2 &&
         static_cast<unsigned char>(c) == 0xA0;
}

std::size_t InlineScanner::wiki_link(std::size_t p, bool embed) {
  const std::size_t n = buf_.size();
  if (p < wiki_fail_until_) return 0;
  if (p != wiki_known_start_ || wiki_known_end_ == 0) {
    if (p < wiki_known_start_) return 0;  // a later `[[` owns the known closer
    std::size_t open = p;
    std::size_t q = p + 1;
    while (true) {
      if (q >= n || buf_[q] == '\n') {
        wiki_fail_until_ = q;  // no `]]` before the end of this line
        return 0;
      }
      if (buf_[q] == ']' && q + 1 < n && buf_[q + 1] == ']') break;
      if (buf_[q] == '[' && q + 1 < n && buf_[q + 1] == '[') open = q;
      ++q;
    }
    wiki_known_start_ = open;
    wiki_known_end_ = q + 2;
    if (open != p) return 0;
  }
  const std::size_t close = wiki_known_end_ - 2;
  Link l = parse_wikilink_inner(std::string_view(buf_).substr(p + 2, close - p - 2));
  if (!is_valid_link(l)) return 0;
  const std::size_t start = embed ? p - 1 : p;
  const std::size_t seg = segment_of(start);
  l.embed = embed;
  l.line = line_of(seg);
  l.column = column_of(seg, start);
  l.end_column = column_of(seg, close + 1);
  facts_->links.push_back(std::move(l));
  return close + 2;
}

// Links to URLs and to the note's own headings are skipped whole (their `#`
// and `[[` mean nothing to Obsidian) but not recorded.
std::size_t InlineScanner::markdown_link(std::size_t p, bool image) {
  const std::size_t n = buf_.size();
  if (budget_ <= 0) return 0;
  std::size_t q = p + 1;
  int depth = 1;
  for (; q < n; ++q) {
    char c = buf_[q];
    if (c == '\n') break;
    if (c == '\\' && q + 1 < n && buf_[q + 1] != '\n') {
      ++q;
    } else if (c == '[') {
      ++depth;
    } else if (c == ']' && --depth == 0) {
      break;
    }
  }
  budget_ -= static_cast<std::int64_t>(q - p);
  if (q + 1 >= n || buf_[q] != ']' || buf_[q + 1] != '(') return 0;
  const std::size_t text_end = q;
  // Every byte looked at past the text is charged, matched or not: an
  // unclosed `<` or title would otherwise be scanned again from each `[`.
  auto fail = [&] {
    budget_ -= static_cast<std::int64_t>(std::min(q, n) - text_end);
    return std::size_t{0};
  };
  q += 2;
  auto skip_blanks = [&] {
    while (q < n && (buf_[q] == ' ' || buf_[q] == '\t')) ++q;
  };
  skip_blanks();
  std::size_t d0 = q;
  std::size_t d1 = q;
  if (q < n && buf_[q] == '<') {
    d0 = ++q;
    while (q < n && buf_[q] != '>' && buf_[q] != '<' && buf_[q] != '\n')
      q += buf_[q] == '\\' && q + 1 < n && buf_[q + 1] != '\n' ? 2 : 1;
    if (q >= n || buf_[q] != '>') return fail();
    d1 = q++;
  } else {
    int parens = 0;
    while (q < n && !is_space(buf_[q]) && static_cast<unsigned char>(buf_[q]) >= 0x20) {
      char c = buf_[q];
      if (c == '\\' && q + 1 < n && is_ascii_punct(static_cast<unsigned char>(buf_[q + 1]))) {
        q += 2;
        continue;
      }
      if (c == '(') ++parens;
      if (c == ')' && parens-- == 0) break;
      ++q;
    }
    d1 = q;
  }
  skip_blanks();
  if (q < n && (buf_[q] == '"' || buf_[q] == '\'' || buf_[q] == '(')) {
    const char closer = buf_[q] == '(' ? ')' : buf_[q];
    for (++q; q < n && buf_[q] != closer && buf_[q] != '\n'; ++q)
      if (buf_[q] == '\\' && q + 1 < n && buf_[q + 1] != '\n') ++q;
    if (q >= n || buf_[q] != closer) return fail();
    ++q;
    skip_blanks();
  }
  if (q >= n || buf_[q] != ')') return fail();
  budget_ -= static_cast<std::int64_t>(q - text_end);

  std::string dest = unescape_backslashes(std::string_view(buf_).substr(d0, d1 - d0));
  std::string_view d = trim(dest);
  if (!d.empty() && d[0] != '#' && !has_scheme(d)) {
    Link l;
    split_fragments(d, true, &l);
    if (!l.target.empty()) {
      const std::size_t start = image ? p - 1 : p;
      const std::size_t seg = segment_of(start);
      l.alias = std::string(trim(std::string_view(buf_).substr(p + 1, text_end - p - 1)));
      l.embed = image;
      l.markdown = true;
      l.line = line_of(seg);
      l.column = column_of(seg, start);
      l.end_column = column_of(seg, q);
      facts_->links.push_back(std::move(l));
    }
  }
  return q + 1;
}

bool InlineScanner::bracket_field(std::size_t p) {
  const std::size_t n = buf_.size();
  const char open = buf_[p];
  const char close = open == '[' ? ']' : ')';
  std::size_t q = p + 1;
  // Stops at the next bracket, so key scans never overlap.
  while (q < n && !(buf_[q] == ':' && q + 1 < n && buf_[q + 1] == ':')) {
    char c = buf_[q];
    if (c == '[' || c == ']' || c == '(' || c == ')' || c == '\n') return false;
    ++q;
  }
  if (q >= n || budget_ <= 0) return false;
  std::string_view key = trim(std::string_view(buf_).substr(p + 1, q - p - 1));
  if (key.empty()) return false;
  const std::size_t v0 = q + 2;
  int depth = 1;
  std::size_t r = v0;
  for (; r < n && buf_[r] != '\n'; ++r) {
    char c = buf_[r];
    if (c == '\\' && r + 1 < n && buf_[r + 1] != '\n') {
      ++r;
    } else if (c == open) {
      ++depth;
    } else if (c == close && --depth == 0) {
      break;
    }
  }
  budget_ -= static_cast<std::int64_t>(r - p);
  if (r >= n || buf_[r] != close) return false;
  add_field(p, key, v0, r, false);
  return true;
}

void InlineScanner::add_field(std::size_t at, std::string_view key, std::size_t v0, std::size_t v1,
                              bool own_line) {
  const std::string_view raw = std::string_view(buf_).substr(v0, v1 - v0);
  const std::string_view value = trim(raw);
  const std::size_t value_at = value.empty() ? v1 : v0 + (value.data() - raw.data());
  const std::size_t seg = segment_of(at);
  Field f;
  f.key = std::string(key);
  f.value = std::string(value);
  f.line = line_of(seg);
  f.column = column_of(seg, at);
  f.value_column = column_of(seg, value_at);
  f.own_line = own_line;
  f.in_task = in_task_;
  facts_->fields.push_back(std::move(f));
}

void InlineScanner::line_field(std::size_t p) {
  const std::size_t n = buf_.size();
  std::size_t q = p;
  while (q < n && !(buf_[q] == ':' && q + 1 < n && buf_[q + 1] == ':')) {
    char c = buf_[q];
    if (c == '[' || c == ']' || c == '(' || c == ')' || c == '`' || c == '\n' || c == '$' ||
        (c == '%' && q + 1 < n && buf_[q + 1] == '%'))
      return;
    ++q;
  }
  if (q >= n) return;
  std::string_view key = trim(std::string_view(buf_).substr(p, q - p));
  if (key.empty()) return;
  std::size_t e = buf_.find('\n', q + 2);
  if (e == npos) e = n;
  add_field(p + (key.data() - (buf_.data() + p)), key, q + 2, e, true);
}

// As Obsidian: letters of any script, digits, `_`, `-`, `/`, and not only
// digits and `/` (`#1984` is not a tag).
std::size_t InlineScanner::tag(std::size_t p) {
  if (!after_space(p)) return p + 1;
  const std::size_t n = buf_.size();
  std::size_t q = p + 1;
  bool non_digit = false;
  while (q < n) {
    unsigned char c = static_cast<unsigned char>(buf_[q]);
    if (c < 0x80) {
      if (!is_alnum(static_cast<char>(c)) && c != '_' && c != '-' && c != '/') break;
      non_digit = non_digit || (!is_digit(static_cast<char>(c)) && c != '/');
      ++q;
      continue;
    }
    const std::size_t len = detail::utf8_len_at(buf_, q);
    if (len == 0 || ends_tag(detail::decode_at(buf_, q, len))) break;
    non_digit = true;
    q += len;
  }
  if (!non_digit) return q;
  const std::size_t seg = segment_of(p);
  facts_->tags.push_back({buf_.substr(p + 1, q - p - 1), line_of(seg), column_of(seg, p)});
  return q;
}

std::size_t InlineScanner::block_id(std::size_t p) {
  if (kind_ != BlockKind::Paragraph || !after_space(p)) return p + 1;
  const std::size_t n = buf_.size();
  std::size_t q = p + 1;
  while (q < n && (is_alnum(buf_[q]) || buf_[q] == '-')) ++q;
  if (q == p + 1) return p + 1;
  std::size_t r = q;
  while (r < n && (buf_[r] == ' ' || buf_[r] == '\t')) ++r;
  if (r != n) return q;
  const std::size_t seg = segment_of(p);
  facts_->block_ids.push_back({buf_.substr(p + 1, q - p - 1), line_of(seg), column_of(seg, p)});
  return q;
}

// The `#` and `[[` of HTML comments and autolinks are not Obsidian's.
std::size_t InlineScanner::angle(std::size_t p) {
  const std::size_t n = buf_.size();
  std::string_view b = buf_;
  if (b.substr(p, 4) == "<!--") {
    if (html_comment_exhausted_) return p + 1;
    std::size_t close = b.find("-->", p + 4);
    if (close == npos) {
      html_comment_exhausted_ = true;
      return p + 1;
    }
    return close + 3;
  }
  std::size_t q = p + 1;
  if (q >= n || !is_alpha(b[q])) return p + 1;
  while (q < n && q - p <= 33 && (is_alnum(b[q]) || b[q] == '+' || b[q] == '.' || b[q] == '-')) ++q;
  if (q >= n || b[q] != ':' || q - p < 3) return p + 1;
  while (q < n && b[q] != '>' && b[q] != '<' && static_cast<unsigned char>(b[q]) > 0x20) ++q;
  return q < n && b[q] == '>' ? q + 1 : p + 1;
}

}  // namespace goals::markdown_internal

namespace goals {

const std::vector<std::string>& Link::headings() const {
  static const std::vector<std::string> kNone;
  return subpath ? subpath->headings : kNone;
}

const std::string& Link::block_id() const {
  static const std::string kNone;
  return subpath ? subpath->block_id : kNone;
}

Link parse_wikilink_inner(std::string_view inner) {
  Link l;
  std::size_t bar = inner.find('|');
  std::string_view dest = inner.substr(0, bar);
  if (bar != std::string_view::npos) {
    // `[[A\|b]]`: the backslash only keeps a table from splitting the cell.
    if (!dest.empty() && dest.back() == '\\') dest.remove_suffix(1);
    l.alias = std::string(trim(inner.substr(bar + 1)));
  }
  markdown_internal::split_fragments(dest, false, &l);
  return l;
}

}  // namespace goals
