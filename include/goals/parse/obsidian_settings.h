/// The vault's own Obsidian settings (`<vault>/.obsidian/`) that say which
/// notes are not notes to plan with (excluded files and templates), where
/// the user's periodic notes (daily, weekly … yearly) live, and how new links
/// are written.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "goals/io/filesystem.h"
#include "goals/parse/config.h"
#include "goals/parse/periodic.h"
#include "goals/support/date.h"
#include "goals/support/diagnostic.h"

namespace goals {

/// One entry of Settings → Files and links → Excluded files
/// (`userIgnoreFilters` in `.obsidian/app.json`), matched as Obsidian does.
struct ExcludeFilter {
  std::string written;    ///< the entry as in app.json
  bool is_regex = false;  ///< written `/…/`: a regular expression, else a path prefix
  std::string prefix;     ///< a prefix entry, case-folded
  std::regex regex;       ///< a regex entry: ECMAScript, case-insensitive

  /// Whether the vault-relative path `rel` is excluded by this entry: it
  /// starts with the prefix, or the expression is found anywhere in it;
  /// letter case never matters.
  bool matches(std::string_view rel) const;
};

/// Settings → Files and links → New link format (`newLinkFormat` in
/// `.obsidian/app.json`): how the path of a new link is written.
enum class NewLinkFormat : std::uint8_t {
  Shortest,  ///< "shortest" (Obsidian's default): the bare name when only one file has it
  Relative,  ///< "relative": the path from the linking note's folder (`../Goals/X`)
  Absolute,  ///< "absolute": the path from the vault root (`Goals/X`)
};

/// How Obsidian writes a new link, read from `.obsidian/app.json`. The
/// defaults are Obsidian's, for a vault without the file or the keys.
struct LinkSettings {
  NewLinkFormat format = NewLinkFormat::Shortest;  ///< `newLinkFormat`
  /// `useMarkdownLinks` (Settings → Files and links → Use [[Wikilinks]]
  /// switched off): `[Name](path.md)` rather than `[[path]]`.
  bool markdown = false;
};

/// What `.obsidian/` says about the vault's files.
struct ObsidianSettings {
  /// Excluded files, in the order written; entries that could not be read are left out.
  std::vector<ExcludeFilter> excluded;
  /// How new links are written (`newLinkFormat`, `useMarkdownLinks`).
  LinkSettings links;
  /// Template folders: vault-relative, no slash at either end, sorted and unique.
  std::vector<std::string> template_folders;
  /// Template notes as the settings name them (`Templates/Daily`,
  /// `Templates/Daily.md`): found the way Obsidian finds them, as a link
  /// from the vault root (the loader resolves them). Sorted and unique.
  std::vector<std::string> template_notes;
  /// The property types Obsidian's Properties view gives keys
  /// (`types.json`), keys lowercased.
  std::map<std::string, PropertyType, std::less<>> property_types;
  /// The periodic notes, each when some settings file speaks of it: from
  /// Periodic Notes (its active calendar set in 1.x, else the first; the
  /// per-period objects in 0.x), and for `daily` the core Daily notes plugin
  /// unless Periodic Notes has daily notes switched on.
  std::optional<PeriodicNoteSetting> daily, weekly, monthly, quarterly, yearly;
  /// The settings files that exist and were read, vault-relative, in reading order.
  std::vector<std::string> files_read;

  /// Whether `rel` (a vault-relative path) matches an Excluded files entry.
  bool is_excluded(std::string_view rel) const;
  /// Whether `rel` lies inside a template folder (letter case as written).
  bool in_template_folder(std::string_view rel) const;
};

/// Reads, through `fs`, these files below `<root>/.obsidian/`:
/// `app.json` (`userIgnoreFilters`, `newLinkFormat`, `useMarkdownLinks`),
/// `templates.json` (`folder`),
/// `core-plugins.json` (whether `daily-notes` is on: a list of the ids that
/// are on, or an object of id → true/false), `daily-notes.json` (`folder`,
/// `format`, `template`), `plugins/templater-obsidian/data.json`
/// (`templates_folder`, `folder_templates[].template`,
/// `file_templates[].template`), `community-plugins.json` (whether
/// `periodic-notes` is on), `plugins/periodic-notes/data.json` (0.x:
/// `daily` … `yearly` with `enabled`, `folder`, `format`, `template`; 1.x:
/// `activeCalendarSet` and `calendarSets[]` with `id` and `day` … `year`
/// holding `enabled`, `folder`, `format`, `templatePath`), and `types.json`
/// (`types`). Daily notes count as on when `core-plugins.json` is missing;
/// Periodic Notes when `community-plugins.json` is.
/// A missing file is normal and says nothing. One that cannot be read, is not
/// JSON or holds a value of the wrong type is a warning
/// (`invalid-obsidian-settings`) in `diags` at that file; whatever else it
/// holds is still used. Never throws.
ObsidianSettings read_obsidian_settings(const FileSystem& fs, const std::string& root,
                                        Diagnostics* diags);

}  // namespace goals
