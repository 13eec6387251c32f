/// A note as the tool sees it: typed properties from the front matter plus body facts.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goals/config.h"
#include "goals/date.h"
#include "goals/diagnostic.h"
#include "goals/markdown.h"

namespace goals {

enum class NoteType { Plain, Vision, Goal, Sprint, Review };
enum class Horizon { None, Short, Medium, Long };
enum class GoalStatus { Active, Planned, Paused, Done, Dropped };
enum class Cadence { Quarterly, Monthly, Weekly };

std::string_view to_string(NoteType t);
std::string_view to_string(Horizon h);  ///< "" for None
std::string_view to_string(GoalStatus s);
std::string_view to_string(Cadence c);

/// Where a property's key stands in the file (1-based).
struct PropertyPos {
  int line = 0;
  int column = 0;
};

struct Note {
  std::string path;   ///< vault-relative, '/' separated, with ".md"
  std::string name;   ///< file name without ".md"
  std::string title;  ///< `title` property, else the first H1's text, else `name`
  NoteType type = NoteType::Plain;
  std::string type_name;  ///< the `type` property as written ("" if none)
  bool has_frontmatter = false;

  // Goal (also read on other kinds where the spec allows it).
  Horizon horizon = Horizon::None;
  GoalStatus status = GoalStatus::Active;
  std::vector<Link> parents;  ///< `parent`: links to longer-term goals or the vision
  std::optional<Date> deadline, reviewed, completed, created;
  std::string metric;
  std::optional<double> target, current;
  std::string accountability;  ///< text, or the link as written
  std::vector<std::string> values;   ///< vision `values`
  std::vector<std::string> aliases;  ///< `aliases` (never used to resolve bare links)
  std::vector<std::string> tags;     ///< front-matter tags then body tags, without '#', unique
  std::vector<std::string> lint_ignore;  ///< `lint-ignore` rule ids

  // Sprint.
  std::string quarter;  ///< `YYYY-Qn` as written
  std::optional<Date> start, end;  ///< as written (defaults applied by the graph)
  std::vector<Link> goals;         ///< `goals` property links

  // Review.
  Cadence cadence = Cadence::Quarterly;
  std::optional<Link> sprint;
  std::optional<Date> date;

  /// Position of every front-matter key present (after alias mapping).
  std::map<std::string, PropertyPos> property_pos;

  BodyFacts body;
};

/// Parses one note's bytes (as read from disk). Never throws: problems
/// (invalid-frontmatter, invalid-property, unquoted-link, invalid-encoding, ...)
/// are appended to `diags`. A note with invalid front matter is read as a
/// plain note without properties.
Note parse_note(std::string_view bytes, const std::string& path, const Config& config,
                Diagnostics* diags);

}  // namespace goals
