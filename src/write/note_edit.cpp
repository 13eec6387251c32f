#include "goals/write/note_edit.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "goals/parse/frontmatter.h"
#include "goals/support/text.h"

namespace goals {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Lines end in `\n`, `\r\n` or a lone `\r`, as the note was read (find_line_end).
bool ends_in_line_break(std::string_view text) {
  return !text.empty() && (text.back() == '\n' || text.back() == '\r');
}

// Where the checkbox's symbol of a checklist item stands on [begin, end):
// blockquote markers, indentation, a list marker (`-`, `*`, `+`, `1.`,
// `1)`), one blank, then `[c]`. npos when the line is no checklist item.
std::size_t checkbox_symbol(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  for (;;) {
    while (i < end && is_blank(text[i])) ++i;
    if (i < end && text[i] == '>') {
      ++i;
      continue;
    }
    break;
  }
  if (i >= end) return std::string_view::npos;
  if (text[i] == '-' || text[i] == '*' || text[i] == '+') {
    ++i;
  } else {
    const std::size_t digits = i;
    while (i < end && i - digits < 9 && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits || i >= end || (text[i] != '.' && text[i] != ')'))
      return std::string_view::npos;
    ++i;
  }
  if (i >= end || !is_blank(text[i])) return std::string_view::npos;
  while (i < end && is_blank(text[i])) ++i;
  if (end - i >= 3 && text[i] == '[' && text[i + 2] == ']' &&
      (end - i == 3 || is_blank(text[i + 3])))
    return i + 1;
  return std::string_view::npos;
}

// The leading blanks (and blockquote markers) of the line at `begin`.
std::string_view line_prefix(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end && (is_blank(text[i]) || text[i] == '>')) ++i;
  return text.substr(begin, i - begin);
}

// Whether `s` at `at` holds a date YYYY-MM-DD.
bool date_at(std::string_view s, std::size_t at) {
  if (at + 10 > s.size()) return false;
  for (std::size_t k = 0; k < 10; ++k) {
    const char c = s[at + k];
    if (k == 4 || k == 7 ? c != '-' : (c < '0' || c > '9')) return false;
  }
  return true;
}

struct FieldNames {
  std::array<std::string_view, 3> emoji;  // "" where unused
  std::string_view dataview;
};

FieldNames names_of_field(TaskDateField f) {
  switch (f) {
    case TaskDateField::Due:
      return {{"\U0001F4C5", "\U0001F4C6", "\U0001F5D3"}, "due"};
    case TaskDateField::Done:
      return {{"\u2705", "", ""}, "completion"};
    case TaskDateField::Cancelled:
      return {{"\u274C", "", ""}, "cancelled"};
  }
  return {};
}

// The offset of the date of field `f` on the line [begin, end), or npos.
std::size_t field_date(std::string_view text, std::size_t begin, std::size_t end, TaskDateField f) {
  const std::string_view line = text.substr(begin, end - begin);
  const FieldNames names = names_of_field(f);
  for (std::string_view emoji : names.emoji) {
    if (emoji.empty()) continue;
    for (std::size_t at = line.find(emoji); at != std::string_view::npos;
         at = line.find(emoji, at + 1)) {
      std::size_t i = at + emoji.size();
      if (line.substr(i, 3) == "\uFE0F") i += 3;
      while (i < line.size() && is_blank(line[i])) ++i;
      if (date_at(line, i)) return begin + i;
    }
  }
  for (char open : {'[', '('}) {
    const std::string key = std::string(1, open) + std::string(names.dataview) + "::";
    for (std::size_t at = line.find(key); at != std::string_view::npos;
         at = line.find(key, at + 1)) {
      std::size_t i = at + key.size();
      while (i < line.size() && is_blank(line[i])) ++i;
      if (date_at(line, i)) return begin + i;
    }
  }
  return std::string_view::npos;
}

// Where a new field goes on the line [begin, end): after its last
// non-blank byte, but before a trailing block id (` ^abc-1`).
std::size_t field_insert_point(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t e = end;
  while (e > begin && is_blank(text[e - 1])) --e;
  std::size_t id = e;
  while (id > begin &&
         (std::isalnum(static_cast<unsigned char>(text[id - 1])) != 0 || text[id - 1] == '-'))
    --id;
  if (id < e && id > begin && text[id - 1] == '^' && id - 1 > begin && is_blank(text[id - 2])) {
    std::size_t before = id - 1;
    while (before > begin && is_blank(text[before - 1])) --before;
    return before;
  }
  return e;
}

}  // namespace

std::optional<std::string> apply_edits(std::string_view text, std::span<const TextEdit> edits) {
  std::vector<const TextEdit*> order;
  order.reserve(edits.size());
  for (const TextEdit& e : edits) order.push_back(&e);
  std::stable_sort(order.begin(), order.end(), [](const TextEdit* a, const TextEdit* b) {
    if (a->offset != b->offset) return a->offset < b->offset;
    return a->length < b->length;  // an insertion first
  });
  std::string out;
  std::size_t at = 0;
  for (const TextEdit* e : order) {
    if (e->offset < at || e->offset > text.size() || e->length > text.size() - e->offset)
      return std::nullopt;
    out.append(text.substr(at, e->offset - at));
    out.append(e->text);
    at = e->offset + e->length;
  }
  out.append(text.substr(at));
  return out;
}

std::string_view line_ending_of(std::string_view text) { return first_line_ending(text); }

std::optional<LineSpan> line_span(std::string_view text, int line) {
  if (line < 1) return std::nullopt;
  std::size_t at = 0;
  for (int l = 1; l < line; ++l) {
    const std::size_t end = find_line_end(text, at);
    if (end == text.size()) return std::nullopt;
    at = end + line_ending_size(text, end);
  }
  if (at == text.size() && line > 1) return std::nullopt;  // after the last line ending
  return LineSpan{at, find_line_end(text, at)};
}

TextEdit set_property_edit(std::string_view text, std::span<const std::string> spellings,
                           std::string_view key, std::string_view value) {
  const std::string_view eol = line_ending_of(text);
  const FrontMatterSplit fm = split_front_matter(text);
  if (!fm.present) {
    const std::size_t at = text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
    return {at, 0,
            std::string("---") + std::string(eol) + std::string(key) + ": " + std::string(value) +
                std::string(eol) + "---" + std::string(eol)};
  }
  const std::size_t yaml_begin = static_cast<std::size_t>(fm.yaml.data() - text.data());
  const std::size_t yaml_end = yaml_begin + fm.yaml.size();
  // The top-level line of the key, and the lines of its value below it.
  for (std::size_t at = yaml_begin; at < yaml_end; at = next_line_start(text, at)) {
    const std::size_t end = std::min(find_line_end(text, at), yaml_end);
    const std::string_view line = text.substr(at, end - at);
    for (const std::string& name : spellings) {
      if (line.size() <= name.size() || line.substr(0, name.size()) != name) continue;
      std::size_t i = name.size();
      while (i < line.size() && is_blank(line[i])) ++i;
      if (i >= line.size() || line[i] != ':') continue;
      ++i;
      if (i < line.size() && !is_blank(line[i])) continue;  // `key:x` is no key
      // A block value goes on over the lines below that are indented or
      // list items (`- x` may stand at column 0 under its key).
      std::size_t value_end = end;
      for (std::size_t next = next_line_start(text, at); next < yaml_end;
           next = next_line_start(text, next)) {
        const std::size_t ne = std::min(find_line_end(text, next), yaml_end);
        const std::string_view l = text.substr(next, ne - next);
        const bool item = !l.empty() && l[0] == '-' && (l.size() == 1 || is_blank(l[1]));
        if (l.empty() || !(is_blank(l[0]) || item)) break;
        value_end = ne;
      }
      return {at + name.size(), value_end - at - name.size(), ": " + std::string(value)};
    }
  }
  // Not there: a new last line of the front matter.
  std::string line = std::string(key) + ": " + std::string(value) + std::string(eol);
  if (yaml_end > yaml_begin && !ends_in_line_break(text.substr(0, yaml_end)))
    line = std::string(eol) + line;
  return {yaml_end, 0, line};
}

std::optional<TextEdit> set_checkbox_edit(std::string_view text, int line, char symbol) {
  const std::optional<LineSpan> span = line_span(text, line);
  if (!span) return std::nullopt;
  const std::size_t at = checkbox_symbol(text, span->begin, span->end);
  if (at == std::string_view::npos) return std::nullopt;
  return TextEdit{at, 1, std::string(1, symbol)};
}

std::optional<TextEdit> set_task_date_edit(std::string_view text, int line, TaskDateField field,
                                           const Date& date, TaskFormat format) {
  const std::optional<LineSpan> span = line_span(text, line);
  if (!span) return std::nullopt;
  const std::size_t at = field_date(text, span->begin, span->end, field);
  if (at != std::string_view::npos) return TextEdit{at, 10, date.str()};
  const FieldNames names = names_of_field(field);
  const std::string added = format == TaskFormat::Emoji
                                ? " " + std::string(names.emoji[0]) + " " + date.str()
                                : "  [" + std::string(names.dataview) + ":: " + date.str() + "]";
  return TextEdit{field_insert_point(text, span->begin, span->end), 0, added};
}

std::optional<TextEdit> add_child_item_edit(std::string_view text, int line,
                                            std::string_view item) {
  const std::optional<LineSpan> span = line_span(text, line);
  if (!span) return std::nullopt;
  const std::string_view eol = line_ending_of(text);
  const std::string_view prefix = line_prefix(text, span->begin, span->end);
  // Past the item's continuation lines and nested items: lines indented deeper.
  std::size_t after = span->end;
  for (std::size_t next = next_line_start(text, span->begin); next < text.size();
       next = next_line_start(text, next)) {
    const std::size_t ne = find_line_end(text, next);
    const std::string_view p = line_prefix(text, next, ne);
    if (ne == next + p.size() || p.size() <= prefix.size() || p.substr(0, prefix.size()) != prefix)
      break;
    after = ne;
  }
  std::string added = std::string(eol) + std::string(prefix) + "\t- " + std::string(item);
  return TextEdit{after, 0, added};
}

TextEdit add_to_section_edit(std::string_view text, std::string_view heading,
                             std::string_view item) {
  const std::string eol(line_ending_of(text));
  const std::string want = "## " + std::string(heading);
  std::size_t heading_at = std::string_view::npos;
  std::size_t last = std::string_view::npos;  // the section's last non-blank line
  for (std::size_t at = 0; at < text.size(); at = next_line_start(text, at)) {
    const std::string_view line = text.substr(at, find_line_end(text, at) - at);
    if (heading_at == std::string_view::npos) {
      if (line == want) heading_at = last = at;
      continue;
    }
    if (line.starts_with("# ") || line.starts_with("##")) break;  // the next heading
    if (line.find_first_not_of(" \t") != std::string_view::npos) last = at;
  }
  if (heading_at != std::string_view::npos) {
    const std::string gap = last == heading_at ? eol + eol : eol;
    return {find_line_end(text, last), 0, gap + "- " + std::string(item)};
  }
  std::string added;
  if (!text.empty() && !ends_in_line_break(text)) added += eol;
  if (!text.empty()) added += eol;
  added += want + eol + eol + "- " + std::string(item) + eol;
  return {text.size(), 0, added};
}

}  // namespace goals
