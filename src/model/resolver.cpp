#include "goals/model/resolver.h"

#include <algorithm>
#include <functional>
#include <tuple>

#include "goals/io/filesystem.h"
#include "goals/support/text.h"
#include "support/path_internal.h"

namespace goals {

namespace detail {

namespace {

// Lowercase of a code point below U+0800 whose lowercase also lies below
// U+0800 (so the UTF-8 length never changes); other code points unchanged.
// Covers Latin-1, Latin Extended-A, Greek and Cyrillic capitals: enough for
// the names people give notes, without pulling in a Unicode library.
unsigned lower_two_byte(unsigned cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return cp;
    if (cp == 0x178) return 0xFF;
    // Pairs start even in 0x100-0x137 and 0x14A-0x177, odd in 0x139-0x148
    // and 0x179-0x17E; the capital is the first of each pair.
    bool even_pairs = (cp <= 0x137) || (cp >= 0x14A && cp <= 0x177);
    bool is_upper = even_pairs ? (cp % 2 == 0) : (cp % 2 == 1);
    return is_upper ? cp + 1 : cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;
  if (cp == 0x386) return 0x3AC;
  if (cp >= 0x388 && cp <= 0x38A) return cp + 0x25;
  if (cp == 0x38C) return 0x3CC;
  if (cp == 0x38E || cp == 0x38F) return cp + 0x3F;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp;
}

}  // namespace

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + ('a' - 'A'));
      continue;
    }
    // A two-byte sequence: lead 0xC2..0xDF, then a continuation byte.
    if (c >= 0xC2 && c <= 0xDF && i + 1 < out.size()) {
      unsigned char c2 = static_cast<unsigned char>(out[i + 1]);
      if ((c2 & 0xC0) == 0x80) {
        unsigned cp = ((c & 0x1Fu) << 6) | (c2 & 0x3Fu);
        unsigned lo = lower_two_byte(cp);
        out[i] = static_cast<char>(0xC0 | (lo >> 6));
        out[i + 1] = static_cast<char>(0x80 | (lo & 0x3F));
        ++i;
      }
    }
  }
  return out;
}

}  // namespace detail

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

// `path` equals `suffix` or ends with "/" + `suffix` (a component boundary,
// so `Dir/N` does not match `XDir/N`).
bool ends_on_component(std::string_view path, std::string_view suffix) {
  if (path.size() < suffix.size()) return false;
  if (path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0) return false;
  return path.size() == suffix.size() || path[path.size() - suffix.size() - 1] == '/';
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

int count_components(std::string_view p) {
  return static_cast<int>(std::count(p.begin(), p.end(), '/')) + 1;
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

std::string_view LinkResolver::name_key(int i) const {
  std::string_view name = basename_of(lower(i));
  if (has_md_extension(name)) name.remove_suffix(3);
  return name;
}

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

LinkResolver::Result LinkResolver::resolve(std::string_view target,
                                           std::string_view from_path) const {
  Result r;
  std::string_view t = trim(target, kBlanks);
  if (t.empty()) {
    // [[#Heading]]: the linking note itself.
    if (int f = find_path(fold_case(from_path)); f >= 0) {
      r.kind = Result::Kind::Resolved;
      r.file = f;
    }
    return r;
  }
  std::string lt = fold_case(t);
  // A leading '/' names the vault root, which every match is relative to anyway.
  std::size_t lead = lt.find_first_not_of('/');
  if (lead == std::string::npos) return r;
  if (lead > 0) lt.erase(0, lead);
  return best_match(matching_files(lt), lt, from_path);
}

std::vector<int> LinkResolver::matching_files(std::string_view lt) const {
  std::vector<int> matches;
  const std::string_view name = basename_of(lt);
  if (name.empty()) return matches;  // "Dir/": a folder, not a file
  // Candidates come from at most two buckets: files whose name (notes: stem)
  // is the target's last component, and, for `N.md`, notes whose stem is `N`.
  // Each is then checked on the whole target so `Dir/N` only keeps files in a
  // folder ending with `Dir`.
  auto collect = [&](std::string_view key, bool stem_bucket) {
    for (int idx : files_named(key)) {
      std::string_view f = lower(idx);
      bool note = has_md_extension(f);
      bool ok;
      if (stem_bucket) {
        ok = note && ends_on_component(f, lt);  // [[N.md]] -> N.md
      } else if (note) {
        ok = ends_on_component(f.substr(0, f.size() - 3), lt);  // [[N]] -> N.md
      } else {
        ok = ends_on_component(f, lt);  // attachments: the full name
      }
      if (ok) matches.push_back(idx);
    }
  };
  collect(name, false);
  if (has_md_extension(lt)) collect(basename_of(lt.substr(0, lt.size() - 3)), true);
  return matches;
}

LinkResolver::Result LinkResolver::best_match(std::vector<int> matches, std::string_view lt,
                                              std::string_view from_path) const {
  Result r;
  if (matches.empty()) return r;
  if (matches.size() == 1) {
    r.kind = Result::Kind::Resolved;
    r.file = matches[0];
    return r;
  }

  // Several: rank each. Lower is better, compared in order: the exact vault
  // path (written in full, then with ".md" added), the linking note's
  // folder, the fewest folders. Equal ranks are ambiguous, as
  // docs/vault-format.md says: a longer folder name is no reason to prefer a
  // note, so the user is asked to write the path.
  const std::string from_dir = fold_case(dirname_of(from_path));
  auto rank = [&](int idx) {
    std::string_view f = lower(idx);
    bool note = has_md_extension(f);
    int exact = 2;
    if (f == lt) {
      exact = 0;
    } else if (note && f.substr(0, f.size() - 3) == lt) {
      exact = 1;
    }
    int same_folder = dirname_of(f) == from_dir ? 0 : 1;
    return std::make_tuple(exact, same_folder, count_components(f));
  };
  auto best = rank(matches[0]);
  std::vector<int> tied{matches[0]};
  for (std::size_t i = 1; i < matches.size(); ++i) {
    auto k = rank(matches[i]);
    if (k < best) {
      best = k;
      tied.assign(1, matches[i]);
    } else if (k == best) {
      tied.push_back(matches[i]);
    }
  }
  // `files` is the vault's sorted list, so index order is path order.
  std::sort(tied.begin(), tied.end());
  r.file = tied[0];
  if (tied.size() == 1) {
    r.kind = Result::Kind::Resolved;
  } else {
    r.kind = Result::Kind::Ambiguous;
    r.candidates = std::move(tied);
  }
  return r;
}

LinkResolver::Result LinkResolver::resolve_markdown(std::string_view target,
                                                    std::string_view from_path) const {
  std::string_view t = trim(target, kBlanks);
  if (t.empty()) return resolve(t, from_path);  // [text](#Heading)
  if (has_url_scheme(t)) return Result{};

  // First as a path: relative to the linking note's folder, or to the vault
  // root when it starts with '/'. Never above the root.
  const bool absolute = t[0] == '/';
  std::string joined = absolute ? std::string(t.substr(1))
                                : path_join(std::string(dirname_of(from_path)), std::string(t));
  bool escaped = false;
  std::string rel = detail::normalize_lexical(joined, &escaped);
  if (!escaped && !rel.empty()) {
    std::string l = fold_case(rel);
    int f = find_path(l);
    if (f < 0 && !has_md_extension(l)) f = find_path(l + ".md");
    if (f >= 0) {
      Result r;
      r.kind = Result::Kind::Resolved;
      r.file = f;
      return r;
    }
  }
  // Then as a wiki target, without its "./" and "../" steps (Obsidian writes
  // shortest-form Markdown links too: `[x](Note.md)` from any folder).
  std::string wiki = detail::normalize_lexical(t);
  return resolve(wiki, from_path);
}

}  // namespace goals
