/// `goals init` in a vault that already has notes: what conventions it uses
/// for goals, sprints and reviews, proposed as `.goals.yaml` settings.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "goals/io/filesystem.h"
#include "goals/model/vault.h"

namespace goals {

/// A `classify` rule `init` proposes, and what it finds.
struct ProposedRule {
  KindRule rule;
  int notes = 0;  ///< notes it classifies that no earlier rule (or `type`) did
};

/// A property name, or a value, that the vault writes its own way.
struct ProposedAlias {
  std::string written;  ///< as the notes write it (`Deadline`, `in-progress`)
  std::string meaning;  ///< the word goals reads (`deadline`, `active`)
  std::string key;      ///< for a value: the property (`status`); "" for a name
  int notes = 0;        ///< classified notes that write it
};

/// A property type `init` adds to `.obsidian/types.json`.
struct ProposedType {
  std::string key;
  PropertyType type = PropertyType::Text;
};

/// What `init` found in the vault.
struct Adoption {
  int notes = 0;                       ///< ordinary notes looked at (not templates, not excluded)
  int typed = 0;                       ///< notes whose `type` already names a kind
  int periodic = 0;                    ///< Periodic Notes' notes that are reviews with no rule
  std::vector<ProposedRule> rules;     ///< in the order they are to be written
  std::vector<ProposedAlias> aliases;  ///< property names
  std::vector<ProposedAlias> values;   ///< values (value-aliases)
  std::vector<ProposedType> types;     ///< for types.json, keys it does not type yet
  /// Keys goals would type but the vault uses another way (`start: soon`):
  /// left out of types.json so Obsidian does not flag the user's notes.
  std::vector<std::string> untyped;
  /// Counts of classified notes by kind, after the proposed rules.
  std::map<NoteType, int> kinds;
};

/// Looks at every ordinary note of `v` (read again through `fs` for its raw
/// properties): tags on several notes, folders and property values named
/// like goals, OKRs, plans, reviews and weekly/monthly/quarterly notes,
/// property names and status words goals reads under other names, and the
/// property types `.obsidian/types.json` lacks (Config::property_types).
/// Rules that would find nothing new are dropped; each rule found is
/// counted as `classify` would apply them, first match first.
Adoption plan_adoption(const Vault& v, const FileSystem& fs);

}  // namespace goals
