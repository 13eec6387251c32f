/// Finding, scanning and loading a vault: files -> parsed notes -> resolved links.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "goals/io/filesystem.h"
#include "goals/parse/config.h"
#include "goals/parse/note.h"
#include "goals/parse/obsidian_settings.h"
#include "goals/support/diagnostic.h"

namespace goals {

/// The vault root, as git finds a repository: `flag` (--vault), else `env`
/// (GOALS_VAULT), else the nearest folder at or above the working directory
/// holding `.obsidian/` or `.goals.yaml`. Returned absolute; nullopt when
/// none is named or found (never the working directory by default: a
/// shared temporary folder or `/` is no vault).
std::optional<std::string> find_vault_root(const FileSystem& fs,
                                           const std::optional<std::string>& flag,
                                           const std::optional<std::string>& env);

/// Every file below `root`, vault-relative and sorted: `*.md` notes and other
/// files (attachments). Skips dot-folders and `config.ignore` globs; follows a
/// symlink only while its real path stays inside the vault; survives loops.
/// Problems (a dangling link, an unreadable folder) go to `diags`.
std::vector<std::string> scan_vault(const FileSystem& fs, const std::string& root,
                                    const Config& config, Diagnostics* diags);

/// Per-file limits of the loader, and what it keeps.
struct LoadOptions {
  std::size_t max_note_bytes = 8 * 1024 * 1024;
  unsigned threads = 0;         ///< 0: one per core
  bool lint_templates = false;  ///< keep templates' own findings (`goals lint --include-templates`)
};

/// What a note is to goals, by the vault's Obsidian settings (`.obsidian/`,
/// see parse/obsidian_settings.h). Decided once, from the note's path, at load.
enum class NoteRole : std::uint8_t {
  Note,      ///< an ordinary note
  Template,  ///< in a template folder or named as a template: not in the graph, not listed,
             ///< linted only when asked
  Excluded,  ///< matched by Obsidian's Excluded files: not in the graph, not listed, not linted
};

/// Whether lint reports on a note of role `r`: an ordinary note, or a template
/// when `lint_templates` (`goals lint --include-templates`). Excluded notes never.
constexpr bool is_linted(NoteRole r, bool lint_templates) {
  return r == NoteRole::Note || (r == NoteRole::Template && lint_templates);
}

struct Vault {
  std::string root;  ///< absolute
  Config config;
  std::vector<std::string> files;  ///< every file, vault-relative, sorted
  std::vector<int> note_of_file;   ///< files[i] -> index into notes, or -1 (attachment, unreadable)
  std::vector<Note> notes;         ///< readable notes, sorted by path
  std::vector<NoteRole> roles;     ///< per note
  std::vector<std::vector<int>> backlinks;  ///< per note: notes linking to it (sorted, unique)
  Diagnostics diagnostics;                  ///< load and parse problems, sorted
  /// The `.obsidian/` settings files that were read, vault-relative.
  std::vector<std::string> obsidian_settings;
  /// How Obsidian writes new links here (`.obsidian/app.json`), for the notes goals writes.
  LinkSettings links;
  bool lint_templates = false;  ///< LoadOptions::lint_templates

  /// Note `note`'s role (Note for a vault built by hand without roles).
  NoteRole role(int note) const {
    const auto i = static_cast<std::size_t>(note);
    return i < roles.size() ? roles[i] : NoteRole::Note;
  }
  /// Whether note `note` is an ordinary note: the only kind that is in the
  /// goal graph and listed.
  bool is_ordinary(int note) const { return role(note) == NoteRole::Note; }
  /// Whether lint reports on note `note` (see goals::is_linted).
  bool is_linted(int note) const { return goals::is_linted(role(note), lint_templates); }

  /// The note a resolved link points at, or -1.
  int note_of(const Link& l) const {
    return l.file >= 0 && l.state != Link::State::Unresolved ? note_of_file[l.file] : -1;
  }
  /// Finds a note by vault path (with or without ".md") or, failing that, as a
  /// wiki-link target would resolve from the vault root. -1 if none.
  int find_note(std::string_view name) const;
};

/// Reads the vault's Obsidian settings, scans and parses every note (on
/// `threads` cores), gives each its role, resolves every link and fills
/// backlinks. The findings of notes that are not linted (see is_linted) are
/// dropped: excluded notes and templates still parse and stay link targets,
/// but say nothing. Never throws on users' notes.
Vault load_vault(const FileSystem& fs, const std::string& root, const Config& config,
                 const LoadOptions& options = {});

}  // namespace goals
