#include "goals/passes/note_links.h"

#include <cstring>
#include <utility>
#include <vector>

namespace goals {

namespace {

std::string_view without_md(std::string_view path) {
  return path.ends_with(".md") ? path.substr(0, path.size() - 3) : path;
}

std::vector<std::string_view> components(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

}  // namespace

NoteLinker::NoteLinker(const Vault& v, std::string from)
    : NoteLinker(v, std::move(from), v.links) {}

NoteLinker::NoteLinker(const Vault& v, std::string from, LinkSettings links)
    : v_(v), from_(std::move(from)), links_(links), resolver_(v.files) {}

std::string NoteLinker::target(int note, bool keep_md) const {
  const Note& n = v_.notes[note];
  std::string path;
  switch (links_.format) {
    case NewLinkFormat::Shortest:
      // The bare name only when no other file has it: among several, which one
      // Obsidian opens depends on the folder of the note the link is written in.
      if (resolver_.names_one_file(n.name)) {
        const LinkResolver::Result r = resolver_.resolve(n.name, "");
        if (r.kind == LinkResolver::Result::Kind::Resolved && v_.files[r.file] == n.path) {
          path = n.name + ".md";
          break;
        }
      }
      path = n.path;
      break;
    case NewLinkFormat::Relative:
      path = relative_link_path(from_, n.path);
      break;
    case NewLinkFormat::Absolute:
      path = n.path;
      break;
  }
  return keep_md ? path : std::string(without_md(path));
}

std::string NoteLinker::property_link(int note) const { return "[[" + target(note) + "]]"; }

std::string NoteLinker::body_link(int note) const {
  if (!links_.markdown) return property_link(note);
  return "[" + markdown_link_text(v_.notes[note].name) + "](" +
         markdown_link_destination(target(note, true)) + ")";
}

std::string relative_link_path(std::string_view from, std::string_view to) {
  std::vector<std::string_view> folder = components(from);
  if (!folder.empty()) folder.pop_back();  // the note's own name
  const std::vector<std::string_view> target = components(to);
  // The target's own name is never a shared folder.
  std::size_t common = 0;
  while (common < folder.size() && common + 1 < target.size() && folder[common] == target[common])
    ++common;
  std::string out;
  for (std::size_t i = common; i < folder.size(); ++i) out += "../";
  for (std::size_t i = common; i < target.size(); ++i) {
    if (i > common) out += '/';
    out += target[i];
  }
  return out;
}

std::string markdown_link_destination(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    // Obsidian's own set: TAB, LF, CR and 0x01-0x07 are left alone there too.
    const bool encode = c == ' ' || c == '\\' || u == 0x00 || u == 0x08 || u == 0x0B || u == 0x0C ||
                        (u >= 0x0E && u <= 0x1F);
    if (!encode) {
      out += c;
      continue;
    }
    out += '%';
    out += kHex[u >> 4];
    out += kHex[u & 0xF];
  }
  return out;
}

std::string markdown_link_text(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (const char c : name) {
    if (c != '\0' && std::strchr("\\[]<>_*~=`$", c)) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace goals
