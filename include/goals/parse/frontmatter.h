/// Front matter: finding it, and reading its known keys safely with yaml-cpp.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "goals/support/diagnostic.h"

namespace goals {

/// Where the front matter and the body lie in a note's text.
struct FrontMatterSplit {
  bool present = false;     ///< starts with `---` at byte 0 (after an optional BOM) and is closed
  std::string_view yaml;    ///< between the fences
  int yaml_first_line = 0;  ///< file line of yaml's first byte
  std::string_view body;    ///< everything after the closing fence (or the whole text)
  int body_first_line = 1;
  bool unclosed = false;  ///< opened by `---` but never closed (then read as body)
};

/// `text` may start with a UTF-8 BOM; LF or CRLF; closed by `---` or `...`.
FrontMatterSplit split_front_matter(std::string_view text);

/// One scalar of a property value, with its file position (1-based).
struct Scalar {
  std::string text;
  int line = 0;
  int column = 0;
  bool quoted = false;  ///< written in quotes ('...' or "...")
  /// Written as an unquoted `[[X]]`, which YAML reads as a list in a list;
  /// `text` is then X and the position is the outer `[`.
  bool nested = false;
};

/// A top-level property: a scalar, a list of scalars, or something else.
struct RawProperty {
  enum class Shape { Null, Scalar, List, Map, NestedList };
  Shape shape = Shape::Null;
  std::vector<Scalar> items;  ///< Scalar: one; List: each; NestedList: the inner scalars
  int line = 0;               ///< of the key
  int column = 0;
  /// Read from a Dataview field in the body (`key:: value`), not the front matter.
  bool page_field = false;
  /// The key as written when it is an alias of the canonical key it is
  /// filed under (`due` for `deadline`); "" when written canonically.
  std::string written;
};

/// Top-level keys (after applying `aliases`, alias -> canonical) in file order.
struct RawProperties {
  std::vector<std::pair<std::string, RawProperty>> entries;
  const RawProperty* find(std::string_view key) const;
};

struct FrontMatterLimits {
  std::size_t max_bytes = 64 * 1024;
  int max_nesting = 32;
  int node_budget = 10000;
};

/// Parses front-matter YAML whose first line is file line `first_line`.
/// Returns false (with an invalid-frontmatter diagnostic) when the YAML does
/// not parse, is not a mapping, or trips a guard, and (with duplicate-key)
/// when a key is written twice, which Obsidian refuses whole; then `out` is
/// empty. Two spellings of one property (an alias and its key) are a
/// duplicate-key finding too, but the last value is kept.
bool parse_front_matter(std::string_view yaml, int first_line, const std::string& path,
                        const std::map<std::string, std::string>& aliases, RawProperties* out,
                        Diagnostics* diags, const FrontMatterLimits& limits = {});

/// The front-matter property that marks a note `goals` wrote and may write
/// again (`generated-by: goals`), such as the `goals report` dashboard.
inline constexpr std::string_view kGeneratedByKey = "generated-by";
inline constexpr std::string_view kGeneratedByValue = "goals";

/// True when `text` opens with front matter whose `generated-by` property is
/// `goals` (plain or quoted).
bool is_generated_note(std::string_view text);

}  // namespace goals
