#include "goals/model/resolver.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

#include "goals/io/filesystem.h"
#include "goals/support/text.h"
#include "support/path_internal.h"

namespace goals {

namespace {

using detail::fold_case;
using detail::has_md_extension;

std::string_view basename_of(std::string_view p) {
  std::size_t slash = p.rfind('/');
  return slash == std::string_view::npos ? p : p.substr(slash + 1);
}

std::string_view dirname_of(std::string_view p) {
  std::size_t slash = p.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : p.substr(0, slash);
}

// `https:`, `mailto:`, `obsidian:`... A destination with a URL scheme is not
// a file in the vault. Obsidian forbids ':' in file names, so a name never
// looks like one.
bool has_url_scheme(std::string_view t) {
  std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(t[0])) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    char c = t[i];
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

// A power of two at least twice `n`: linear probing stays short.
std::size_t table_size(std::size_t n) {
  std::size_t size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

// The slot holding `key` in an open-addressing table of indices, or the empty
// slot (-1) where it would go; `key_of(v)` is the key of a stored index.
template <typename KeyOf>
std::size_t find_slot(const std::vector<int>& slots, std::string_view key, KeyOf key_of) {
  const std::size_t mask = slots.size() - 1;
  const std::size_t home = std::hash<std::string_view>{}(key)&mask;
  for (std::size_t s = home;; s = (s + 1) & mask) {
    if (slots[s] < 0 || key_of(slots[s]) == key) return s;
  }
}

}  // namespace

LinkResolver::LinkResolver(const std::vector<std::string>& files) {
  const int n = static_cast<int>(files.size());
  std::size_t bytes = 0;
  for (const std::string& f : files) bytes += f.size();
  lower_.reserve(bytes);
  starts_.reserve(files.size() + 1);
  for (const std::string& f : files) {
    starts_.push_back(lower_.size());
    lower_ += fold_case(f);
  }
  starts_.push_back(lower_.size());

  path_slots_.assign(table_size(files.size()), -1);
  for (int i = 0; i < n; ++i) {
    std::size_t s = find_slot(path_slots_, lower(i), [&](int f) { return lower(f); });
    if (path_slots_[s] < 0) path_slots_[s] = i;  // case variants of one path: the first keeps it
  }

  // Group the files by name: number the groups in order of first appearance,
  // count them, then place each file (in index order) in its group's range.
  name_slots_.assign(table_size(files.size()), -1);
  std::vector<int> group_of(files.size());
  std::vector<int> first_of_group;
  for (int i = 0; i < n; ++i) {
    std::size_t s =
        find_slot(name_slots_, name_key(i), [&](int g) { return name_key(first_of_group[g]); });
    if (name_slots_[s] < 0) {
      name_slots_[s] = static_cast<int>(first_of_group.size());
      first_of_group.push_back(i);
    }
    group_of[i] = name_slots_[s];
  }
  group_starts_.assign(first_of_group.size() + 1, 0);
  for (int g : group_of) ++group_starts_[g + 1];
  for (std::size_t g = 1; g < group_starts_.size(); ++g) group_starts_[g] += group_starts_[g - 1];
  std::vector<std::size_t> next(group_starts_.begin(), group_starts_.end() - 1);
  by_name_.resize(files.size());
  for (int i = 0; i < n; ++i) by_name_[next[group_of[i]]++] = i;
}

std::string_view LinkResolver::name_key(int i) const { return basename_of(lower(i)); }

int LinkResolver::find_path(std::string_view lower_path) const {
  return path_slots_[find_slot(path_slots_, lower_path, [&](int f) { return lower(f); })];
}

std::span<const int> LinkResolver::files_named(std::string_view key) const {
  auto key_of = [&](int group) { return name_key(by_name_[group_starts_[group]]); };
  const int g = name_slots_[find_slot(name_slots_, key, key_of)];
  if (g < 0) return {};
  return std::span<const int>(by_name_).subspan(group_starts_[g],
                                                group_starts_[g + 1] - group_starts_[g]);
}

std::span<const int> LinkResolver::candidates_for(std::string* path) const {
  // 1. Candidates by file name: as written when the last segment has a dot,
  //    else (or when that finds none) with ".md" added.
  std::span<const int> found;
  const std::string_view name = basename_of(*path);
  if (name.find('.') != std::string_view::npos) found = files_named(name);
  if (found.empty()) {
    *path += ".md";
    found = files_named(basename_of(*path));
  }
  return found;
}

bool LinkResolver::names_one_file(std::string_view target) const {
  std::string path = fold_case(trim(target, kBlanks));
  return !path.empty() && path.find('/') == std::string::npos && candidates_for(&path).size() == 1;
}

namespace {

using Result = LinkResolver::Result;

Result resolved(int file) {
  Result r;
  r.kind = Result::Kind::Resolved;
  r.file = file;
  return r;
}

// Several files tie for the link: Obsidian takes whichever it met first on
// disk, goals the first by path (`tied` is in index order, i.e. path order).
Result tie(std::vector<int> tied) {
  if (tied.size() == 1) return resolved(tied[0]);
  Result r;
  r.kind = Result::Kind::Ambiguous;
  r.file = tied[0];
  r.candidates = std::move(tied);
  return r;
}

// The length Obsidian compares paths by: a JavaScript string's, in UTF-16
// code units (a CJK character counts 1, not its 3 UTF-8 bytes).
std::size_t utf16_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;  // a lead byte or ASCII starts a code point
    if (c >= 0xF0) ++n;           // four bytes: outside the BMP, a surrogate pair
  }
  return n;
}

// `folder` joined with the `./` and `../` steps that start `rel`, each `../`
// climbing one folder and never above the root; nullopt when `rel` does not
// start with such a step.
std::optional<std::string> join_relative(std::string_view folder, std::string_view rel) {
  if (!rel.starts_with("./") && !rel.starts_with("../")) return std::nullopt;
  std::string dir(folder);
  for (;;) {
    if (rel.starts_with("./")) {
      rel.remove_prefix(2);
    } else if (rel.starts_with("../")) {
      rel.remove_prefix(3);
      const std::size_t slash = dir.rfind('/');
      dir.resize(slash == std::string::npos ? 0 : slash);
    } else {
      break;
    }
  }
  return dir.empty() ? std::string(rel) : dir + "/" + std::string(rel);
}

}  // namespace

LinkResolver::Result LinkResolver::resolve(std::string_view target,
                                           std::string_view from_path) const {
  std::string_view t = trim(target, kBlanks);
  if (t.empty()) {
    // [[#Heading]]: the linking note itself.
    const int f = find_path(fold_case(from_path));
    return f >= 0 ? resolved(f) : Result{};
  }
  // The steps of "How Obsidian resolves a link" in docs/vault-format.md.
  std::string path = fold_case(t);
  const std::span<const int> candidates = candidates_for(&path);
  if (candidates.empty()) return Result{};
  // 2. A bare name that one file has.
  if (path.find('/') == std::string::npos && candidates.size() == 1) return resolved(candidates[0]);
  auto with_path = [&](std::string_view p) {
    std::vector<int> exact;
    for (int c : candidates)
      if (lower(c) == p) exact.push_back(c);
    return exact;
  };
  const std::string from_dir = fold_case(dirname_of(from_path));
  // 3. Relative to the linking note's folder.
  if (std::optional<std::string> joined = join_relative(from_dir, path)) {
    if (std::vector<int> exact = with_path(*joined); !exact.empty()) return tie(std::move(exact));
  }
  // 4. The vault path; with a leading '/', nothing else.
  const bool rooted = path.front() == '/';
  const std::string_view vault_path = std::string_view(path).substr(rooted ? 1 : 0);
  if (std::vector<int> exact = with_path(vault_path); !exact.empty()) return tie(std::move(exact));
  if (rooted) return Result{};
  // 5. Paths ending with the target (raw strings, no folder boundary): those
  //    starting with the linking note's folder (raw prefix again) before the
  //    rest, then the shortest. 6. A tie on both is Obsidian's disk order.
  std::vector<int> best;
  std::pair<int, std::size_t> best_rank{2, 0};
  for (int c : candidates) {
    const std::string_view p = lower(c);
    if (!p.ends_with(vault_path)) continue;
    const std::pair<int, std::size_t> rank{p.starts_with(from_dir) ? 0 : 1, utf16_length(p)};
    if (best.empty() || rank < best_rank) {
      best_rank = rank;
      best.assign(1, c);
    } else if (rank == best_rank) {
      best.push_back(c);
    }
  }
  if (best.empty()) return Result{};
  return tie(std::move(best));
}

LinkResolver::Result LinkResolver::resolve_markdown(std::string_view target,
                                                    std::string_view from_path) const {
  std::string_view t = trim(target, kBlanks);
  if (!t.empty() && has_url_scheme(t)) return Result{};
  return resolve(t, from_path);
}

}  // namespace goals
