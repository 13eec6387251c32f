#include "render/terminal_markdown.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "render/text_width.h"

namespace goals {

namespace {

/// A line's words without their Markdown, and which bytes of them are bold.
struct Inline {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> bold;  ///< [from, to) in text
};

/// What Obsidian shows for the wikilink target `t` (between `[[` and `]]`).
std::string link_text(std::string_view t) {
  if (const std::size_t bar = t.find('|'); bar != std::string_view::npos)
    return std::string(t.substr(bar + 1));
  std::string_view note = t, sub;
  if (const std::size_t hash = t.find('#'); hash != std::string_view::npos) {
    note = t.substr(0, hash);
    sub = t.substr(hash + 1);
  }
  if (note.ends_with(".md")) note.remove_suffix(3);
  std::string out(note);
  // Headings nest with '#': Note#A#B reads "Note > A > B".
  while (!sub.empty()) {
    const std::size_t hash = sub.find('#');
    const std::string_view part = sub.substr(0, hash);
    if (!part.empty()) out += (out.empty() ? "" : " > ") + std::string(part);
    if (hash == std::string_view::npos) break;
    sub.remove_prefix(hash + 1);
  }
  return out;
}

Inline parse_inline(std::string_view s) {
  Inline out;
  std::size_t bold_from = std::string::npos;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      out.text += s[i + 1];
      i += 2;
      continue;
    }
    if ((s.compare(i, 2, "**") == 0 || s.compare(i, 2, "__") == 0)) {
      if (bold_from == std::string::npos) {
        // Opens only when a closing pair follows, as CommonMark wants.
        if (s.find(s.substr(i, 2), i + 2) != std::string_view::npos) {
          bold_from = out.text.size();
          i += 2;
          continue;
        }
      } else {
        out.bold.emplace_back(bold_from, out.text.size());
        bold_from = std::string::npos;
        i += 2;
        continue;
      }
    }
    const bool embed = s.compare(i, 3, "![[") == 0;
    if (embed || s.compare(i, 2, "[[") == 0) {
      const std::size_t open = i + (embed ? 3 : 2);
      const std::size_t close = s.find("]]", open);
      if (close != std::string_view::npos) {
        out.text += link_text(s.substr(open, close - open));
        i = close + 2;
        continue;
      }
    }
    if (s[i] == '[') {
      const std::size_t end = s.find("](", i + 1);
      const std::size_t close = end == std::string_view::npos ? end : s.find(')', end + 2);
      if (close != std::string_view::npos && s.substr(i + 1, end - i - 1).find('[') == s.npos) {
        out.text += s.substr(i + 1, end - i - 1);
        i = close + 1;
        continue;
      }
    }
    if (s[i] == '`') {  // code stays as written, markers and all
      const std::size_t close = s.find('`', i + 1);
      if (close != std::string_view::npos) {
        out.text += s.substr(i, close + 1 - i);
        i = close + 1;
        continue;
      }
    }
    out.text += s[i++];
  }
  return out;
}

/// Appends `in` wrapped to `columns`: the first line after `first`, the
/// others after `rest` (both as wide as each other), bold where it was.
void emit(std::string& out, const Inline& in, std::string_view first, std::string_view rest,
          int columns, const Style& style) {
  const int room = columns - display_width(first);
  bool first_line = true;
  for (std::string_view line : wrap_width(in.text, room)) {
    out += first_line ? first : rest;
    first_line = false;
    const std::size_t from = static_cast<std::size_t>(line.data() - in.text.data());
    const std::size_t to = from + line.size();
    std::size_t at = from;
    for (const auto& [b, e] : in.bold) {
      const std::size_t bf = std::max(b, at), bt = std::min(e, to);
      if (bf >= bt) continue;
      out += in.text.substr(at, bf - at);
      out += style.bold(in.text.substr(bf, bt - bf));
      at = bt;
    }
    out += in.text.substr(at, to - at);
    out += '\n';
  }
}

/// The callout type and title of `[!type]-  Title`, or false.
bool callout(std::string_view s, std::string* type, std::string_view* title) {
  if (!s.starts_with("[!")) return false;
  const std::size_t close = s.find(']');
  if (close == std::string_view::npos || close == 2) return false;
  *type = std::string(s.substr(2, close - 2));
  std::string_view rest = s.substr(close + 1);
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) rest.remove_prefix(1);
  while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  *title = rest;
  return true;
}

/// The list marker `s` starts with ("- ", "* ", "+ ", "1. ", "1) "), or 0.
std::size_t list_marker(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return 2;
  std::size_t n = 0;
  while (n < s.size() && n < 9 && std::isdigit(static_cast<unsigned char>(s[n]))) ++n;
  if (n > 0 && n + 1 < s.size() && (s[n] == '.' || s[n] == ')') && s[n + 1] == ' ') return n + 2;
  return 0;
}

}  // namespace

std::string terminal_markdown(std::string_view markdown, int columns, const Style& style) {
  std::string out;
  int quote_depth = 0;  // of the line before
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= markdown.size();) {
    std::size_t nl = markdown.find('\n', start);
    if (nl == std::string_view::npos) nl = markdown.size();
    lines.push_back(markdown.substr(start, nl - start));
    start = nl + 1;
  }
  if (!lines.empty() && lines.back().empty()) lines.pop_back();  // the final newline
  for (std::string_view raw : lines) {
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    const std::string printed = printable(raw);
    std::string_view line = printed;
    int depth = 0;
    for (;;) {
      std::size_t sp = 0;
      while (sp < line.size() && sp < 3 && line[sp] == ' ') ++sp;
      if (sp >= line.size() || line[sp] != '>') break;
      line.remove_prefix(sp + 1);
      if (!line.empty() && line[0] == ' ') line.remove_prefix(1);
      ++depth;
    }
    const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
    std::string type;
    std::string_view title;
    if (depth > quote_depth && callout(line, &type, &title)) {
      // Obsidian shows the type, capitalized, when a callout has no title.
      type[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(type[0])));
      Inline label = parse_inline(title.empty() ? type : type + ": " + std::string(title));
      label.bold = {{0, label.text.size()}};
      const std::string outer(static_cast<std::size_t>(2 * (depth - 1)), ' ');
      emit(out, label, outer, outer + "  ", columns, style);
      quote_depth = depth;
      continue;
    }
    quote_depth = depth;
    std::size_t lead = 0;
    while (lead < line.size() && line[lead] == ' ') ++lead;
    const std::string_view body = line.substr(lead);
    if (body.empty()) {
      out += '\n';
      continue;
    }
    std::size_t hashes = 0;
    while (hashes < body.size() && body[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && (hashes == body.size() || body[hashes] == ' ')) {
      Inline h = parse_inline(body.substr(std::min(hashes + 1, body.size())));
      h.bold = {{0, h.text.size()}};
      emit(out, h, indent, indent, columns, style);
      continue;
    }
    const std::string first = indent + std::string(line.substr(0, lead + list_marker(body)));
    emit(out, parse_inline(line.substr(first.size() - indent.size())), first,
         std::string(static_cast<std::size_t>(display_width(first)), ' '), columns, style);
  }
  return out;
}

}  // namespace goals
