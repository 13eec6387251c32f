/// Link resolution as Obsidian does it.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace goals {

/// Resolves link targets against the vault's files exactly as Obsidian does
/// (docs/vault-format.md, "How Obsidian resolves a link"): candidates by
/// file name, a unique bare name, `./` and `../` from the linking note's
/// folder, the vault path, then paths ending with the target, those starting
/// with the linking note's folder first and the shortest first. Ambiguous
/// only where Obsidian's own answer depends on disk order; the first by
/// path is still returned.
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
  /// Whether `target` is a bare name only one file has, so that it resolves
  /// to that file from any folder (step 2 of the spec).
  bool names_one_file(std::string_view target) const;
  /// A Markdown link destination (decoded as decodeURI does, before '#'):
  /// the same steps as a wiki-link target; a URL (`https:`...) is no file.
  Result resolve_markdown(std::string_view target, std::string_view from_path) const;

 private:
  /// File `i`'s lowercased path.
  std::string_view lower(int i) const {
    return std::string_view(lower_).substr(starts_[i], starts_[i + 1] - starts_[i]);
  }
  /// File `i`'s lowercased file name (extension included).
  std::string_view name_key(int i) const;
  /// The first file whose lowercased path is `lower_path`, or -1.
  int find_path(std::string_view lower_path) const;
  /// The files whose name_key is `key`, in path order.
  std::span<const int> files_named(std::string_view key) const;
  /// Step 1 of the spec: the files a lowercased target's file name names;
  /// ".md" is appended to `*path` when that is how they were found.
  std::span<const int> candidates_for(std::string* path) const;

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
