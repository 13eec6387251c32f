/// Link resolution as Obsidian does it.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
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
  /// File `i`'s lowercased path.
  std::string_view lower(int i) const {
    return std::string_view(lower_).substr(starts_[i], starts_[i + 1] - starts_[i]);
  }
  /// File `i`'s lowercased last component, ".md" dropped for notes.
  std::string_view name_key(int i) const;
  /// The first file whose lowercased path is `lower_path`, or -1.
  int find_path(std::string_view lower_path) const;
  /// The files whose name_key is `key`, in path order.
  std::span<const int> files_named(std::string_view key) const;
  /// The files a lowercased wiki-link target without a leading '/' names.
  std::vector<int> matching_files(std::string_view lower_target) const;
  /// The one of `matches` resolve() picks (see the class comment), or none.
  Result best_match(std::vector<int> matches, std::string_view lower_target,
                    std::string_view from_path) const;

  // A resolver lives while every note is in memory, so its tables are flat:
  // one string of paths, and hash tables of int indices (open addressing,
  // -1 for an empty slot) whose keys are read back from that string.
  std::string lower_;                      ///< every lowercased path, back to back
  std::vector<std::size_t> starts_;        ///< file i: lower_[starts_[i], starts_[i + 1])
  std::vector<int> path_slots_;            ///< files by lowercased path (case variants: the first)
  std::vector<int> by_name_;               ///< file indices grouped by name_key, path order within
  std::vector<std::size_t> group_starts_;  ///< group g: by_name_[starts[g], starts[g + 1])
  std::vector<int> name_slots_;            ///< groups by name_key
};

}  // namespace goals
