#include "goals/io/filesystem.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>
#include <random>

#include "support/path_internal.h"

namespace goals {

// ---------------------------------------------------------------------------
// Shared helpers (path_internal.h)

namespace detail {

std::vector<std::string_view> split_path(std::string_view p) {
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i < p.size()) {
    std::size_t j = p.find('/', i);
    if (j == std::string_view::npos) j = p.size();
    std::string_view part = p.substr(i, j - i);
    if (!part.empty() && part != ".") parts.push_back(part);
    i = j + 1;
  }
  return parts;
}

std::string normalize_lexical(std::string_view p, bool* escaped) {
  const bool absolute = !p.empty() && p[0] == '/';
  std::vector<std::string_view> out;
  bool esc = false;
  for (std::string_view part : split_path(p)) {
    if (part == "..") {
      if (!out.empty()) {
        out.pop_back();
      } else if (!absolute) {
        esc = true;  // "/.." is "/" (POSIX); a relative path has nowhere to go
      }
      continue;
    }
    out.push_back(part);
  }
  if (escaped) *escaped = esc;
  std::string r;
  if (absolute) r = "/";
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i > 0) r += '/';
    r += out[i];
  }
  return r;
}

bool is_inside(std::string_view path, std::string_view root) {
  if (root == "/") return !path.empty() && path[0] == '/';
  if (path.size() < root.size() || path.compare(0, root.size(), root) != 0) return false;
  return path.size() == root.size() || path[root.size()] == '/';
}

bool has_md_extension(std::string_view p) {
  if (p.size() < 3) return false;
  std::string_view ext = p.substr(p.size() - 3);
  return ext[0] == '.' && (ext[1] == 'm' || ext[1] == 'M') && (ext[2] == 'd' || ext[2] == 'D');
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Path helpers

std::string path_join(const std::string& a, const std::string& b) {
  if (b.empty()) return a;
  if (a.empty() || b[0] == '/') return b;
  if (a.back() == '/') return a + b;
  return a + "/" + b;
}

namespace {

// Drops trailing slashes, but keeps a lone "/".
std::string_view strip_trailing_slashes(std::string_view p) {
  while (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  return p;
}

std::string errno_text(int e) { return std::strerror(e); }

}  // namespace

std::string path_dirname(const std::string& p) {
  std::string_view s = strip_trailing_slashes(p);
  std::size_t slash = s.rfind('/');
  if (slash == std::string_view::npos) return "";
  if (slash == 0) return "/";
  return std::string(s.substr(0, slash));
}

std::string path_basename(const std::string& p) {
  std::string_view s = strip_trailing_slashes(p);
  if (s == "/") return "/";
  std::size_t slash = s.rfind('/');
  return std::string(slash == std::string_view::npos ? s : s.substr(slash + 1));
}

// ---------------------------------------------------------------------------
// RealFileSystem

FileSystem::Status RealFileSystem::read_file(const std::string& path, std::string* contents,
                                             std::string* err, std::size_t max_bytes) const {
  contents->clear();
  // O_NONBLOCK so that opening a FIFO planted in a vault cannot hang us; it
  // has no effect on regular files.
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    int e = errno;
    if (err) *err = errno_text(e);
    return e == ENOENT || e == ENOTDIR ? Status::NotFound : Status::OtherError;
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};

  struct stat st;
  if (::fstat(fd, &st) != 0) {
    if (err) *err = errno_text(errno);
    return Status::OtherError;
  }
  if (S_ISDIR(st.st_mode)) {
    if (err) *err = errno_text(EISDIR);
    return Status::OtherError;
  }
  if (!S_ISREG(st.st_mode)) {
    if (err) *err = "not a regular file";
    return Status::OtherError;
  }
  if (st.st_size < 0 || static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    if (err) *err = "file is larger than " + std::to_string(max_bytes) + " bytes";
    return Status::TooLarge;
  }
  // The file may grow between fstat and read: read at most max_bytes + 1 to
  // notice that without ever holding more than the limit plus one byte.
  const std::size_t limit = max_bytes == SIZE_MAX ? SIZE_MAX : max_bytes + 1;
  std::string buf;
  std::size_t used = 0;
  std::size_t want = std::min<std::size_t>(static_cast<std::size_t>(st.st_size) + 1, limit);
  try {
    buf.resize(std::max<std::size_t>(want, 1));
    for (;;) {
      if (used == buf.size()) {
        if (buf.size() >= limit) break;
        std::size_t grow = std::max<std::size_t>(buf.size(), 64 * 1024);
        buf.resize(limit - buf.size() < grow ? limit : buf.size() + grow);
      }
      ssize_t n = ::read(fd, buf.data() + used, buf.size() - used);
      if (n < 0) {
        if (errno == EINTR) continue;
        if (err) *err = errno_text(errno);
        return Status::OtherError;
      }
      if (n == 0) break;
      used += static_cast<std::size_t>(n);
    }
  } catch (const std::bad_alloc&) {
    if (err) *err = "out of memory";
    return Status::OtherError;
  }
  if (used > max_bytes) {
    if (err) *err = "file is larger than " + std::to_string(max_bytes) + " bytes";
    return Status::TooLarge;
  }
  buf.resize(used);
  *contents = std::move(buf);
  return Status::Okay;
}

namespace {

EntryKind kind_of_mode(mode_t m) {
  if (S_ISREG(m)) return EntryKind::File;
  if (S_ISDIR(m)) return EntryKind::Directory;
  if (S_ISLNK(m)) return EntryKind::Symlink;
  return EntryKind::Other;
}

}  // namespace

bool RealFileSystem::list_dir(const std::string& path, std::vector<DirEntry>* out,
                              std::string* err) const {
  out->clear();
  DIR* dir = ::opendir(path.c_str());
  if (!dir) {
    if (err) *err = errno_text(errno);
    return false;
  }
  struct Closer {
    DIR* d;
    ~Closer() { ::closedir(d); }
  } closer{dir};
  const int dfd = ::dirfd(dir);
  for (;;) {
    errno = 0;
    struct dirent* de = ::readdir(dir);
    if (!de) {
      if (errno != 0) {
        if (err) *err = errno_text(errno);
        out->clear();
        return false;
      }
      break;
    }
    std::string_view name = de->d_name;
    if (name == "." || name == "..") continue;
    DirEntry e;
    e.name = std::string(name);
    switch (de->d_type) {
      case DT_REG:
        e.kind = EntryKind::File;
        break;
      case DT_DIR:
        e.kind = EntryKind::Directory;
        break;
      case DT_LNK:
        e.kind = EntryKind::Symlink;
        break;
      case DT_UNKNOWN: {
        // Some file systems (and old kernels) don't fill d_type: ask lstat.
        struct stat st;
        if (dfd >= 0 && ::fstatat(dfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
          e.kind = kind_of_mode(st.st_mode);
        } else {
          e.kind = EntryKind::Other;
        }
        break;
      }
      default:
        e.kind = EntryKind::Other;
        break;
    }
    out->push_back(std::move(e));
  }
  std::sort(out->begin(), out->end(),
            [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return true;
}

EntryKind RealFileSystem::kind(const std::string& path, bool follow) const {
  struct stat st;
  int rc = follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  if (rc != 0) return EntryKind::Other;
  return kind_of_mode(st.st_mode);
}

std::string RealFileSystem::real_path(const std::string& path) const {
  char* r = ::realpath(path.c_str(), nullptr);
  if (!r) return "";
  std::string s = r;
  std::free(r);
  return s;
}

std::string RealFileSystem::current_dir() const {
  std::string buf(256, '\0');
  for (;;) {
    if (::getcwd(buf.data(), buf.size())) {
      buf.resize(std::strlen(buf.c_str()));
      return buf;
    }
    if (errno != ERANGE || buf.size() > (1u << 20)) return "";
    buf.resize(buf.size() * 2);
  }
}

std::string RealFileSystem::read_link(const std::string& path) const {
  std::string buf(256, '\0');
  for (;;) {
    ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size());
    if (n < 0) return "";
    if (static_cast<std::size_t>(n) < buf.size()) {
      buf.resize(static_cast<std::size_t>(n));
      return buf;
    }
    if (buf.size() > (1u << 20)) return "";
    buf.resize(buf.size() * 2);
  }
}

namespace {

// Writes all of `data`, retrying short writes and EINTR.
bool write_all(int fd, std::string_view data, int* e) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      *e = errno;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Makes a new name or entry in `dir` durable. Best effort: some file systems
// refuse fsync on a folder, and the file itself is already complete.
void fsync_dir(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

FileSystem::WriteStatus write_errno_status(int e) {
  if (e == EEXIST) return FileSystem::WriteStatus::Exists;
  if (e == ENOENT || e == ENOTDIR) return FileSystem::WriteStatus::NotFound;
  return FileSystem::WriteStatus::OtherError;
}

// A new temp name, ".goals-<pid>-<16 hex>.tmp": the pid proves whose it is
// (see is_stale_temp), the random part keeps two writers apart, and the
// whole stays far under NAME_MAX whatever the target's length. The leading
// dot keeps it out of Obsidian's view.
std::string temp_name() {
  thread_local std::mt19937_64 rng = [] {
    std::random_device rd;
    return std::mt19937_64((static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^
                           static_cast<std::uint64_t>(::getpid()));
  }();
  char buf[64];
  std::snprintf(buf, sizeof buf, ".goals-%ld-%016llx.tmp", static_cast<long>(::getpid()),
                static_cast<unsigned long long>(rng()));
  return buf;
}

// The pid in a temp name of ours, or 0 when `name` is not exactly one.
long temp_name_pid(std::string_view name) {
  constexpr std::string_view kPrefix = ".goals-", kSuffix = ".tmp";
  if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) return 0;
  name.remove_prefix(kPrefix.size());
  name.remove_suffix(kSuffix.size());
  const std::size_t dash = name.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 10) return 0;
  const std::string_view digits = name.substr(0, dash), hex = name.substr(dash + 1);
  if (hex.size() != 16 || digits[0] == '0') return 0;
  long pid = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return 0;
    pid = pid * 10 + (c - '0');
  }
  for (char c : hex)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return 0;
  return pid > INT_MAX ? 0 : pid;
}

// A temp file being written: `fd` open for writing, and `path` its name in
// the folder, or "" while it is anonymous (O_TMPFILE).
struct Temp {
  int fd = -1;
  std::string path;
  ~Temp() {
    if (fd >= 0) ::close(fd);
  }
  // Removes the name, if any (the file goes with the last descriptor).
  void discard() {
    if (!path.empty()) ::unlink(path.c_str());
    path.clear();
  }
};

// Errors that mean "this file system or kernel has no O_TMPFILE" (or no
// /proc to link one by), so the named temp file is the way.
bool no_anonymous_temps(int e) {
  return e == EOPNOTSUPP || e == ENOTSUP || e == EISDIR || e == EINVAL;
}
// Errors of linkat that mean the anonymous file cannot be linked here.
bool cannot_link(int e) {
  return e == EPERM || e == EOPNOTSUPP || e == ENOTSUP || e == EMLINK || e == EXDEV || e == EINVAL;
}

// Opens `t` in `dir`: anonymous when `anonymous`, else a new named temp file
// (O_EXCL|O_NOFOLLOW); 0644 minus umask. Returns 0, or the errno; with
// `anonymous` a no_anonymous_temps errno means "try named".
int open_temp(const std::string& dir, bool anonymous, Temp* t) {
  if (anonymous) {
    do {
      t->fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    } while (t->fd < 0 && errno == EINTR);
    return t->fd < 0 ? errno : 0;
  }
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::string path = path_join(dir, temp_name());
    do {
      t->fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    } while (t->fd < 0 && errno == EINTR);
    if (t->fd >= 0) {
      t->path = path;
      return 0;
    }
    if (errno != EEXIST) return errno;
  }
  return EEXIST;
}

// Writes `contents` into `t` with mode `keep_mode` (when not -1) and fsyncs
// it. Returns 0 or the errno.
int fill_temp(Temp* t, std::string_view contents, int keep_mode) {
  int e = 0;
  if (keep_mode >= 0 && ::fchmod(t->fd, static_cast<mode_t>(keep_mode)) != 0) return errno;
  if (!write_all(t->fd, contents, &e)) return e;
  if (::fsync(t->fd) != 0) return errno;
  return 0;
}

// Opens and fills a temp file in `dir`, anonymous when `*anonymous` and the
// file system allows it (`*anonymous` is false after falling back).
FileSystem::WriteStatus write_temp(const std::string& dir, std::string_view contents, int keep_mode,
                                   bool* anonymous, Temp* t, std::string* err) {
  int e = open_temp(dir, *anonymous, t);
  if (e != 0 && *anonymous && no_anonymous_temps(e)) {
    *anonymous = false;
    e = open_temp(dir, false, t);
  }
  if (e == 0) e = fill_temp(t, contents, keep_mode);
  if (e != 0) {
    t->discard();
    if (err) *err = errno_text(e);
    return e == EEXIST ? FileSystem::WriteStatus::OtherError : write_errno_status(e);
  }
  return FileSystem::WriteStatus::Okay;
}

// Gives the anonymous temp file `fd` the name `path` (never replacing
// anything). Through /proc because AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH;
// this is the unprivileged way open(2) documents. Returns 0 or the errno;
// ENOENT with /proc missing counts as "cannot link" (ENOTSUP).
int link_anonymous(int fd, const std::string& path) {
  const std::string proc = "/proc/self/fd/" + std::to_string(fd);
  if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) == 0) return 0;
  const int e = errno;
  if (e == ENOENT && ::access(proc.c_str(), F_OK) != 0) return ENOTSUP;
  return e;
}

/// The folder a new file at `path` goes in ("." for a bare name); false,
/// with `*err`, when `path` names no file (empty, "/", "." or "..").
bool folder_of_file(const std::string& path, std::string* dir, std::string* err) {
  const std::string name = path_basename(path);
  if (name.empty() || name == "/" || name == "." || name == "..") {
    if (err) *err = "not a file name: " + path;
    return false;
  }
  *dir = path_dirname(path);
  if (dir->empty()) *dir = ".";
  return true;
}

}  // namespace

FileSystem::WriteStatus RealFileSystem::create_file(const std::string& path,
                                                    std::string_view contents, std::string* err) {
  std::string dir;
  if (!folder_of_file(path, &dir, err)) return WriteStatus::OtherError;
  remove_stale_temps(dir);
  bool anonymous = anonymous_temps_;
  Temp tmp;
  if (WriteStatus st = write_temp(dir, contents, -1, &anonymous, &tmp, err);
      st != WriteStatus::Okay)
    return st;
  // Linking publishes the complete file under its name atomically and fails
  // with EEXIST when anything, a dangling symlink included, holds the name:
  // an existing note can never be replaced.
  if (anonymous) {
    const int e = link_anonymous(tmp.fd, path);
    if (e == 0) {
      fsync_dir(dir);
      return WriteStatus::Okay;
    }
    if (!cannot_link(e) && e != ENOTSUP) {
      if (err) *err = e == EEXIST ? "a file or link already exists at " + path : errno_text(e);
      return write_errno_status(e);
    }
    // No /proc, or no hard links here: write it again under a temp name.
    ::close(tmp.fd);
    tmp.fd = -1;
    anonymous = false;
    if (WriteStatus st = write_temp(dir, contents, -1, &anonymous, &tmp, err);
        st != WriteStatus::Okay)
      return st;
  }
  // File systems without hard links get renameat2's no-replace rename,
  // which has the same guarantee.
  bool published = ::link(tmp.path.c_str(), path.c_str()) == 0;
  int e = published ? 0 : errno;
  if (!published && cannot_link(e)) {
    if (::renameat2(AT_FDCWD, tmp.path.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) {
      published = true;
      tmp.path.clear();  // the name is now `path`
    } else if (errno == EEXIST) {
      e = EEXIST;
    }
  }
  tmp.discard();
  fsync_dir(dir);
  if (!published) {
    if (err) *err = e == EEXIST ? "a file or link already exists at " + path : errno_text(e);
    return write_errno_status(e);
  }
  return WriteStatus::Okay;
}

FileSystem::WriteStatus RealFileSystem::replace_file(const std::string& path,
                                                     std::string_view contents, std::string* err) {
  std::string dir;
  if (!folder_of_file(path, &dir, err)) return WriteStatus::OtherError;
  // The new file keeps the old one's permissions, as editors do.
  int keep_mode = -1;
  struct stat st;
  if (::lstat(path.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode)) {
      if (err) *err = "not a regular file: " + path;
      return WriteStatus::Exists;
    }
    keep_mode = static_cast<int>(st.st_mode & 0777);
  } else if (errno != ENOENT) {
    const int e = errno;
    if (err) *err = errno_text(e);
    return write_errno_status(e);
  }
  remove_stale_temps(dir);
  bool anonymous = anonymous_temps_;
  Temp tmp;
  if (WriteStatus s = write_temp(dir, contents, keep_mode, &anonymous, &tmp, err);
      s != WriteStatus::Okay)
    return s;
  if (anonymous) {
    // rename(2) needs a name to move: the complete file gets a temp one
    // first. A crash between the two calls leaves that name, and only then.
    int e = EEXIST;
    for (int attempt = 0; attempt < 100 && e == EEXIST; ++attempt) {
      tmp.path = path_join(dir, temp_name());
      e = link_anonymous(tmp.fd, tmp.path);
    }
    if (e != 0) {
      tmp.path.clear();
      if (!cannot_link(e) && e != ENOTSUP) {
        if (err) *err = errno_text(e);
        return e == EEXIST ? WriteStatus::OtherError : write_errno_status(e);
      }
      ::close(tmp.fd);
      tmp.fd = -1;
      anonymous = false;
      if (WriteStatus s = write_temp(dir, contents, keep_mode, &anonymous, &tmp, err);
          s != WriteStatus::Okay)
        return s;
    }
  }
  // rename(2) swaps the name over atomically: readers see the old file or the
  // new one. It replaces a symlink put there since the lstat above rather
  // than writing through it, and fails on a folder.
  if (::rename(tmp.path.c_str(), path.c_str()) != 0) {
    const int e = errno;
    tmp.discard();
    if (err) *err = e == EISDIR ? "a folder is at " + path : errno_text(e);
    return e == EISDIR ? WriteStatus::Exists : write_errno_status(e);
  }
  tmp.path.clear();
  fsync_dir(dir);
  return WriteStatus::Okay;
}

void RealFileSystem::warn(const std::string& message) const {
  if (warn_)
    warn_(message);
  else
    std::fprintf(stderr, "goals: warning: %s\n", message.c_str());
}

int RealFileSystem::remove_stale_temps(const std::string& dir) {
  if (!swept_.insert(dir).second) return 0;
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return 0;
  DIR* d = ::fdopendir(dfd);
  if (!d) {
    ::close(dfd);
    return 0;
  }
  std::vector<std::string> stale;
  while (const struct dirent* de = ::readdir(d)) {
    const long pid = temp_name_pid(de->d_name);
    // Only a name of ours whose writer is gone: a live pid (even one reused
    // by another program) keeps its file, and so does any pid we may not
    // signal (EPERM means it lives).
    if (pid == 0 || pid == ::getpid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    stale.emplace_back(de->d_name);
  }
  int removed = 0;
  for (const std::string& name : stale) {
    struct stat st;
    // lstat: a symlink (or anything but a regular file) under such a name is
    // not ours and stays; unlinkat never follows one anyway.
    if (::fstatat(dfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
      continue;
    if (::unlinkat(dfd, name.c_str(), 0) == 0) {
      ++removed;
    } else if (errno != ENOENT) {
      warn("cannot remove " + path_join(dir, name) +
           ", a temp file a killed goals left: " + errno_text(errno) + "; remove it by hand");
    }
  }
  ::closedir(d);
  return removed;
}

FileSystem::WriteStatus RealFileSystem::make_dir(const std::string& path, std::string* err) {
  if (::mkdir(path.c_str(), 0777) == 0) {
    std::string parent = path_dirname(path);
    fsync_dir(parent.empty() ? "." : parent);
    return WriteStatus::Okay;
  }
  int e = errno;
  if (e == EEXIST) {
    // mkdir never follows a symlink at `path`; lstat tells a real folder
    // (fine) from a symlink or a file (the caller decides).
    struct stat st;
    if (::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return WriteStatus::Okay;
  }
  if (err) *err = e == EEXIST ? "something other than a folder exists at " + path : errno_text(e);
  return write_errno_status(e);
}

OverlayFileSystem::OverlayFileSystem(FileSystem& base, std::string path, std::string contents)
    : base_(base),
      path_(std::filesystem::path(path).lexically_normal().string()),
      dir_(path_dirname(path_)),
      name_(path_basename(path_)),
      contents_(std::move(contents)) {}

bool OverlayFileSystem::is_file(const std::string& path) const {
  return std::filesystem::path(path).lexically_normal().string() == path_;
}

FileSystem::Status OverlayFileSystem::read_file(const std::string& path, std::string* contents,
                                                std::string* err, std::size_t max_bytes) const {
  if (!is_file(path)) return base_.read_file(path, contents, err, max_bytes);
  if (contents_.size() > max_bytes) {
    *err = "file is larger than " + std::to_string(max_bytes) + " bytes";
    return Status::TooLarge;
  }
  *contents = contents_;
  return Status::Okay;
}

bool OverlayFileSystem::list_dir(const std::string& path, std::vector<DirEntry>* out,
                                 std::string* err) const {
  if (!base_.list_dir(path, out, err)) return false;
  if (std::filesystem::path(path).lexically_normal().string() != dir_) return true;
  auto it = std::lower_bound(out->begin(), out->end(), name_,
                             [](const DirEntry& e, const std::string& n) { return e.name < n; });
  if (it != out->end() && it->name == name_)
    it->kind = EntryKind::File;
  else
    out->insert(it, DirEntry{name_, EntryKind::File});
  return true;
}

EntryKind OverlayFileSystem::kind(const std::string& path, bool follow) const {
  return is_file(path) ? EntryKind::File : base_.kind(path, follow);
}

std::string OverlayFileSystem::real_path(const std::string& path) const {
  if (!is_file(path)) return base_.real_path(path);
  const std::string dir = base_.real_path(dir_);
  return dir.empty() ? std::string() : path_join(dir, name_);
}

std::string OverlayFileSystem::read_link(const std::string& path) const {
  return is_file(path) ? std::string() : base_.read_link(path);
}

FileSystem::WriteStatus OverlayFileSystem::create_file(const std::string& path,
                                                       std::string_view contents,
                                                       std::string* err) {
  if (is_file(path)) {
    if (err) *err = "a file already exists at " + path;
    return WriteStatus::Exists;
  }
  return base_.create_file(path, contents, err);
}

FileSystem::WriteStatus OverlayFileSystem::replace_file(const std::string& path,
                                                        std::string_view contents,
                                                        std::string* err) {
  return base_.replace_file(path, contents, err);
}

FileSystem::WriteStatus OverlayFileSystem::make_dir(const std::string& path, std::string* err) {
  if (is_file(path)) {
    if (err) *err = "something other than a folder exists at " + path;
    return WriteStatus::Exists;
  }
  return base_.make_dir(path, err);
}

}  // namespace goals
