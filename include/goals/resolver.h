/// Link resolution as Obsidian does it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace goals {

/// Resolves link targets against the vault's files. Case-insensitive; ".md"
/// optional for notes and required for attachments; `Dir/N` matches by vault
/// path suffix. Several matches: the exact vault path, then a file in the
/// linking note's folder, then the shortest path; a tie after that is
/// ambiguous (the first by path is still returned).
class LinkResolver {
 public:
  /// `files`: vault-relative '/' paths; those ending in ".md" are notes.
  explicit LinkResolver(const std::vector<std::string>& files);

  struct Result {
    enum class Kind { Resolved, Unresolved, Ambiguous };
    Kind kind = Kind::Unresolved;
    int file = -1;                ///< index into `files`; for Ambiguous the first by path
    std::vector<int> candidates;  ///< for Ambiguous: all tied files, sorted by path
  };

  /// A wiki-link target (the part before '#' and '|'); "" means the linking note itself.
  Result resolve(std::string_view target, std::string_view from_path) const;
  /// A Markdown link destination (percent-decoded, before '#'): relative to the
  /// linking note's folder first, then as a wiki-link target.
  Result resolve_markdown(std::string_view target, std::string_view from_path) const;

 private:
  std::vector<std::string> lower_;  ///< lowercased paths, same indices as `files`
  /// Lowercased last component (".md" dropped for notes) -> file indices.
  std::unordered_map<std::string, std::vector<int>> by_name_;
  std::unordered_map<std::string, int> by_path_;  ///< lowercased full path -> file
};

}  // namespace goals
