#include "goals/parse/frontmatter.h"

#include <yaml-cpp/yaml.h>

#include <cstring>
#include <new>
#include <unordered_map>

#include <fmt/format.h>

#include "goals/support/rule_ids.h"
#include "goals/support/text.h"
#include "parse/frontmatter_internal.h"
#include "support/path_internal.h"
#include "support/utf8_internal.h"

namespace goals {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// A line of `text` starting at `pos`: its content without the line ending
// (`\n`, `\r\n` or a lone `\r`) and where the next line starts.
struct LineSpan {
  std::string_view content;
  std::size_t next = 0;  // text.size() + 1 when this was the last line
};

LineSpan line_from(std::string_view text, std::size_t pos) {
  const std::size_t end = find_line_end(text, pos);
  const std::size_t eol = line_ending_size(text, end);
  return {text.substr(pos, end - pos), eol == 0 ? text.size() + 1 : end + eol};
}

bool is_fence(std::string_view line) {
  if (line.size() < 3) return false;
  std::string_view mark = line.substr(0, 3);
  if (mark != "---" && mark != "...") return false;
  for (char c : line.substr(3)) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

// The opening `---` line, where problems with the front matter as a whole point.
int fence_line(int first_line) { return first_line > 1 ? first_line - 1 : 1; }

// ---------------------------------------------------------------------------
// Pre-scan: the guards that must run before yaml-cpp sees the text. A light
// lexer, not a YAML parser: it tracks quotes, flow brackets, comments, block
// scalars and block indentation well enough to bound nesting and to find a
// quote that swallows the following keys (yaml-cpp 0.7.0 accepts an
// unterminated quote at the end of input without complaint).

struct PrescanError {
  int line = 0;  // 0-based within the yaml
  int col = 0;   // 0-based byte column
  std::string message;
  std::string help;
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

// `key:` at column 1 followed by a space or the line's end.
bool looks_like_key_line(std::string_view line) {
  if (line.empty()) return false;
  static constexpr std::string_view kNotKeyStart = " \t#-\"'[]{},&*!|>%@`?:";
  if (kNotKeyStart.find(line[0]) != std::string_view::npos) return false;
  for (std::size_t i = 1; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"' || c == '\'' || c == '#') return false;
    if (c == ':') return i + 1 == line.size() || is_space(line[i + 1]);
  }
  return false;
}

// Only spaces and tabs.
bool is_blank(std::string_view s) {
  for (char c : s)
    if (!is_space(c)) return false;
  return true;
}

// The pre-scan's state, carried from line to line. Every step returns false,
// with the error filled in, when a guard trips.
class Prescan {
 public:
  Prescan(int first_line, const FrontMatterLimits& limits, PrescanError* err)
      : first_line_(first_line),
        max_nesting_(limits.max_nesting),
        stack_cap_(std::min(64, limits.max_nesting + 2)),
        err_(err) {}

  bool run(std::string_view yaml) {
    for (std::size_t pos = 0; pos <= yaml.size(); ++line_no_) {
      const LineSpan ls = line_from(yaml, pos);
      pos = ls.next;
      if (pos > yaml.size() && ls.content.empty() && quote_ == 0) break;
      if (!scan_line(ls.content)) return false;
    }
    if (quote_ == 0) return true;
    return fail(quote_line_, quote_col_, "the quote opened here is never closed", close_help());
  }

 private:
  bool scan_line(std::string_view line) {
    if (quote_ != 0) {
      if (looks_like_key_line(line)) return swallowed_key(line);
    } else if (block_scalar_indent_ >= 0) {
      if (in_block_scalar(line)) return true;
      block_scalar_indent_ = -1;
    }
    std::size_t i = 0;
    int indent = 0;
    int depth = block_size_ > 0 ? block_size_ - 1 : 0;
    if (quote_ == 0 && flow_depth_ == 0) {
      while (i < line.size() && line[i] == ' ') ++i;
      const std::string_view rest = line.substr(i);
      if (rest.empty() || rest[0] == '#' || is_blank(rest)) return true;
      indent = static_cast<int>(i);
      if (!indentation_level(indent) || !compact_levels(line, &i)) return false;
      depth = block_size_ - 1;
      if (depth > max_nesting_) return nesting_error(static_cast<int>(i), depth);
    }
    return tokens(line, i, depth, indent);
  }

  // A line that looks like `key:` while a quote from an earlier line is open.
  bool swallowed_key(std::string_view line) {
    const std::size_t colon = line.find(':');
    return fail(quote_line_, quote_col_,
                fmt::format("the quote opened here is never closed, so `{}:` on line {} is read "
                            "as part of its text",
                            line.substr(0, colon), first_line_ + line_no_),
                close_help());
  }

  // Blank lines and lines indented past its parent belong to a `|`/`>` scalar.
  bool in_block_scalar(std::string_view line) const {
    std::size_t ind = 0;
    while (ind < line.size() && line[ind] == ' ') ++ind;
    return is_blank(line) || static_cast<int>(ind) > block_scalar_indent_;
  }

  // Closes the block levels deeper than `indent` and opens one at it.
  bool indentation_level(int indent) {
    while (block_size_ > 0 && block_stack_[block_size_ - 1] > indent) --block_size_;
    if (block_size_ > 0 && block_stack_[block_size_ - 1] == indent) return true;
    if (block_size_ == stack_cap_) return nesting_error(indent, max_nesting_ + 1);
    block_stack_[block_size_++] = indent;
    return true;
  }

  // Compact nested collections on one line: in `- - x` the second dash opens
  // a level that no indentation shows. Moves *i past the indicators.
  bool compact_levels(std::string_view line, std::size_t* i) {
    auto indicator = [&](std::size_t k) {
      return k < line.size() && (line[k] == '-' || line[k] == '?') &&
             (k + 1 == line.size() || is_space(line[k + 1]));
    };
    while (indicator(*i)) {
      ++*i;
      while (*i < line.size() && is_space(line[*i])) ++*i;
      if (!indicator(*i)) break;
      const int col = static_cast<int>(*i);
      if (block_size_ == stack_cap_) return nesting_error(col, max_nesting_ + 1);
      block_stack_[block_size_++] = col;
      if (block_size_ - 1 > max_nesting_) return nesting_error(col, block_size_ - 1);
    }
    return true;
  }

  // The rest of the line from `i`, at block depth `depth`: quotes, flow
  // brackets, comments and the start of block scalars.
  bool tokens(std::string_view line, std::size_t i, int depth, int indent) {
    bool token_start = true;  // the next char may open a quote, bracket or block scalar
    for (; i < line.size(); ++i) {
      const char c = line[i];
      if (quote_ != 0) {
        i = past_quoted(line, i);
        if (quote_ == 0) token_start = false;
        continue;
      }
      if (is_space(c)) continue;
      if (c == '#' && (i == 0 || is_space(line[i - 1]))) break;
      if ((c == '"' || c == '\'') && token_start) {
        quote_ = c;
        quote_line_ = line_no_;
        quote_col_ = static_cast<int>(i);
        continue;
      }
      if ((c == '[' || c == '{') && (token_start || flow_depth_ > 0)) {
        ++flow_depth_;
        if (depth + flow_depth_ > max_nesting_) {
          return nesting_error(static_cast<int>(i), depth + flow_depth_);
        }
        token_start = true;
        continue;
      }
      if ((c == ']' || c == '}') && flow_depth_ > 0) {
        --flow_depth_;
        token_start = false;
        continue;
      }
      if ((c == ',' || c == ':') && flow_depth_ > 0) {
        token_start = true;
        continue;
      }
      if (c == ':' && (i + 1 == line.size() || is_space(line[i + 1]))) {
        token_start = true;
        continue;
      }
      if ((c == '|' || c == '>') && token_start && flow_depth_ == 0 &&
          starts_block_scalar(line, i)) {
        block_scalar_indent_ = indent;
        break;
      }
      token_start = false;
    }
    return true;
  }

  // Where the open quote's text on this line ends: at its closing quote (and
  // then the quote is closed) or at the end of the line.
  std::size_t past_quoted(std::string_view line, std::size_t i) {
    for (; i < line.size(); ++i) {
      if (quote_ == '"' && line[i] == '\\') {
        ++i;
      } else if (line[i] == quote_) {
        if (quote_ == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;
          continue;
        }
        quote_ = 0;
        return i;
      }
    }
    return i;
  }

  // `|` or `>` at line[i] with its indicators (`-`, `+`, digits) and then a
  // space or the line's end.
  static bool starts_block_scalar(std::string_view line, std::size_t i) {
    std::size_t j = i + 1;
    while (j < line.size() &&
           (line[j] == '-' || line[j] == '+' || (line[j] >= '0' && line[j] <= '9'))) {
      ++j;
    }
    return j == line.size() || is_space(line[j]);
  }

  std::string close_help() const {
    return fmt::format("Close the value with a matching {} before the end of its line.", quote_);
  }

  bool nesting_error(int col, int depth) {
    return fail(
        line_no_, col,
        fmt::format("front matter nests {} levels deep; at most {} are read", depth, max_nesting_),
        "Flatten the properties: goals reads top-level keys holding a value or a list of "
        "values.");
  }

  bool fail(int line, int col, std::string message, std::string help) {
    err_->line = line;
    err_->col = col;
    err_->message = std::move(message);
    err_->help = std::move(help);
    return false;
  }

  const int first_line_;
  const int max_nesting_;
  const int stack_cap_;  // a limit above 62 acts as 62
  PrescanError* err_;
  int line_no_ = 0;
  int block_stack_[64];  // indentation columns of open block levels
  int block_size_ = 0;
  int flow_depth_ = 0;
  char quote_ = 0;  // the open quote character, 0 if none
  int quote_line_ = 0, quote_col_ = 0;
  int block_scalar_indent_ = -1;  // parent indent while inside a `|`/`>` scalar
};

}  // namespace

FrontMatterSplit split_front_matter(std::string_view text) {
  FrontMatterSplit out;
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  // The body never includes the BOM: columns do not count it.
  out.body = text;
  out.body_first_line = 1;

  // `---` alone on the first line, whatever ends it; at the text's end it
  // opens nothing.
  if (!text.starts_with("---")) return out;
  const std::size_t open_len = 3 + line_ending_size(text, 3);
  if (open_len == 3) return out;

  int line_no = 2;
  for (std::size_t pos = open_len; pos < text.size(); ++line_no) {
    LineSpan ls = line_from(text, pos);
    if (is_fence(ls.content)) {
      out.present = true;
      out.yaml = text.substr(open_len, pos - open_len);
      out.yaml_first_line = 2;
      std::size_t body_start = std::min(ls.next, text.size());
      out.body = text.substr(body_start);
      out.body_first_line = line_no + 1;
      return out;
    }
    pos = ls.next;
  }
  out.unclosed = true;
  return out;
}

const RawProperty* RawProperties::find(std::string_view key) const {
  for (const auto& [k, v] : entries) {
    if (k == key) return &v;
  }
  return nullptr;
}

namespace detail {

namespace {

// ---------------------------------------------------------------------------
// The simple reader. yaml-cpp costs several times what cmark-gfm spends on a
// whole note, so the shapes Obsidian itself writes are read here; anything
// outside them (or anything this code is not sure yaml-cpp reads the same
// way) returns false and goes to yaml-cpp.

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

bool is_null_word(std::string_view s) {
  return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Characters that make a plain scalar's first byte an indicator.
constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";

bool has_control(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
  }
  return false;
}

// After a value: nothing, spaces, or spaces then a comment.
bool only_trailer(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i == rest.size()) return true;
  return rest[i] == '#' && i > 0;
}

// A one-line quoted scalar at line[i]; sets *end past the closing quote.
bool quoted(std::string_view line, std::size_t i, std::string* text, std::size_t* end) {
  char q = line[i];
  text->clear();
  for (std::size_t k = i + 1; k < line.size(); ++k) {
    char c = line[k];
    if (q == '"' && c == '\\') return false;  // escapes: leave to yaml-cpp
    if (c == q) {
      if (q == '\'' && k + 1 < line.size() && line[k + 1] == '\'') {
        text->push_back('\'');
        ++k;
        continue;
      }
      *end = k + 1;
      return !has_control(*text);
    }
    text->push_back(c);
  }
  return false;  // spans lines
}

struct SimpleReader {
  std::string_view yaml;
  int first_line;
  int budget;

  bool spend(int n) { return (budget -= n) >= 0; }

  Scalar at(int line, std::size_t col) const {
    Scalar s;
    s.line = first_line + line;
    s.column = static_cast<int>(col) + 1;
    return s;
  }

  // A value in block context at line[i] (i at a non-space). `flow_ok`: a
  // `[...]` list may stand here. Fills `p` (shape and items).
  bool block_value(std::string_view line, int ln, std::size_t i, bool flow_ok, RawProperty* p) {
    char c = line[i];
    if (c == '"' || c == '\'') {
      Scalar s = at(ln, i);
      std::size_t end = 0;
      if (!quoted(line, i, &s.text, &end) || !only_trailer(line.substr(end))) return false;
      s.quoted = true;
      p->shape = RawProperty::Shape::Scalar;
      p->items.push_back(std::move(s));
      return true;
    }
    if (c == '[') return flow_ok && flow_list(line, ln, i, p);
    if (kIndicators.find(c) != std::string_view::npos) return false;
    std::string_view v = line.substr(i);
    if (std::size_t hash = v.find(" #"); hash != std::string_view::npos) v = v.substr(0, hash);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (v.empty() || v.back() == ':' || v.find(": ") != std::string_view::npos ||
        v.find('\t') != std::string_view::npos || has_control(v)) {
      return false;
    }
    if (is_null_word(v)) {
      p->shape = RawProperty::Shape::Null;
      return true;
    }
    Scalar s = at(ln, i);
    s.text = std::string(v);
    p->shape = RawProperty::Shape::Scalar;
    p->items.push_back(std::move(s));
    return true;
  }

  bool flow_list(std::string_view line, int ln, std::size_t i, RawProperty* p) {
    p->shape = RawProperty::Shape::List;
    ++i;  // '['
    while (i < line.size() && line[i] == ' ') ++i;
    if (i < line.size() && line[i] == ']') return only_trailer(line.substr(i + 1));
    for (;;) {
      while (i < line.size() && line[i] == ' ') ++i;
      if (i == line.size()) return false;  // continues on the next line
      if (!spend(1)) return false;
      char c = line[i];
      if (c == '"' || c == '\'') {
        Scalar s = at(ln, i);
        std::size_t end = 0;
        if (!quoted(line, i, &s.text, &end)) return false;
        s.quoted = true;
        p->items.push_back(std::move(s));
        i = end;
      } else {
        if (kIndicators.find(c) != std::string_view::npos) return false;
        std::size_t start = i;
        while (i < line.size() && line[i] != ',' && line[i] != ']') {
          char d = line[i];
          // yaml-cpp 0.7.0 rejects `?` anywhere in a flow plain scalar.
          if (d == '[' || d == '{' || d == '}' || d == '#' || d == ':' || d == '?' || d == '"' ||
              d == '\'' || d == '\t' || static_cast<unsigned char>(d) < 0x20) {
            return false;
          }
          ++i;
        }
        std::string_view v = line.substr(start, i - start);
        while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
        if (v.empty()) return false;
        if (!is_null_word(v)) {
          Scalar s = at(ln, start);
          s.text = std::string(v);
          p->items.push_back(std::move(s));
        }
      }
      while (i < line.size() && line[i] == ' ') ++i;
      if (i == line.size()) return false;
      if (line[i] == ']') return only_trailer(line.substr(i + 1));
      if (line[i] != ',') return false;
      ++i;
    }
  }

  bool read(RawEntries* out) {
    // Unicode line breaks (NEL, LS, PS), a BOM, or bytes yaml-cpp would have
    // to re-encode: leave those to yaml-cpp. A lone CR ends a line here as
    // it does for yaml-cpp (see read_with_yaml_cpp).
    if (first_invalid_utf8(yaml) != std::string_view::npos ||
        yaml.find("\xC2\x85") != std::string_view::npos ||
        yaml.find("\xE2\x80\xA8") != std::string_view::npos ||
        yaml.find("\xE2\x80\xA9") != std::string_view::npos ||
        yaml.find("\xEF\xBB\xBF") != std::string_view::npos) {
      return false;
    }
    out->clear();
    RawProperty* cur = nullptr;  // the last key's value
    bool open = false;           // that key had no value on its line: a list may follow
    int list_indent = -1;
    int ln = 0;
    for (std::size_t pos = 0; pos < yaml.size(); ++ln) {
      LineSpan ls = line_from(yaml, pos);
      pos = ls.next;
      std::string_view line = ls.content;
      std::size_t ind = 0;
      while (ind < line.size() && line[ind] == ' ') ++ind;
      if (ind == line.size()) continue;
      if (line[ind] == '#') continue;
      if (line[ind] == '\t') return false;

      if (ind == 0 && line[0] != '-') {
        std::size_t k = 0;
        while (k < line.size() && is_key_char(line[k])) ++k;
        if (k == 0 || line[0] == '-' || line[0] == '.' || k == line.size() || line[k] != ':' ||
            is_null_word(line.substr(0, k))) {
          return false;
        }
        if (!spend(2)) return false;
        RawProperty prop;
        prop.line = first_line + ln;
        prop.column = 1;
        std::size_t v = k + 1;
        if (v < line.size() && line[v] != ' ') return false;
        while (v < line.size() && line[v] == ' ') ++v;
        open = v == line.size() || line[v] == '#';
        if (!open && !block_value(line, ln, v, true, &prop)) return false;
        out->emplace_back(std::string(line.substr(0, k)), std::move(prop));
        cur = &out->back().second;
        list_indent = -1;
        continue;
      }

      // `- item` of the block list under the last key.
      if (!open || line[ind] != '-' || (ind + 1 < line.size() && line[ind + 1] != ' ')) {
        return false;
      }
      if (list_indent < 0) {
        list_indent = static_cast<int>(ind);
        cur->shape = RawProperty::Shape::List;
      } else if (static_cast<int>(ind) != list_indent) {
        return false;
      }
      if (!spend(1)) return false;
      std::size_t v = ind + 1;
      while (v < line.size() && line[v] == ' ') ++v;
      if (v == line.size()) continue;  // `-` alone: a null item, skipped
      if (line[v] == '#') {
        if (v == ind + 1) return false;
        continue;
      }
      RawProperty item;
      if (!block_value(line, ln, v, false, &item)) return false;
      if (item.shape == RawProperty::Shape::Scalar) cur->items.push_back(std::move(item.items[0]));
    }
    return true;
  }
};

// ---------------------------------------------------------------------------
// The yaml-cpp reader. Only the top-level mapping and, per key, a scalar, a
// sequence of scalars or the `[[X]]` shape are read, with loops rather than
// recursion: a self-referencing alias (`a: &a [*a]`) makes the tree cyclic and
// aliases can make it exponentially large ("billion laughs").

struct Reader {
  std::string_view yaml;
  int first_line;
  int budget;

  int line_of(const YAML::Mark& m) const { return first_line + (m.line < 0 ? 0 : m.line); }
  static int col_of(const YAML::Mark& m) { return m.column < 0 ? 1 : m.column + 1; }

  bool spend() { return --budget >= 0; }

  Scalar scalar(const YAML::Node& n) const {
    Scalar s;
    s.text = n.Scalar();
    const YAML::Mark m = n.Mark();
    s.line = line_of(m);
    s.column = col_of(m);
    if (m.pos >= 0 && static_cast<std::size_t>(m.pos) < yaml.size()) {
      char c = yaml[static_cast<std::size_t>(m.pos)];
      s.quoted = c == '"' || c == '\'';
    }
    return s;
  }

  // `[[X]]`: a sequence holding one sequence holding one scalar.
  bool nested_link(const YAML::Node& n, Scalar* out) {
    if (!n.IsSequence() || n.size() != 1) return false;
    if (!spend()) return false;
    const YAML::Node inner = n[0];
    if (!inner.IsSequence() || inner.size() != 1) return false;
    if (!spend()) return false;
    const YAML::Node leaf = inner[0];
    if (!leaf.IsScalar()) return false;
    *out = scalar(leaf);
    out->quoted = false;
    out->nested = true;
    const YAML::Mark m = n.Mark();
    out->line = line_of(m);
    out->column = col_of(m);
    return true;
  }

  // False when the budget ran out.
  bool value(const YAML::Node& v, RawProperty* p) {
    if (!spend()) return false;
    if (!v.IsDefined() || v.IsNull()) {
      p->shape = RawProperty::Shape::Null;
      return true;
    }
    if (v.IsScalar()) {
      p->shape = RawProperty::Shape::Scalar;
      p->items.push_back(scalar(v));
      return true;
    }
    if (!v.IsSequence()) {  // a mapping, or anything else: not read
      p->shape = RawProperty::Shape::Map;
      return true;
    }
    Scalar link;
    if (nested_link(v, &link)) {
      p->shape = RawProperty::Shape::NestedList;
      p->items.push_back(std::move(link));
      return true;
    }
    if (budget < 0) return false;
    bool any_nested = false;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!spend()) return false;
      const YAML::Node e = *it;
      if (e.IsScalar()) {
        p->items.push_back(scalar(e));
      } else if (!e.IsDefined() || e.IsNull()) {
        // `- ` with nothing after it: an empty list item, skipped.
      } else if (nested_link(e, &link)) {
        p->items.push_back(std::move(link));
        any_nested = true;
      } else {
        if (budget < 0) return false;
        p->items.clear();
        p->shape = RawProperty::Shape::Map;
        return true;
      }
    }
    p->shape = any_nested ? RawProperty::Shape::NestedList : RawProperty::Shape::List;
    return true;
  }
};

// yaml-cpp 0.7.0 reads a lone CR as a space, not as the line break YAML 1.2
// says it is (`a: 1\rb: 2` fails, "illegal map value"), and counts lines by
// LF only. The copy it reads has each lone CR turned into an LF: the same
// length, so its marks point at the same bytes and lines.
std::string lone_cr_as_lf(std::string_view yaml) {
  std::string out(yaml);
  for (std::size_t i = out.find('\r'); i != std::string::npos; i = out.find('\r', i + 1)) {
    if (i + 1 == out.size() || out[i + 1] != '\n') out[i] = '\n';
  }
  return out;
}

}  // namespace

bool check_guards(std::string_view yaml, int first_line, const FrontMatterLimits& limits,
                  ReadError* err) {
  PrescanError pe;
  if (Prescan(first_line, limits, &pe).run(yaml)) return true;
  err->line = first_line + pe.line;
  err->column = pe.col + 1;
  err->message = std::move(pe.message);
  err->help = std::move(pe.help);
  return false;
}

bool read_simple(std::string_view yaml, int first_line, int node_budget, RawEntries* out) {
  // Half the budget: past that, let the yaml-cpp reader (the reference) decide.
  SimpleReader r{yaml, first_line, node_budget / 2};
  return r.read(out);
}

bool read_with_yaml_cpp(std::string_view yaml, int first_line, const FrontMatterLimits& limits,
                        RawEntries* out, ReadError* err) {
  out->clear();
  const int fence = fence_line(first_line);
  auto fail = [&](int line, int col, std::string message, std::string help) {
    out->clear();
    err->line = line;
    err->column = col;
    err->message = std::move(message);
    err->help = std::move(help);
    return false;
  };
  try {
    const YAML::Node root = YAML::Load(lone_cr_as_lf(yaml));
    if (!root.IsDefined() || root.IsNull()) return true;  // `---\n---`: no properties
    if (!root.IsMap()) {
      const char* what = root.IsSequence() ? "a list" : "a single value";
      const YAML::Mark m = root.Mark();
      return fail(m.line >= 0 ? first_line + m.line : first_line, m.column >= 0 ? m.column + 1 : 1,
                  fmt::format("front matter is {}, not a set of properties", what),
                  "Write properties as `key: value` lines between the `---` fences.");
    }
    Reader reader{yaml, first_line, limits.node_budget};
    for (auto it = root.begin(); it != root.end(); ++it) {
      if (!reader.spend()) break;
      const YAML::Node k = it->first;
      if (!k.IsScalar()) continue;  // `? [a, b]`: not a property name
      const YAML::Mark km = k.Mark();
      RawProperty prop;
      prop.line = reader.line_of(km);
      prop.column = Reader::col_of(km);
      if (!reader.value(it->second, &prop)) break;
      out->emplace_back(k.Scalar(), std::move(prop));
    }
    if (reader.budget < 0) {
      return fail(
          fence, 1,
          fmt::format("front matter holds more than {} values; it is not read", limits.node_budget),
          "Keep properties short: move long lists into the note's body.");
    }
    return true;
  } catch (const YAML::Exception& e) {
    std::string msg = e.msg.empty() ? std::string("invalid YAML") : e.msg;
    // yaml-cpp marks are 0-based; a null mark is -1.
    int line = e.mark.line >= 0 ? first_line + e.mark.line : fence;
    int col = e.mark.column >= 0 ? e.mark.column + 1 : 1;
    return fail(line, col, fmt::format("front matter is not valid YAML: {}", msg),
                "Check the quotes, colons and indentation here; quote a value that contains "
                "`: ` or starts with `[`, `{`, `*`, `&`, `!`, `%`, `@` or a backquote.");
  } catch (const std::bad_alloc&) {
    return fail(fence, 1, "front matter is too large to read",
                "Move long text out of the properties into the note's body.");
  } catch (const std::exception& e) {
    return fail(fence, 1, fmt::format("front matter could not be read: {}", e.what()),
                "Check the YAML between the `---` fences.");
  }
}

}  // namespace detail

namespace {

// The guards on the bytes themselves: too large, or holding NUL (which
// yaml-cpp silently changes, so a value would not be what is on disk).
bool readable_bytes(std::string_view yaml, int first_line, const FrontMatterLimits& limits,
                    detail::ReadError* err) {
  if (yaml.size() > limits.max_bytes) {
    *err = {
        fence_line(first_line), 1,
        fmt::format("front matter is {} bytes; at most {} are read", yaml.size(), limits.max_bytes),
        "Move long text out of the properties into the note's body."};
    return false;
  }
  const void* nul = std::memchr(yaml.data(), '\0', yaml.size());
  if (nul == nullptr) return true;
  const TextPosition at = position_of(yaml, static_cast<const char*>(nul) - yaml.data());
  *err = {first_line + at.line - 1, at.column, "front matter contains a NUL byte",
          "Remove the NUL byte (a binary or UTF-16 file saved as .md?); properties are UTF-8 "
          "text."};
  return false;
}

// Property `as_written` on line `line` sets the same property as
// `first_written` did on line `first_line`.
Diagnostic duplicate_key(const std::string& path, std::string_view as_written,
                         std::string_view first_written, int first_line, int line, int col) {
  std::string message, help;
  if (first_written == as_written) {
    message = fmt::format(
        "property `{}` is set twice (also on line {}), so Obsidian reads none of the note's "
        "properties; neither does goals",
        as_written, first_line);
    help = fmt::format("Remove one of the two `{}:` lines.", as_written);
  } else {
    message = fmt::format(
        "`{}` and `{}` are the same property (also set on line {}); the last value is used",
        as_written, first_written, first_line);
    help = fmt::format("Keep only one of `{}` and `{}`.", first_written, as_written);
  }
  return make_diagnostic(findings::kDuplicateKey, path, line, col, std::move(message),
                         std::move(help));
}

// `raw` under canonical keys (aliases applied) into `out`; false when a key
// is written twice. Obsidian's YAML parser refuses such front matter whole
// (its Properties view goes empty), so the caller drops every property; two
// spellings of one property (`due` and `deadline`) are ours to settle, and
// the last one is kept.
bool keep_last_values(detail::RawEntries& raw, const std::map<std::string, std::string>& aliases,
                      const std::string& path, RawProperties* out, Diagnostics* diags) {
  out->entries.reserve(raw.size());
  // Keys are viewed in `raw` and `aliases`, neither of which changes below.
  std::vector<std::string_view> written;  // the key as written, per entry
  written.reserve(raw.size());
  // Canonical key -> entry; a linear search is cheaper for the usual dozen keys.
  const bool use_index = raw.size() > 32;
  std::unordered_map<std::string_view, std::size_t> index;
  bool repeated = false;
  for (auto& [as_written, prop] : raw) {
    const std::string* key = &as_written;
    if (auto a = aliases.find(as_written); a != aliases.end()) key = &a->second;
    std::size_t slot = out->entries.size();
    if (use_index) {
      slot = index.try_emplace(std::string_view(*key), slot).first->second;
    } else {
      for (std::size_t k = 0; k < out->entries.size(); ++k) {
        if (out->entries[k].first == *key) {
          slot = k;
          break;
        }
      }
    }
    prop.written = key == &as_written ? std::string() : as_written;
    if (slot == out->entries.size()) {
      out->entries.emplace_back(*key, std::move(prop));
      written.push_back(as_written);
      continue;
    }
    RawProperty& existing = out->entries[slot].second;
    if (diags != nullptr) {
      diags->push_back(
          duplicate_key(path, as_written, written[slot], existing.line, prop.line, prop.column));
    }
    repeated = repeated || as_written == written[slot];
    existing = std::move(prop);
    written[slot] = as_written;
  }
  return !repeated;
}

}  // namespace

bool parse_front_matter(std::string_view yaml, int first_line, const std::string& path,
                        const std::map<std::string, std::string>& aliases, RawProperties* out,
                        Diagnostics* diags, const FrontMatterLimits& limits) {
  out->entries.clear();
  auto fail = [&](const detail::ReadError& err) {
    out->entries.clear();
    if (diags != nullptr) {
      diags->push_back(make_diagnostic(findings::kInvalidFrontmatter, path, err.line, err.column,
                                       err.message, err.help));
    }
    return false;
  };
  detail::ReadError err;
  if (!readable_bytes(yaml, first_line, limits, &err)) return fail(err);
  detail::RawEntries raw;
  try {
    // What the simple reader accepts has one-line quotes and at most one
    // level of nesting, so the guards only need to run before yaml-cpp (the
    // differential fuzz test checks this).
    if (!detail::read_simple(yaml, first_line, limits.node_budget, &raw) &&
        (!detail::check_guards(yaml, first_line, limits, &err) ||
         !detail::read_with_yaml_cpp(yaml, first_line, limits, &raw, &err))) {
      return fail(err);
    }
    if (keep_last_values(raw, aliases, path, out, diags)) return true;
    out->entries.clear();
    return false;
  } catch (const std::exception& e) {
    return fail({fence_line(first_line), 1,
                 fmt::format("front matter could not be read: {}", e.what()),
                 "Check the YAML between the `---` fences."});
  }
}

bool is_generated_note(std::string_view text) {
  const FrontMatterSplit split = split_front_matter(text);
  if (!split.present) return false;
  RawProperties props;
  Diagnostics diags;
  if (!parse_front_matter(split.yaml, split.yaml_first_line, "", {}, &props, &diags)) return false;
  const RawProperty* p = props.find(kGeneratedByKey);
  return p && p->shape == RawProperty::Shape::Scalar &&
         trim(p->items.front().text, kBlanks) == kGeneratedByValue;
}

bool is_generated_base(std::string_view text) {
  if (!text.starts_with(kGeneratedBaseLine)) return false;
  text.remove_prefix(kGeneratedBaseLine.size());
  // Whole words only: `# generated by goalsmith` is someone else's.
  return text.empty() || text.front() == '\n' || text.front() == '\r' || text.front() == ' ' ||
         text.front() == ':' || text.front() == ';';
}

}  // namespace goals
