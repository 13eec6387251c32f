#include "goals/write/scaffold.h"

#include "goals/write/note_edit.h"

#include <cstdio>
#include <cstring>
#include <span>
#include <vector>

#include "goals/parse/frontmatter.h"
#include "goals/support/text.h"
#include "support/path_internal.h"
#include "support/utf8_internal.h"

namespace goals {

namespace {

using detail::decode_at;
using detail::is_c1;
using detail::kReplacement;
using detail::utf8_len_at;

// Leading dots would hide the file (and "." / ".." are not names); Windows
// and Obsidian sync drop trailing dots and spaces, so never end with them.
constexpr std::string_view kSlugEnds = " .";

// The bidirectional control characters, which can make a name read other
// than it is (a right-to-left override turns "cod.exe" around), by name.
const char* bidi_control_name(char32_t cp) {
  switch (cp) {
    case 0x061C:
      return "an Arabic letter mark";
    case 0x200E:
      return "a left-to-right mark";
    case 0x200F:
      return "a right-to-left mark";
    case 0x202A:
      return "a left-to-right embedding";
    case 0x202B:
      return "a right-to-left embedding";
    case 0x202C:
      return "a pop directional formatting";
    case 0x202D:
      return "a left-to-right override";
    case 0x202E:
      return "a right-to-left override";
    case 0x2066:
      return "a left-to-right isolate";
    case 0x2067:
      return "a right-to-left isolate";
    case 0x2068:
      return "a first strong isolate";
    case 0x2069:
      return "a pop directional isolate";
    default:
      return nullptr;
  }
}

}  // namespace

std::optional<std::string> title_problem(std::string_view title) {
  if (const std::size_t bad = detail::first_invalid_utf8(title); bad != std::string_view::npos)
    return "has invalid UTF-8 at byte " + std::to_string(bad + 1);
  for (std::size_t i = 0; i < title.size();) {
    const std::size_t len = utf8_len_at(title, i);
    const char32_t cp = decode_at(title, i, len);
    if (const char* name = bidi_control_name(cp)) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
      return std::string("holds ") + name + " (" + code + ")";
    }
    i += len;
  }
  const std::string_view t = trim(title);
  if (t.empty()) return "is empty";
  if (t == "." || t == "..") return "is `" + std::string(t) + "`, which is not a note name";
  if (slugify(title) == "Untitled" && t != "Untitled")
    return "has no character a file name can keep";
  return std::nullopt;
}

std::string slugify(std::string_view title, std::size_t max_bytes) {
  static constexpr std::string_view kUntitled = "Untitled";
  // Never below "Untitled", so the fallback itself fits (and stays a fixed point).
  if (max_bytes < kUntitled.size()) max_bytes = kUntitled.size();
  std::string out;
  out.reserve(title.size());
  // A replaced character becomes one space; runs collapse and a leading one
  // is never written.
  auto space = [&out] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  for (std::size_t i = 0; i < title.size();) {
    const auto c = static_cast<unsigned char>(title[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F || std::strchr("/\\:*?\"<>|#^[]", static_cast<char>(c)) ||
          c == ' ') {
        space();
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const std::size_t len = utf8_len_at(title, i);
    if (len == 0) {
      out += kReplacement;  // one invalid byte at a time, as decoders do
      ++i;
      continue;
    }
    if (const char32_t cp = decode_at(title, i, len); is_c1(cp) || bidi_control_name(cp)) {
      space();
    } else {
      out.append(title.substr(i, len));
    }
    i += len;
  }
  out = trim(out, kSlugEnds);
  if (out.size() > max_bytes) {
    out.resize(detail::utf8_floor(out, max_bytes));
    out = trim(out, kSlugEnds);
  }
  if (out.empty()) out = kUntitled;
  return out;
}

namespace {

// Makes the folders `parts` below `vault_real` one at a time, each checked to
// resolve inside the vault before the next is made in it: a folder symlink
// leading out of the vault stops the walk before anything is written there.
// Later steps go through the resolved path, so a link swapped in after the
// check is not followed for what is already checked. Returns the last
// folder's real path, or "" with `*outside` (it led out of the vault) and
// `*error` set.
std::string make_folders_inside(FileSystem& fs, const std::string& vault_real,
                                std::span<const std::string> parts, bool* outside,
                                std::string* error) {
  std::string dir_real = vault_real;
  for (const std::string& part : parts) {
    const std::string dir = path_join(dir_real, part);
    std::string err;
    const FileSystem::WriteStatus st = fs.make_dir(dir, &err);
    if (st != FileSystem::WriteStatus::Okay && st != FileSystem::WriteStatus::Exists) {
      *error = "cannot make folder " + dir + ": " + err;
      return "";
    }
    const std::string real = fs.real_path(dir);
    if (!real.empty() && !detail::is_inside(real, vault_real)) {
      *outside = true;
      *error = "folder " + dir + " leads outside the vault (to " + real + ")";
      return "";
    }
    if (real.empty() || fs.kind(real, true) != EntryKind::Directory) {
      *error = dir + " is not a folder";
      return "";
    }
    dir_real = real;
  }
  return dir_real;
}

// The components of the vault-relative path `rel`, or none with `r` saying
// why not. The caller slugified each name; this is the last line of defence
// against a path that names something outside the vault (or a different file
// once the C library stops at a NUL).
std::vector<std::string> plain_components(const std::string& rel, CreateResult* r) {
  if (rel.empty() || rel[0] == '/') {
    r->status = CreateStatus::OutsideVault;
    r->error = "not a path inside the vault";
    return {};
  }
  if (rel.find('\0') != std::string::npos) {
    r->status = CreateStatus::Error;
    r->error = "the path holds a NUL byte";
    return {};
  }
  std::vector<std::string> parts;
  for (std::size_t i = 0;;) {
    std::size_t j = rel.find('/', i);
    if (j == std::string::npos) j = rel.size();
    parts.push_back(rel.substr(i, j - i));
    if (j == rel.size()) break;
    i = j + 1;
  }
  for (const std::string& part : parts) {
    if (part.empty() || part == "." || part == "..") {
      r->status = CreateStatus::OutsideVault;
      r->error = "not a plain path inside the vault (empty, `.` or `..` component)";
      return {};
    }
    if (part.size() > kMaxNameBytes) {
      r->status = CreateStatus::Error;
      r->error = "a file name is longer than 255 bytes";
      return {};
    }
  }
  return parts;
}

}  // namespace

EditResult edit_note(FileSystem& fs, const std::string& root, const std::string& rel,
                     const std::string& expected, std::span<const TextEdit> edits) {
  EditResult r;
  std::string abs_root = root;
  if (abs_root.empty() || abs_root[0] != '/') abs_root = path_join(fs.current_dir(), abs_root);
  abs_root = detail::normalize_lexical(abs_root);
  r.path = path_join(abs_root, rel);
  CreateResult check;
  if (plain_components(rel, &check).empty()) {
    r.status =
        check.status == CreateStatus::OutsideVault ? EditStatus::OutsideVault : EditStatus::Error;
    r.error = check.error;
    return r;
  }
  const std::optional<std::string> text = apply_edits(expected, edits);
  if (!text) {
    r.error = "the change does not fit the note (a span past its end, or two that overlap)";
    return r;
  }
  if (fs.kind(r.path, /*follow=*/false) != EntryKind::File) {
    r.status = EditStatus::NotAFile;
    r.error = "there is no note file there (a symlink or folder is never edited)";
    return r;
  }
  const std::string vault_real = fs.real_path(abs_root);
  const std::string dir_real = fs.real_path(path_dirname(r.path));
  if (vault_real.empty() || dir_real.empty() || !detail::is_inside(dir_real, vault_real)) {
    r.status = EditStatus::OutsideVault;
    r.error = "its folder leads outside the vault";
    return r;
  }
  const std::string target = path_join(dir_real, rel.substr(rel.rfind('/') + 1));
  std::string now, err;
  if (fs.read_file(target, &now, &err, expected.size() + 1) != FileSystem::Status::Okay ||
      now != expected) {
    r.status = EditStatus::Changed;
    r.error = "the note changed since goals read it";
    return r;
  }
  switch (fs.replace_file(target, *text, &err)) {
    case FileSystem::WriteStatus::Okay:
      r.status = EditStatus::Edited;
      return r;
    case FileSystem::WriteStatus::Exists:
      r.status = EditStatus::NotAFile;
      r.error = err;
      return r;
    case FileSystem::WriteStatus::NotFound:
    case FileSystem::WriteStatus::OtherError:
      break;
  }
  r.error = err;
  return r;
}

EditResult insert_into_note(FileSystem& fs, const std::string& root, const std::string& rel,
                            const std::string& expected, std::size_t offset,
                            std::string_view block) {
  const TextEdit edit{offset, 0, with_line_endings(block, line_ending_of(expected))};
  return edit_note(fs, root, rel, expected, std::span(&edit, 1));
}

CreateResult create_note(FileSystem& fs, const std::string& root, const std::string& rel,
                         std::string_view contents) {
  CreateResult r;
  std::string abs_root = root;
  if (abs_root.empty() || abs_root[0] != '/') abs_root = path_join(fs.current_dir(), abs_root);
  abs_root = detail::normalize_lexical(abs_root);
  r.path = path_join(abs_root, rel);

  const std::vector<std::string> parts = plain_components(rel, &r);
  if (parts.empty()) return r;
  const std::string vault_real = fs.real_path(abs_root);
  if (vault_real.empty()) {
    r.status = CreateStatus::Error;
    r.error = "cannot resolve the vault folder " + abs_root;
    return r;
  }
  bool outside = false;
  const std::string dir_real = make_folders_inside(
      fs, vault_real, std::span(parts).first(parts.size() - 1), &outside, &r.error);
  if (dir_real.empty()) {
    r.status = outside ? CreateStatus::OutsideVault : CreateStatus::Error;
    return r;
  }

  std::string err;
  switch (fs.create_file(path_join(dir_real, parts.back()), contents, &err)) {
    case FileSystem::WriteStatus::Okay:
      r.status = CreateStatus::Created;
      return r;
    case FileSystem::WriteStatus::Exists:
      r.status = CreateStatus::Exists;
      r.error = "already exists (never overwritten)";
      return r;
    case FileSystem::WriteStatus::NotFound:
    case FileSystem::WriteStatus::OtherError:
      break;
  }
  r.status = CreateStatus::Error;
  r.error = err.empty() ? "cannot write the file" : err;
  return r;
}

namespace {

// The largest file read to look for the marker: a note goals generated is far
// smaller, so anything bigger is someone else's.
constexpr std::size_t kMaxGeneratedBytes = 8 * 1024 * 1024;

// What marks a file goals generated, and so may replace: a note's
// `generated-by: goals` property, or a `.base` file's first-line comment.
struct Marker {
  bool (*present)(std::string_view text);
  const char* missing;  ///< the text lacks the marker
  const char* foreign;  ///< an existing file lacks it
  bool inside_only;     ///< refuse paths outside the vault
};

constexpr Marker kNoteMarker{is_generated_note, "the text lacks the `generated-by: goals` property",
                             "was not written by goals (it has no `generated-by: goals` property)",
                             false};
constexpr Marker kBaseMarker{is_generated_base,
                             "the text does not open with `# generated by goals`",
                             "was not written by goals (it does not open with `# generated by "
                             "goals`)",
                             true};

// Whether `contents` may be written at `path` at all; false with `r` saying
// why not.
bool writable_generated(const std::string& path, std::string_view contents, const Marker& marker,
                        GeneratedResult* r) {
  if (!marker.present(contents)) {
    r->error = marker.missing;
    return false;
  }
  if (path.find('\0') != std::string::npos) {
    r->error = "the path holds a NUL byte";
    return false;
  }
  const std::string name = path_basename(r->path);
  if (path.empty() || path.back() == '/' || r->path == "/" || name == "." || name == "..") {
    r->error = "not a file name";
    return false;
  }
  if (name.size() > kMaxNameBytes) {
    r->error = "the file name is longer than 255 bytes";
    return false;
  }
  return true;
}

// The real path of the folder that gets r->path: inside the vault its
// folders are made as create_note makes them; outside, it must exist.
// "" with `r` saying why not.
std::string generated_folder(FileSystem& fs, const std::string& root, const std::string& cwd,
                             bool inside_only, GeneratedResult* r) {
  const std::string abs_root = detail::normalize_lexical(path_join(cwd, root));
  const std::string vault_real = fs.real_path(abs_root);
  // Inside the vault as written, or as resolved (a path through the vault's
  // real location); the folders are then walked from the vault's real path.
  std::string base;
  if (!vault_real.empty() && detail::is_inside(r->path, abs_root))
    base = abs_root;
  else if (!vault_real.empty() && detail::is_inside(r->path, vault_real))
    base = vault_real;

  if (base.empty() && inside_only) {
    r->status = GeneratedStatus::OutsideVault;
    r->error = "it is not inside the vault";
    return "";
  }
  if (base.empty()) {
    const std::string dir = path_dirname(r->path);
    const std::string dir_real = fs.real_path(dir);
    if (dir_real.empty() || fs.kind(dir_real, true) != EntryKind::Directory) {
      r->error = "folder " + dir + " does not exist";
      return "";
    }
    return dir_real;
  }
  if (r->path == base) {
    r->status = GeneratedStatus::NotAFile;
    r->error = "is the vault folder";
    return "";
  }
  std::vector<std::string> parts;
  for (std::string_view part : detail::split_path(std::string_view(r->path).substr(base.size())))
    parts.emplace_back(part);
  parts.pop_back();  // the file name
  bool outside = false;
  std::string dir_real = make_folders_inside(fs, vault_real, parts, &outside, &r->error);
  if (dir_real.empty())
    r->status = outside ? GeneratedStatus::OutsideVault : GeneratedStatus::Error;
  return dir_real;
}

// Something is at `target`: only a regular file goals generated may go.
void replace_generated(FileSystem& fs, const std::string& target, std::string_view contents,
                       const Marker& marker, GeneratedResult* r) {
  switch (fs.kind(target, /*follow=*/false)) {
    case EntryKind::File:
      break;
    case EntryKind::Symlink:
      r->status = GeneratedStatus::NotAFile;
      r->error = "is a symlink (goals never writes through one)";
      return;
    case EntryKind::Directory:
      r->status = GeneratedStatus::NotAFile;
      r->error = "is a folder";
      return;
    case EntryKind::Other:
      r->status = GeneratedStatus::NotAFile;
      r->error = "is not a regular file";
      return;
  }
  std::string old, err;
  const FileSystem::Status read = fs.read_file(target, &old, &err, kMaxGeneratedBytes);
  if (read == FileSystem::Status::OtherError || read == FileSystem::Status::NotFound) {
    r->error = "cannot read the file there: " + err;
    return;
  }
  if (read == FileSystem::Status::TooLarge || !marker.present(old)) {
    r->status = GeneratedStatus::Foreign;
    r->error = marker.foreign;
    return;
  }
  switch (fs.replace_file(target, contents, &err)) {
    case FileSystem::WriteStatus::Okay:
      r->status = GeneratedStatus::Replaced;
      return;
    case FileSystem::WriteStatus::Exists:
      // Swapped for something else since it was read.
      r->status = GeneratedStatus::NotAFile;
      r->error = "is no longer a regular file";
      return;
    case FileSystem::WriteStatus::NotFound:
    case FileSystem::WriteStatus::OtherError:
      break;
  }
  r->error = err.empty() ? "cannot write the file" : err;
}

// write_generated_note and write_generated_base, told apart by `marker`.
GeneratedResult write_generated(FileSystem& fs, const std::string& root, const std::string& path,
                                std::string_view contents, const Marker& marker) {
  GeneratedResult r;
  const std::string cwd = fs.current_dir();
  r.path = detail::normalize_lexical(path_join(cwd, path));
  if (!writable_generated(path, contents, marker, &r)) return r;
  const std::string dir_real = generated_folder(fs, root, cwd, marker.inside_only, &r);
  if (dir_real.empty()) return r;

  const std::string target = path_join(dir_real, path_basename(r.path));
  std::string err;
  switch (fs.create_file(target, contents, &err)) {
    case FileSystem::WriteStatus::Okay:
      r.status = GeneratedStatus::Created;
      return r;
    case FileSystem::WriteStatus::Exists:
      replace_generated(fs, target, contents, marker, &r);
      return r;
    case FileSystem::WriteStatus::NotFound:
    case FileSystem::WriteStatus::OtherError:
      break;
  }
  r.error = err.empty() ? "cannot write the file" : err;
  return r;
}

}  // namespace

GeneratedResult write_generated_note(FileSystem& fs, const std::string& root,
                                     const std::string& path, std::string_view contents) {
  return write_generated(fs, root, path, contents, kNoteMarker);
}

GeneratedResult write_generated_base(FileSystem& fs, const std::string& root,
                                     const std::string& path, std::string_view contents) {
  return write_generated(fs, root, path, contents, kBaseMarker);
}

}  // namespace goals
