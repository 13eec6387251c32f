#include "goals/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>

namespace goals {

namespace {

using WriteStatus = FileSystem::WriteStatus;

WriteStatus fail(std::string* err, const std::string& message, WriteStatus st) {
  if (err) *err = message;
  return st;
}

WriteStatus errno_status(int e) {
  return e == ENOENT || e == ENOTDIR ? WriteStatus::NotFound : WriteStatus::OtherError;
}

bool write_all(int fd, std::string_view data, int* e) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      *e = errno;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

WriteStatus replace_on_disk(const std::string& path, std::string_view contents, std::string* err) {
  std::string dir = path_dirname(path);
  if (dir.empty()) dir = ".";
  struct stat old;
  const bool exists = ::lstat(path.c_str(), &old) == 0;
  if (!exists && errno != ENOENT) return fail(err, std::strerror(errno), errno_status(errno));
  if (exists && S_ISLNK(old.st_mode))
    return fail(err, "it is a symbolic link, which goals does not write through",
                WriteStatus::Exists);
  if (exists && !S_ISREG(old.st_mode))
    return fail(err, S_ISDIR(old.st_mode) ? "it is a folder" : "it is not a regular file",
                WriteStatus::Exists);

  // The temporary file sits in the target's folder so that rename(2) stays on
  // one file system and is atomic; O_EXCL|O_NOFOLLOW never opens something
  // planted under its name.
  std::random_device rd;
  std::mt19937_64 rng((static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^
                      static_cast<std::uint64_t>(::getpid()));
  std::string tmp;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    char buf[32];
    std::snprintf(buf, sizeof buf, ".goals-%016llx.tmp", static_cast<unsigned long long>(rng()));
    tmp = path_join(dir, buf);
    do {
      fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) return fail(err, std::strerror(errno), errno_status(errno));
  int e = 0;
  bool ok = true;
  // A calendar the user made private stays private when it is replaced.
  if (exists && ::fchmod(fd, old.st_mode & 07777) != 0) {
    e = errno;
    ok = false;
  }
  ok = ok && write_all(fd, contents, &e);
  if (ok && ::fsync(fd) != 0) {
    e = errno;
    ok = false;
  }
  if (::close(fd) != 0 && ok) {
    e = errno;
    ok = false;
  }
  // rename(2) replaces a symlink that appeared at `path` since the check
  // above rather than following it, so nothing is ever written through one.
  if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) {
    e = errno;
    ok = false;
  }
  if (!ok) {
    ::unlink(tmp.c_str());
    return fail(err, std::strerror(e), errno_status(e));
  }
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);  // best effort: the file itself is complete already
    ::close(dfd);
  }
  return WriteStatus::Okay;
}

}  // namespace

WriteStatus replace_file(const FileSystem& fs, const std::string& path, std::string_view contents,
                         std::string* err) {
  const std::string name = path_basename(path);
  if (path.empty() || path.back() == '/' || name.empty() || name == "." || name == "..")
    return fail(err, "not a file name", WriteStatus::OtherError);
  // FileSystem can only create files (notes are never replaced), so the real
  // disk is written here directly until it can replace one too.
  if (dynamic_cast<const RealFileSystem*>(&fs)) return replace_on_disk(path, contents, err);
  switch (fs.kind(path, /*follow=*/false)) {
    case EntryKind::Symlink:
      return fail(err, "it is a symbolic link, which goals does not write through",
                  WriteStatus::Exists);
    case EntryKind::Directory:
      return fail(err, "it is a folder", WriteStatus::Exists);
    case EntryKind::File:
      return fail(err, "this file system cannot replace a file", WriteStatus::OtherError);
    case EntryKind::Other:
      break;
  }
  return fs.create_file(path, contents, err);
}

}  // namespace goals
