#include "goals/io/memory_filesystem.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>

#include "support/path_internal.h"

namespace goals {

namespace {

// What the walk below needs to know about one stored entry.
struct NodeInfo {
  bool exists = false;
  EntryKind kind = EntryKind::Other;
  const std::string* link_target = nullptr;  // for symlinks
};

enum class WalkStatus { Okay, NotFound, NotDirectory, Loop };

// POSIX-style path resolution over an abstract store: every symlink in a
// folder position is followed, the last component only when `follow_last`.
// ".." applies to the resolved prefix, as the kernel does (so `link/..` is
// the parent of the link's target, not the link's folder). At most 40
// symlinks are followed (Linux's MAXSYMLINKS), so loops end with Loop.
template <typename Lookup>
WalkStatus walk(const std::string& abs, bool follow_last, const Lookup& lookup, std::string* out) {
  std::deque<std::string> todo;
  for (std::string_view part : detail::split_path(abs)) todo.emplace_back(part);
  // The resolved prefix, grown and shrunk in place; `ends` remembers where
  // each component ends so ".." can drop the last one.
  std::string cur;
  std::vector<std::size_t> ends;
  int hops = 0;
  while (!todo.empty()) {
    std::string part = std::move(todo.front());
    todo.pop_front();
    if (part == "..") {
      if (!ends.empty()) {
        ends.pop_back();
        cur.resize(ends.empty() ? 0 : ends.back());
      }
      continue;
    }
    const bool last = todo.empty();
    const std::size_t before = cur.size();
    cur += '/';
    cur += part;
    NodeInfo info = lookup(cur);
    if (!info.exists) return WalkStatus::NotFound;
    if (info.kind == EntryKind::Symlink && (!last || follow_last)) {
      cur.resize(before);  // a relative target starts in the link's folder
      if (++hops > 40) return WalkStatus::Loop;
      const std::string target = *info.link_target;
      if (!target.empty() && target[0] == '/') {
        cur.clear();
        ends.clear();
      }
      std::vector<std::string_view> parts = detail::split_path(target);
      for (auto it = parts.rbegin(); it != parts.rend(); ++it) todo.emplace_front(*it);
      continue;
    }
    if (!last && info.kind != EntryKind::Directory) return WalkStatus::NotDirectory;
    ends.push_back(cur.size());
  }
  *out = cur.empty() ? std::string("/") : cur;
  return WalkStatus::Okay;
}

}  // namespace

std::string MemoryFileSystem::normalize(const std::string& path) const {
  std::string abs = !path.empty() && path[0] == '/' ? path : path_join(cwd_, path);
  std::string n = detail::normalize_lexical(abs);
  return n.empty() ? "/" : n;
}

void MemoryFileSystem::add_dir(const std::string& path) {
  std::string p = normalize(path);
  // Create every missing ancestor, outermost first.
  std::string cur;
  for (std::string_view part : detail::split_path(p)) {
    cur += "/";
    cur += part;
    auto it = entries_.find(cur);
    if (it == entries_.end()) entries_[cur] = Entry{EntryKind::Directory, "", false};
  }
}

void MemoryFileSystem::add_file(const std::string& path, std::string contents) {
  std::string p = normalize(path);
  std::string parent = path_dirname(p);
  if (!parent.empty() && parent != "/") add_dir(parent);
  entries_[p] = Entry{EntryKind::File, std::move(contents), false};
}

void MemoryFileSystem::add_symlink(const std::string& path, std::string target) {
  std::string p = normalize(path);
  std::string parent = path_dirname(p);
  if (!parent.empty() && parent != "/") add_dir(parent);
  entries_[p] = Entry{EntryKind::Symlink, std::move(target), false};
}

void MemoryFileSystem::add_unreadable(const std::string& path) {
  std::string p = normalize(path);
  auto it = entries_.find(p);
  if (it != entries_.end()) {
    it->second.unreadable = true;
    return;
  }
  std::string parent = path_dirname(p);
  if (!parent.empty() && parent != "/") add_dir(parent);
  entries_[p] = Entry{EntryKind::File, "", true};
}

namespace {

std::string walk_error(WalkStatus s) {
  switch (s) {
    case WalkStatus::NotFound:
      return std::strerror(ENOENT);
    case WalkStatus::NotDirectory:
      return std::strerror(ENOTDIR);
    case WalkStatus::Loop:
      return std::strerror(ELOOP);
    case WalkStatus::Okay:
      break;
  }
  return "";
}

// Looks one stored entry up. A template so it can take the private entry map
// without naming its type.
template <typename Map>
NodeInfo lookup_entry(const Map& entries, const std::string& p) {
  NodeInfo info;
  if (p == "/") {
    info.exists = true;
    info.kind = EntryKind::Directory;
    return info;
  }
  auto it = entries.find(p);
  if (it == entries.end()) return info;
  info.exists = true;
  info.kind = it->second.kind;
  if (info.kind == EntryKind::Symlink) info.link_target = &it->second.data;
  return info;
}

template <typename Map>
WalkStatus walk_entries(const Map& entries, const std::string& cwd, const std::string& path,
                        bool follow_last, std::string* out) {
  // Relative paths start at the working directory; ".." is left to the walk.
  std::string abs = !path.empty() && path[0] == '/' ? path : path_join(cwd, path);
  if (abs.empty() || abs[0] != '/') abs = "/" + abs;
  auto lookup = [&entries](const std::string& p) { return lookup_entry(entries, p); };
  return walk(abs, follow_last, lookup, out);
}

}  // namespace

FileSystem::Status MemoryFileSystem::read_file(const std::string& path, std::string* contents,
                                               std::string* err, std::size_t max_bytes) const {
  contents->clear();
  std::string resolved;
  WalkStatus ws = walk_entries(entries_, cwd_, path, true, &resolved);
  if (ws != WalkStatus::Okay) {
    if (err) *err = walk_error(ws);
    return ws == WalkStatus::NotFound || ws == WalkStatus::NotDirectory ? Status::NotFound
                                                                        : Status::OtherError;
  }
  auto it = entries_.find(resolved);
  if (it == entries_.end() || it->second.kind == EntryKind::Directory) {
    if (err) *err = std::strerror(EISDIR);
    return Status::OtherError;
  }
  if (it->second.unreadable) {
    if (err) *err = std::strerror(EACCES);
    return Status::OtherError;
  }
  if (it->second.kind != EntryKind::File) {
    if (err) *err = "not a regular file";
    return Status::OtherError;
  }
  if (it->second.data.size() > max_bytes) {
    if (err) *err = "file is larger than " + std::to_string(max_bytes) + " bytes";
    return Status::TooLarge;
  }
  *contents = it->second.data;
  return Status::Okay;
}

bool MemoryFileSystem::list_dir(const std::string& path, std::vector<DirEntry>* out,
                                std::string* err) const {
  out->clear();
  std::string resolved;
  WalkStatus ws = walk_entries(entries_, cwd_, path, true, &resolved);
  if (ws != WalkStatus::Okay) {
    if (err) *err = walk_error(ws);
    return false;
  }
  if (resolved != "/") {
    auto it = entries_.find(resolved);
    if (it == entries_.end() || it->second.kind != EntryKind::Directory) {
      if (err) *err = std::strerror(ENOTDIR);
      return false;
    }
    if (it->second.unreadable) {
      if (err) *err = std::strerror(EACCES);
      return false;
    }
  }
  const std::string prefix = resolved == "/" ? "/" : resolved + "/";
  auto it = entries_.lower_bound(prefix);
  while (it != entries_.end() && it->first.compare(0, prefix.size(), prefix) == 0) {
    std::string_view rest = std::string_view(it->first).substr(prefix.size());
    std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos) {
      out->push_back(DirEntry{std::string(rest), it->second.kind});
      ++it;
    } else {
      // A deeper entry: jump past the whole subtree of that child ('0' is
      // the character after '/').
      it = entries_.lower_bound(prefix + std::string(rest.substr(0, slash)) + "0");
    }
  }
  std::sort(out->begin(), out->end(),
            [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return true;
}

EntryKind MemoryFileSystem::kind(const std::string& path, bool follow) const {
  std::string resolved;
  if (walk_entries(entries_, cwd_, path, follow, &resolved) != WalkStatus::Okay) {
    return EntryKind::Other;
  }
  return lookup_entry(entries_, resolved).kind;
}

std::string MemoryFileSystem::real_path(const std::string& path) const {
  std::string resolved;
  if (walk_entries(entries_, cwd_, path, true, &resolved) != WalkStatus::Okay) return "";
  return resolved;
}

std::string MemoryFileSystem::read_link(const std::string& path) const {
  std::string resolved;
  if (walk_entries(entries_, cwd_, path, false, &resolved) != WalkStatus::Okay) return "";
  auto it = entries_.find(resolved);
  if (it == entries_.end() || it->second.kind != EntryKind::Symlink) return "";
  return it->second.data;
}

std::string MemoryFileSystem::write_target(const std::string& path, WriteStatus* status,
                                           std::string* err) const {
  std::string abs = !path.empty() && path[0] == '/' ? path : path_join(cwd_, path);
  const std::string name = path_basename(abs);
  if (name.empty() || name == "/" || name == "." || name == "..") {
    if (err) *err = "not a file name: " + path;
    *status = WriteStatus::OtherError;
    return "";
  }
  std::string parent;
  WalkStatus ws = walk_entries(entries_, cwd_, path_dirname(abs), true, &parent);
  if (ws == WalkStatus::Okay && lookup_entry(entries_, parent).kind != EntryKind::Directory) {
    ws = WalkStatus::NotDirectory;
  }
  if (ws != WalkStatus::Okay) {
    if (err) *err = walk_error(ws);
    *status = ws == WalkStatus::Loop ? WriteStatus::OtherError : WriteStatus::NotFound;
    return "";
  }
  *status = WriteStatus::Okay;
  return (parent == "/" ? std::string() : parent) + "/" + name;
}

FileSystem::WriteStatus MemoryFileSystem::create_file(const std::string& path,
                                                      std::string_view contents, std::string* err) {
  WriteStatus st;
  std::string target = write_target(path, &st, err);
  if (st != WriteStatus::Okay) return st;
  if (entries_.count(target)) {
    if (err) *err = "a file or link already exists at " + path;
    return WriteStatus::Exists;
  }
  entries_[target] = Entry{EntryKind::File, std::string(contents), false};
  return WriteStatus::Okay;
}

FileSystem::WriteStatus MemoryFileSystem::replace_file(const std::string& path,
                                                       std::string_view contents,
                                                       std::string* err) {
  WriteStatus st;
  std::string target = write_target(path, &st, err);
  if (st != WriteStatus::Okay) return st;
  auto it = entries_.find(target);
  if (it != entries_.end() && it->second.kind != EntryKind::File) {
    if (err) *err = "not a regular file: " + path;
    return WriteStatus::Exists;
  }
  entries_[target] = Entry{EntryKind::File, std::string(contents), false};
  return WriteStatus::Okay;
}

FileSystem::WriteStatus MemoryFileSystem::make_dir(const std::string& path, std::string* err) {
  WriteStatus st;
  std::string target = write_target(path, &st, err);
  if (st != WriteStatus::Okay) return st;
  auto it = entries_.find(target);
  if (it == entries_.end()) {
    entries_[target] = Entry{EntryKind::Directory, "", false};
    return WriteStatus::Okay;
  }
  if (it->second.kind == EntryKind::Directory) return WriteStatus::Okay;
  if (err) *err = "something other than a folder exists at " + path;
  return WriteStatus::Exists;
}

}  // namespace goals
