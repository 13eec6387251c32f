/// Writing new notes safely: file names from titles, YAML values that read
/// back as written, and creation that never overwrites or leaves the vault.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "goals/filesystem.h"

namespace goals {

/// The longest file name (one path component) in bytes on common file systems.
inline constexpr std::size_t kMaxNameBytes = 255;

/// A title as one path component: `/ \ : * ? " < > | # ^ [ ]` and control
/// characters (C0, DEL, C1) become spaces (runs collapsed), invalid UTF-8
/// bytes become U+FFFD, leading dots and spaces and trailing dots and spaces
/// are trimmed, at most `max_bytes` bytes without splitting a UTF-8
/// character, and "Untitled" instead of "", "." or "..". The default leaves
/// room for a `.md` extension within kMaxNameBytes. Idempotent. (Obsidian
/// refuses those characters in note names.)
std::string slugify(std::string_view title, std::size_t max_bytes = kMaxNameBytes - 3);

/// `text` as a YAML scalar that every YAML reader (1.1 or 1.2, block or flow
/// context) reads back as the same string: plain when that is safe, else
/// double-quoted with escapes (`yes`, `012`, `2024-01-01`, `a: b`, `#x`, `[x`,
/// `[[link]]`, leading/trailing spaces, ...). YAML text is Unicode, so
/// invalid UTF-8 bytes are written as U+FFFD.
std::string yaml_quote(std::string_view text);

enum class CreateStatus { Created, Exists, OutsideVault, Error };

struct CreateResult {
  CreateStatus status = CreateStatus::Error;
  std::string path;   ///< absolute path written (or refused): `root`/`rel`, made absolute
  std::string error;  ///< why not, for the message (does not repeat `path`)
};

/// Creates the vault-relative file `rel` ('/' separated) holding `contents`:
/// missing folders are made one by one, and each must resolve (real path)
/// inside the vault's real path, else OutsideVault (so is an absolute `rel`
/// or one with an empty, `.` or `..` component); anything at the target, a
/// file, folder or symlink (even a dangling one), is never replaced (Exists).
/// Any other failure, such as a file where a folder belongs, is Error.
CreateResult create_note(const FileSystem& fs, const std::string& root, const std::string& rel,
                         std::string_view contents);

}  // namespace goals
