// The two readers behind parse_front_matter, exposed for tests that check
// they agree.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "goals/parse/frontmatter.h"

namespace goals::detail {

/// Top-level keys as written (before aliases), in file order, duplicates kept.
using RawEntries = std::vector<std::pair<std::string, RawProperty>>;

/// A reader's failure, positioned in the file (1-based).
struct ReadError {
  int line = 0;
  int column = 0;
  std::string message;
  std::string help;
};

/// The guards that must run before yaml-cpp sees `yaml`: nesting depth
/// (flow brackets and block indentation) and a quote that is never closed.
bool check_guards(std::string_view yaml, int first_line, const FrontMatterLimits& limits,
                  ReadError* err);

/// Reads the shapes nearly every note uses (`key: value` lines with plain or
/// one-line quoted scalars, one-line flow lists, block lists of scalars)
/// without yaml-cpp, exactly as the yaml-cpp reader would. Returns false when
/// `yaml` uses anything else; then `out` is unspecified and the caller must
/// use read_with_yaml_cpp.
bool read_simple(std::string_view yaml, int first_line, int node_budget, RawEntries* out);

/// Reads `yaml` with one YAML::Load, guarded by a node budget. The size, NUL
/// and nesting guards must have run first. Never throws.
bool read_with_yaml_cpp(std::string_view yaml, int first_line, const FrontMatterLimits& limits,
                        RawEntries* out, ReadError* err);

}  // namespace goals::detail
