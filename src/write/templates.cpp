#include "goals/write/templates.h"

#include <kainjow/mustache.hpp>
#include <string>

namespace goals {

namespace {

namespace mu = kainjow::mustache;

// A vault's own template is a small text file; anything larger is not one.
constexpr std::size_t kMaxTemplateBytes = 1024 * 1024;

mu::data to_mustache(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mu::data d{mu::data::type::object};
      for (const auto& [key, value] : j.items()) d.set(key, to_mustache(value));
      return d;
    }
    case nlohmann::json::value_t::array: {
      mu::data d{mu::data::type::list};
      for (const auto& value : j) d.push_back(to_mustache(value));
      return d;
    }
    case nlohmann::json::value_t::string:
      return mu::data{j.get<std::string>()};
    case nlohmann::json::value_t::boolean:
      return mu::data{j.get<bool>()};
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
      return mu::data{false};
    default:  // numbers
      return mu::data{j.dump()};
  }
}

// Whether `line` (without its line break) holds only section, inverted,
// closing or comment tags, with optional spaces around them.
bool standalone_tags(std::string_view line) {
  std::size_t i = 0;
  bool any = false;
  while (true) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i == line.size()) return any;
    if (line.substr(i, 2) != "{{" || i + 2 >= line.size()) return false;
    const char sigil = line[i + 2];
    if (sigil != '#' && sigil != '^' && sigil != '/' && sigil != '!') return false;
    const std::size_t close = line.find("}}", i + 3);
    if (close == std::string_view::npos) return false;
    i = close + 2;
    any = true;
  }
}

// Mustache drops a line that holds only section tags, but kainjow keeps the
// line break of such a line when its section is skipped (a false value or
// an empty list), and treats a tag as alone on its line by what surrounds
// it in the source. So each such line is wrapped in two marker bytes,
// which kainjow leaves alone, and every rendered "marker, marker, line
// break" is removed afterwards: whichever sections render, the markers
// come out in adjacent pairs, one pair for each tag line.
constexpr char kOpen = '\x02';
constexpr char kClose = '\x03';

std::string mark_standalone_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = text.substr(pos, end - pos);
    std::string_view bare = line;
    if (!bare.empty() && bare.back() == '\n') bare.remove_suffix(1);
    if (!bare.empty() && bare.back() == '\r') bare.remove_suffix(1);
    if (standalone_tags(bare)) {
      // The spaces around the tags are the line's, and go with it.
      out += kOpen;
      for (std::size_t i = bare.find("{{"); i != std::string_view::npos;) {
        const std::size_t close = bare.find("}}", i) + 2;
        out += bare.substr(i, close - i);
        i = bare.find("{{", close);
      }
      out += kClose;
      out += line.substr(bare.size());
    } else {
      out += line;
    }
    pos = end;
  }
  return out;
}

std::string drop_standalone_lines(std::string_view rendered) {
  std::string out;
  out.reserve(rendered.size());
  for (std::size_t i = 0; i < rendered.size(); ++i) {
    if (rendered[i] == kOpen && i + 1 < rendered.size() && rendered[i + 1] == kClose) {
      i += 1;
      if (rendered.substr(i + 1, 2) == "\r\n") {
        i += 2;
      } else if (rendered.substr(i + 1, 1) == "\n") {
        i += 1;
      }
      continue;
    }
    out += rendered[i];
  }
  return out;
}

}  // namespace

std::string load_template(const FileSystem& fs, const std::string& root, std::string_view name) {
  const std::string path = root + "/.goals/templates/" + std::string(name) + ".md";
  // A symlink, folder or file whose folders lead out of the vault is not the
  // vault's template: it falls back to the built-in one.
  if (fs.kind(path, false) == EntryKind::File) {
    const std::string real_root = fs.real_path(root);
    const std::string real = fs.real_path(path);
    if (!real_root.empty() && real.starts_with(real_root + "/")) {
      std::string text, err;
      if (fs.read_file(path, &text, &err, kMaxTemplateBytes) == FileSystem::Status::Okay)
        return text;
    }
  }
  return std::string(builtin_template(name));
}

std::optional<std::string> render_template(std::string_view text, const nlohmann::json& data,
                                           std::string* error) {
  mu::mustache tmpl{mark_standalone_lines(text)};
  if (!tmpl.is_valid()) {
    if (error != nullptr) *error = tmpl.error_message();
    return std::nullopt;
  }
  std::string out = tmpl.render(to_mustache(data));
  if (!tmpl.is_valid()) {  // errors found while rendering (e.g. an unknown partial)
    if (error != nullptr) *error = tmpl.error_message();
    return std::nullopt;
  }
  return drop_standalone_lines(out);
}

}  // namespace goals
