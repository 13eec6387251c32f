/// Writing new notes safely: file names from titles, YAML values that read
/// back as written, and creation that never overwrites or leaves the vault.
#pragma once

#include <string>
#include <string_view>

#include "goals/filesystem.h"

namespace goals {

/// A title as one path component: `/ \ : * ? " < > | # ^ [ ]` and control
/// characters become spaces (runs collapsed), no leading dot, trailing dots
/// and spaces trimmed, at most 255 bytes without splitting a UTF-8
/// character, never "", "." or "..". (Obsidian refuses those characters in
/// note names.)
std::string slugify(std::string_view title);

/// `text` as a YAML scalar that every YAML reader reads back as the same
/// string: plain when that is safe, else double-quoted with escapes (`yes`,
/// `012`, `2024-01-01`, `a: b`, `#x`, `[x`, leading/trailing spaces, ...).
std::string yaml_quote(std::string_view text);

enum class CreateStatus { Created, Exists, OutsideVault, Error };

struct CreateResult {
  CreateStatus status = CreateStatus::Error;
  std::string path;   ///< absolute path written (or refused)
  std::string error;  ///< why not, for the message
};

/// Creates the vault-relative file `rel` holding `contents`: missing folders
/// are made, an existing file or symlink at the target is never replaced,
/// and the target's folder must resolve (real path) inside the vault.
CreateResult create_note(const FileSystem& fs, const std::string& root, const std::string& rel,
                         std::string_view contents);

}  // namespace goals
