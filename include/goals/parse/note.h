/// A note as the tool sees it: typed properties from the front matter plus body facts.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "goals/parse/config.h"
#include "goals/parse/kinds.h"
#include "goals/parse/markdown.h"
#include "goals/support/date.h"
#include "goals/support/diagnostic.h"
#include "goals/support/heap_optional.h"
#include "goals/support/names.h"

namespace goals {

/// Where a property's key stands in the file (1-based).
struct PropertyPos {
  int line = 0;
  int column = 0;
  bool blank = false;  ///< the key stands with no value (`deadline:`): left to fill in
  /// How the key was spelled: 0 as its canonical name, k for the k-th of its
  /// aliases in Config::spellings() (`due` for `deadline`: 1 by default).
  unsigned char spelling = 0;
};

/// Where each front-matter key stands, by key (every key, known or not). A
/// note has a handful, so they sit in one small vector sorted by key (a
/// std::map node per key cost about 20 MB at 100k notes). Reads like the
/// std::map it replaces.
class PropertyPositions {
 public:
  using Entry = std::pair<std::string, PropertyPos>;

  /// Records `key` at `pos`; a key given again takes the new position.
  void set(std::string_view key, PropertyPos pos);
  /// The key's position, or nullptr when the key is absent.
  const PropertyPos* find(std::string_view key) const;
  /// The key's position; throws std::out_of_range when the key is absent.
  const PropertyPos& at(std::string_view key) const;
  std::size_t count(std::string_view key) const { return find(key) != nullptr ? 1 : 0; }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  /// Entries in key order.
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }
  /// Drops spare capacity once the note is read.
  void shrink_to_fit() { entries_.shrink_to_fit(); }

 private:
  std::vector<Entry> entries_;  ///< sorted by key, keys unique
};

/// What made a note the kind it is (`goals show`, `goals list --why`).
struct KindReason {
  enum class Source : unsigned char {
    None,          ///< nothing: a plain note
    TypeProperty,  ///< its `type` property
    Rule,          ///< a `classify` rule of `.goals.yaml`
    PeriodicNote,  ///< it is one of the Periodic Notes plugin's weekly, monthly or quarterly notes
  };
  Source source = Source::None;
  short rule = -1;  ///< Rule: the index in Config::classify
};

struct Note {
  std::string path;   ///< vault-relative, '/' separated, with ".md"
  std::string name;   ///< file name without ".md"
  std::string title;  ///< `title` property, else the first H1's text, else `name`
  NoteType type = NoteType::Plain;
  std::string type_name;  ///< the `type` property as written ("" if none)
  KindReason kind_reason;
  bool has_frontmatter = false;

  // Goal (also read on other kinds where the spec allows it).
  Horizon horizon = Horizon::None;
  GoalStatus status = GoalStatus::Active;
  std::vector<Link> parents;  ///< `parent`: links to longer-term goals or the vision
  std::optional<Date> deadline, reviewed, completed, created;
  std::string metric;
  std::optional<double> target, current;
  std::string accountability;            ///< text, or the link as written
  std::vector<std::string> values;       ///< vision `values`
  std::vector<std::string> aliases;      ///< `aliases` (never used to resolve bare links)
  std::vector<std::string> tags;         ///< front-matter tags then body tags, without '#', unique
  std::vector<std::string> lint_ignore;  ///< `lint-ignore` rule ids

  // Sprint.
  std::string quarter;             ///< `YYYY-Qn` as written
  std::optional<Date> start, end;  ///< as written (defaults applied by the graph)
  std::vector<Link> goals;         ///< `goals` property links

  // Review.
  Cadence cadence = Cadence::Quarterly;
  HeapOptional<Link> sprint;  ///< `sprint`: the sprint reviewed (on the heap: rarely set)
  std::optional<Date> date;

  /// Position of every front-matter key present (after alias mapping; the
  /// spelling as written is PropertyPos::spelling).
  PropertyPositions property_pos;

  BodyFacts body;
};

/// Parses one note's bytes (as read from disk). Never throws: problems
/// (invalid-frontmatter, invalid-property, unquoted-link, invalid-encoding, ...)
/// are appended to `diags`. A note with invalid front matter is read as a
/// plain note without properties.
Note parse_note(std::string_view bytes, const std::string& path, const Config& config,
                Diagnostics* diags);

/// The headings of a review that ask its questions, as indices into
/// `headings`: every heading without subheadings (a heading with them groups
/// questions), except the note's H1 title and empty headings (`##` alone).
/// `goals review` asks these and lint's `unanswered-review` checks them.
std::vector<std::size_t> review_questions(const std::vector<Heading>& headings);

/// The questions of review `note`: review_questions() of its headings, but in
/// a periodic note (Periodic Notes' weekly note read as a review) only those
/// inside its `## Weekly review` (`Monthly`, `Quarterly`) section, the one
/// `goals review` adds: the rest of the note is the user's journal.
std::vector<std::size_t> review_questions_of(const Note& note);

}  // namespace goals
