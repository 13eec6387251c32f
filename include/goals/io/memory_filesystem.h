/// A file system in memory, for tests: a vault of files, folders and
/// symlinks built up in code, that writes go to as well.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "goals/io/filesystem.h"

namespace goals {

/// A vault in memory for tests: files, folders and symlinks by absolute path.
class MemoryFileSystem : public FileSystem {
 public:
  explicit MemoryFileSystem(std::string cwd = "/") : cwd_(std::move(cwd)) {}
  void add_file(const std::string& path, std::string contents);  ///< creates parent folders
  void add_dir(const std::string& path);
  void add_symlink(const std::string& path, std::string target);  ///< target absolute or relative
  void add_unreadable(const std::string& path);                   ///< exists, read fails

  Status read_file(const std::string& path, std::string* contents, std::string* err,
                   std::size_t max_bytes) const override;
  bool list_dir(const std::string& path, std::vector<DirEntry>* out,
                std::string* err) const override;
  EntryKind kind(const std::string& path, bool follow) const override;
  std::string real_path(const std::string& path) const override;
  std::string current_dir() const override { return cwd_; }
  std::string read_link(const std::string& path) const override;
  WriteStatus create_file(const std::string& path, std::string_view contents,
                          std::string* err) override;
  WriteStatus replace_file(const std::string& path, std::string_view contents,
                           std::string* err) override;
  WriteStatus make_dir(const std::string& path, std::string* err) override;

 private:
  struct Entry {
    EntryKind kind = EntryKind::Other;
    std::string data;  ///< file contents or symlink target
    bool unreadable = false;
  };
  std::string normalize(const std::string& path) const;
  /// Resolves the folder of `path` for a write: "" and *status set on error.
  std::string write_target(const std::string& path, WriteStatus* status, std::string* err) const;
  std::string cwd_;
  std::map<std::string, Entry> entries_;
};

}  // namespace goals
