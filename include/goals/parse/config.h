/// `.goals.yaml`: the per-vault settings, with every default.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "goals/io/filesystem.h"
#include "goals/parse/tasks.h"
#include "goals/support/diagnostic.h"

namespace goals {

/// A rule's configured severity; Off disables it.
enum class RuleLevel { Error, Warning, Info, Off };
inline constexpr Named<RuleLevel> kRuleLevelNames[] = {{"error", RuleLevel::Error},
                                                       {"warning", RuleLevel::Warning},
                                                       {"info", RuleLevel::Info},
                                                       {"off", RuleLevel::Off}};
constexpr std::span<const Named<RuleLevel>> names_of(RuleLevel) { return kRuleLevelNames; }

/// A property type as Obsidian's Properties view knows it (`.obsidian/types.json`).
enum class PropertyType { Text, Multitext, Number, Checkbox, Date, Datetime, Aliases, Tags };
inline constexpr Named<PropertyType> kPropertyTypeNames[] = {
    {"text", PropertyType::Text},       {"multitext", PropertyType::Multitext},
    {"number", PropertyType::Number},   {"checkbox", PropertyType::Checkbox},
    {"date", PropertyType::Date},       {"datetime", PropertyType::Datetime},
    {"aliases", PropertyType::Aliases}, {"tags", PropertyType::Tags}};
constexpr std::span<const Named<PropertyType>> names_of(PropertyType) { return kPropertyTypeNames; }

struct Config {
  /// Folder names for new notes, by kind ("vision", "goals", "sprints", "reviews").
  std::map<std::string, std::string> folders{
      {"vision", "Vision"}, {"goals", "Goals"}, {"sprints", "Sprints"}, {"reviews", "Reviews"}};
  /// Property-name aliases: alias -> canonical key.
  std::map<std::string, std::string> aliases{{"due", "deadline"}, {"updated", "reviewed"}};
  int max_goals_per_sprint = 3;
  int stale_after_days = 90;
  int sprint_min_days = 80;
  int sprint_max_days = 100;
  /// Glob patterns relative to the vault root; `*` stays in one component,
  /// `**` crosses folders, `?` one character.
  std::vector<std::string> ignore;
  /// Rule id -> severity override.
  std::map<std::string, RuleLevel> rules;
  /// Rule id -> raw YAML text of its options (rules read what they know).
  std::map<std::string, std::string> rule_options;
  std::string path;  ///< where it was read from, "" for defaults
  /// The property types the vault's Obsidian declares (`.obsidian/types.json`,
  /// keys lowercased; set by load_vault()); a plain note's values are
  /// checked only against these.
  std::map<std::string, PropertyType, std::less<>> property_types;
  /// The Tasks plugin's settings: not part of `.goals.yaml`, but read with
  /// the vault (load_vault, from `.obsidian/`) for every note to use.
  TaskSettings tasks;
};

/// The result of reading a config file.
struct ConfigResult {
  Config config;
  /// Problems. An Error severity means the config is unusable (exit 2);
  /// warnings (unknown keys) are printed and the run goes on.
  Diagnostics diagnostics;
  bool ok() const;
};

/// Parses config text; `path` is used in diagnostics (line:col are the file's).
ConfigResult parse_config(const std::string& text, const std::string& path);

/// Reads `<root>/.goals.yaml` if it exists; defaults otherwise.
ConfigResult load_config(const FileSystem& fs, const std::string& root);

/// True if the vault-relative path `rel` matches glob `pattern`.
bool glob_match(std::string_view pattern, std::string_view rel);

}  // namespace goals
