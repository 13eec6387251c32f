/// `.goals.yaml`: the per-vault settings, with every default.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "goals/io/filesystem.h"
#include "goals/parse/kinds.h"
#include "goals/parse/periodic.h"
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

/// One rule of `classify` in `.goals.yaml`: a note is of `kind` when every
/// condition the rule sets holds (a rule sets at least one).
struct KindRule {
  NoteType kind = NoteType::Goal;
  /// `property: {key: value}`: the property (its canonical name) holds one of
  /// `values` (letter case and surrounding spaces do not matter; in a list
  /// property, any item). No values: the property is set and not empty.
  std::string property;
  std::vector<std::string> values;
  /// `tag: a/b`: the note has the tag `#a/b` or a tag nested below it
  /// (`#a/b/c`), in the front matter or the body, in any letter case.
  std::string tag;
  /// `folder: glob`: the note lies in a folder matching the glob, or below one.
  std::string folder;
  /// `heading: text`: the note has a heading with this text (any level, any
  /// letter case), such as a journal's `## Quarterly Goals`.
  std::string heading;
  /// For a review: its cadence when the note's own `cadence` says none.
  std::optional<Cadence> cadence;
  /// For a goal: its horizon when the note's own `horizon` says none.
  std::optional<Horizon> horizon;
  int line = 0;  ///< where the rule stands in `.goals.yaml` (1-based)

  /// The rule's conditions in the words of the config ("tag: life/goal, folder: Goals").
  std::string conditions() const;
};

struct Config {
  /// Folder names for new notes, by kind ("vision", "goals", "sprints", "reviews").
  std::map<std::string, std::string> folders{
      {"vision", "Vision"}, {"goals", "Goals"}, {"sprints", "Sprints"}, {"reviews", "Reviews"}};
  /// Property-name aliases: alias -> canonical key.
  std::map<std::string, std::string> aliases{{"due", "deadline"}, {"updated", "reviewed"}};
  /// How notes are recognised as visions, goals, sprints and reviews, after
  /// their `type` property: the first rule that matches wins. Empty by
  /// default (only `type` counts).
  std::vector<KindRule> classify;
  /// Other words for values: property -> (word as written, lowercased -> the
  /// word goals knows), e.g. status: {in-progress: active}. For `status`,
  /// `horizon`, `cadence` and `type`.
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> value_aliases;
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
  /// The user's weekly, monthly and quarterly notes (Periodic Notes, when
  /// switched on; set by load_vault from `.obsidian/`, not `.goals.yaml`):
  /// such a note is a review of that cadence unless `type` or a `classify`
  /// rule says otherwise.
  struct PeriodicReviews {
    std::optional<PeriodicNoteSetting> weekly, monthly, quarterly;
    bool any() const { return weekly || monthly || quarterly; }
    /// The setting for `c`'s notes, or nullptr when they are no reviews.
    const PeriodicNoteSetting* of(Cadence c) const {
      const std::optional<PeriodicNoteSetting>& p = c == Cadence::Weekly    ? weekly
                                                    : c == Cadence::Monthly ? monthly
                                                                            : quarterly;
      return p ? &*p : nullptr;
    }
  } periodic_reviews;
  /// The Tasks plugin's settings: not part of `.goals.yaml`, but read with
  /// the vault (load_vault, from `.obsidian/`) for every note to use.
  TaskSettings tasks;

  /// Every name a note may write the property `key` under: `key` itself,
  /// then each alias of it in `aliases` order (`deadline`, `due`).
  std::vector<std::string> spellings(std::string_view key) const;
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
