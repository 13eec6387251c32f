/// Writing new notes safely: file names from titles, YAML values that read
/// back as written, and creation that never overwrites or leaves the vault.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "goals/io/filesystem.h"
#include "goals/parse/frontmatter.h"
#include "goals/support/yaml_quote.h"

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
CreateResult create_note(FileSystem& fs, const std::string& root, const std::string& rel,
                         std::string_view contents);

enum class EditStatus {
  Edited,        ///< the block is in the note
  Changed,       ///< the note is not what was read: nothing written
  NotAFile,      ///< no regular file there (missing, a symlink, a folder)
  OutsideVault,  ///< the path leaves the vault, or its folders lead out of it
  Error,
};

struct EditResult {
  EditStatus status = EditStatus::Error;
  std::string path;   ///< the absolute path edited (or refused)
  std::string error;  ///< why not, for the message (does not repeat the path)
};

/// Inserts `block` at byte `offset` of the existing note `rel` (vault
/// relative), which must still hold exactly `expected`, the text it was
/// read with: no other byte changes. The note is replaced atomically (a temp
/// file in its folder, fsynced, renamed over it, keeping its permissions); a
/// symlink is never followed or replaced, and its folder must resolve inside
/// the vault. Anything else (the note edited since it was read, moved, or
/// gone) refuses the edit and writes nothing.
EditResult insert_into_note(FileSystem& fs, const std::string& root, const std::string& rel,
                            const std::string& expected, std::size_t offset,
                            std::string_view block);

enum class GeneratedStatus {
  Created,       ///< nothing was there
  Replaced,      ///< a note goals had generated was there and is replaced
  Foreign,       ///< a file without the `generated-by: goals` property is there
  NotAFile,      ///< a symlink (never followed), folder or other entry is there
  OutsideVault,  ///< the path is inside the vault but its folders lead out of it
  Error,
};

struct GeneratedResult {
  GeneratedStatus status = GeneratedStatus::Error;
  std::string path;   ///< the absolute path written (or refused), lexically normalized
  std::string error;  ///< why not, for the message (does not repeat the path)
};

/// Writes a note that goals generates, at `path` (absolute, or relative to
/// the working directory), with the scaffolding's guarantees: the file
/// appears whole or not at all (a temp file in the same folder, fsynced, then
/// linked or renamed into place) and a symlink at `path` is never followed.
/// When `path` lies inside the vault at `root`, missing folders are made one
/// at a time and each must resolve inside the vault (else OutsideVault);
/// outside the vault, its folder must exist. An existing regular file is
/// replaced only when it is itself a generated note (is_generated_note);
/// any other file is Foreign, and a symlink, folder or other entry NotAFile.
/// `contents` must carry the marker too (Error otherwise), so the next run
/// may replace what this one writes.
GeneratedResult write_generated_note(FileSystem& fs, const std::string& root,
                                     const std::string& path, std::string_view contents);

/// Writes a `.base` file goals generates (`goals base`) with the guarantees
/// of write_generated_note, and two differences: `path` must lie inside the
/// vault at `root` (else OutsideVault), and the marker is the first line
/// `# generated by goals` (is_generated_base), in `contents` and in any file
/// it replaces, since a `.base` file has no front matter.
GeneratedResult write_generated_base(FileSystem& fs, const std::string& root,
                                     const std::string& path, std::string_view contents);

}  // namespace goals
