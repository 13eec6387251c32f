#include "render/mermaid.h"

#include <fmt/format.h>

#include <array>

#include "goals/support/text.h"
#include "render/common.h"

namespace goals {

namespace {

// Line breaks would end the statement; the rest of the control characters
// and invalid UTF-8 go the way a terminal's do.
std::string clean(std::string_view text) {
  std::string s(text);
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return printable(s);
}

// Mermaid replaces `#name;` and `#123;` with the character before it lexes
// the diagram and shows the character itself, so escaped text both parses
// and reads as written.
void entity(std::string* out, char c) {
  switch (c) {
    case '"':
      *out += "#quot;";
      return;
    case '<':
      *out += "#lt;";
      return;
    case '>':
      *out += "#gt;";
      return;
    default:
      *out += fmt::format("#{};", static_cast<int>(static_cast<unsigned char>(c)));
  }
}

bool is_label_special(char c) {
  return c == '"' || c == '<' || c == '>' || c == '#' || c == '&' || c == '`';
}

bool is_gantt_special(char c) { return is_label_special(c) || c == ':' || c == ';' || c == '%'; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The gantt lexer tries its keywords before task text, some without a word
// boundary in older Mermaid releases (`gantt`, `topAxis`), and a date at the
// start of a line is a token of its own; a name starting like one is read
// as that keyword.
bool starts_like_keyword(std::string_view s) {
  static constexpr std::array<std::string_view, 19> kKeywords{
      "gantt",      "dateformat", "inclusiveenddates", "topaxis", "axisformat", "tickinterval",
      "includes",   "excludes",   "todaymarker",       "weekday", "weekend",    "title",
      "acctitle",   "accdescr",   "section",           "click",   "call",       "href",
      "displaymode"};
  for (std::string_view k : kKeywords)
    if (istarts_with(s, k)) return true;
  return s.size() >= 5 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
         s[4] == '-';
}

}  // namespace

std::string mermaid_label(std::string_view text) {
  const std::string s = clean(text);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (is_label_special(c))
      entity(&out, c);
    else
      out += c;
  }
  return out;
}

std::string mermaid_gantt_text(std::string_view text) {
  std::string s = clean(text);
  const std::size_t b = s.find_first_not_of(' ');
  const std::size_t e = s.find_last_not_of(' ');
  s = b == std::string::npos ? std::string("Untitled") : s.substr(b, e - b + 1);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (is_gantt_special(c) || (i == 0 && starts_like_keyword(s)))
      entity(&out, c);
    else
      out += c;
  }
  return out;
}

std::string mermaid_node(std::string_view id, MermaidShape shape, std::string_view label) {
  const std::string text = mermaid_label(label);
  switch (shape) {
    case MermaidShape::Hexagon:
      return fmt::format("{}{{{{\"{}\"}}}}", id, text);
    case MermaidShape::Subroutine:
      return fmt::format("{}[[\"{}\"]]", id, text);
    case MermaidShape::Flag:
      return fmt::format("{}>\"{}\"]", id, text);
    case MermaidShape::Rounded:
      break;
  }
  return fmt::format("{}(\"{}\")", id, text);
}

}  // namespace goals
