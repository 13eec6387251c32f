/// The file system behind an interface, so tests run on an in-memory vault.
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace goals {

enum class EntryKind { File, Directory, Symlink, Other };

struct DirEntry {
  std::string name;  ///< the last path component
  EntryKind kind = EntryKind::Other;
};

/// What the loader needs from a disk. Paths are absolute or relative to the
/// process working directory, '/' separated. Reads are const and writes are
/// not, so code given a `const FileSystem&` (the loader) cannot write.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  enum class Status { Okay, NotFound, TooLarge, OtherError };
  /// Reads a whole file. Never reads more than `max_bytes` (TooLarge then).
  virtual Status read_file(const std::string& path, std::string* contents, std::string* err,
                           std::size_t max_bytes) const = 0;
  /// Lists a folder without following anything; entries sorted by name.
  virtual bool list_dir(const std::string& path, std::vector<DirEntry>* out,
                        std::string* err) const = 0;
  /// Kind of the entry at `path`, following symlinks (`follow`) or not.
  virtual EntryKind kind(const std::string& path, bool follow) const = 0;
  /// Canonical absolute path with every symlink resolved, or "" on error.
  virtual std::string real_path(const std::string& path) const = 0;
  /// The working directory.
  virtual std::string current_dir() const = 0;
  /// The target of the symlink at `path` as stored (not resolved), or "" if
  /// `path` is not a symlink. Only used to name targets in diagnostics.
  virtual std::string read_link(const std::string& path) const {
    (void)path;
    return {};
  }

  /// What a write did. Separate from Status so readers' switches stay whole.
  enum class WriteStatus { Okay, Exists, NotFound, OtherError };
  /// Creates the new regular file `path` holding `contents`, durably: never
  /// replaces anything and never follows a symlink at `path` (Exists when any
  /// entry, even a dangling symlink, is there); NotFound when its folder is
  /// missing. A file system that cannot write says OtherError.
  virtual WriteStatus create_file(const std::string& path, std::string_view contents,
                                  std::string* err) {
    (void)path;
    (void)contents;
    if (err) *err = "file system is read-only";
    return WriteStatus::OtherError;
  }
  /// Writes `contents` to `path` through a new temporary file in the same
  /// folder that is fsynced and then rename(2)d over `path`, so readers see
  /// the old file or the new one, never a part, and a crash leaves one of
  /// them whole. Only a regular file is replaced (lstat: a symlink at `path`
  /// is never followed): Exists when a symlink, folder or anything else is
  /// there; Okay when `path` held a regular file or nothing; NotFound when
  /// its folder is missing. Whether the file may be replaced at all is the
  /// caller's call (see write_generated_note in scaffold.h).
  virtual WriteStatus replace_file(const std::string& path, std::string_view contents,
                                   std::string* err) {
    (void)path;
    (void)contents;
    if (err) *err = "file system is read-only";
    return WriteStatus::OtherError;
  }
  /// Makes the one folder `path` (not its parents): Okay when made or when a
  /// real folder is already there, Exists when something else is (a file, or
  /// a symlink, which is never followed), NotFound when the parent is missing.
  virtual WriteStatus make_dir(const std::string& path, std::string* err) {
    (void)path;
    if (err) *err = "file system is read-only";
    return WriteStatus::OtherError;
  }
};

/// The real disk (POSIX).
///
/// Writes go through a temp file in the target's folder. On Linux it is
/// anonymous (O_TMPFILE) and only gets a name when it is complete, so a
/// crash before then leaves nothing behind; elsewhere, or where the file
/// system refuses O_TMPFILE, it is the named file `.goals-<pid>-<hex>.tmp`.
/// Before the first write into a folder, the temp files there named so
/// whose pid is no live process (a goals killed mid-write) are removed;
/// nothing else is ever removed, and a symlink never.
class RealFileSystem : public FileSystem {
 public:
  /// `anonymous_temps` false always uses named temp files (the fallback),
  /// so tests can reach it on a disk that has O_TMPFILE.
  explicit RealFileSystem(bool anonymous_temps = true) : anonymous_temps_(anonymous_temps) {}
  /// Where warnings go (a stale temp file that cannot be removed); stderr
  /// when unset.
  void set_warning_sink(std::function<void(const std::string&)> sink) { warn_ = std::move(sink); }
  /// Removes the stale temp files of `dir` (see the class comment) once per
  /// folder and process; create_file and replace_file call it. Returns how
  /// many it removed.
  int remove_stale_temps(const std::string& dir);

  Status read_file(const std::string& path, std::string* contents, std::string* err,
                   std::size_t max_bytes) const override;
  bool list_dir(const std::string& path, std::vector<DirEntry>* out,
                std::string* err) const override;
  EntryKind kind(const std::string& path, bool follow) const override;
  std::string real_path(const std::string& path) const override;
  std::string current_dir() const override;
  std::string read_link(const std::string& path) const override;
  /// A temp file in the same folder (0644 minus umask), written and
  /// fsynced, then linked to `path` (linkat, which never replaces) and the
  /// folder fsynced.
  WriteStatus create_file(const std::string& path, std::string_view contents,
                          std::string* err) override;
  /// The temp file as for create_file, with the old file's permission bits,
  /// given a temp name (when anonymous) and rename(2)d over `path`, then the
  /// folder fsynced. Only a crash between those two calls leaves a name,
  /// which the next write into the folder removes.
  WriteStatus replace_file(const std::string& path, std::string_view contents,
                           std::string* err) override;
  WriteStatus make_dir(const std::string& path, std::string* err) override;

 private:
  void warn(const std::string& message) const;
  bool anonymous_temps_;
  std::function<void(const std::string&)> warn_;
  std::set<std::string> swept_;  ///< folders remove_stale_temps has done
};

/// Another file system with one file's contents replaced (or added): what an
/// editor lints when it pipes an unsaved buffer to `goals lint -`.
class OverlayFileSystem : public FileSystem {
 public:
  /// `path` is absolute; its folder must exist in `base`.
  OverlayFileSystem(FileSystem& base, std::string path, std::string contents);

  Status read_file(const std::string& path, std::string* contents, std::string* err,
                   std::size_t max_bytes) const override;
  bool list_dir(const std::string& path, std::vector<DirEntry>* out,
                std::string* err) const override;
  EntryKind kind(const std::string& path, bool follow) const override;
  std::string real_path(const std::string& path) const override;
  std::string current_dir() const override { return base_.current_dir(); }
  std::string read_link(const std::string& path) const override;
  /// Writes go to the base; the overlaid file counts as existing.
  WriteStatus create_file(const std::string& path, std::string_view contents,
                          std::string* err) override;
  WriteStatus replace_file(const std::string& path, std::string_view contents,
                           std::string* err) override;
  WriteStatus make_dir(const std::string& path, std::string* err) override;

 private:
  bool is_file(const std::string& path) const;
  FileSystem& base_;
  std::string path_, dir_, name_, contents_;
};

/// Joins two '/' paths; `b` absolute wins.
std::string path_join(const std::string& a, const std::string& b);
/// The folder part of a '/' path ("" for a bare name).
std::string path_dirname(const std::string& p);
/// The last component of a '/' path.
std::string path_basename(const std::string& p);

}  // namespace goals
