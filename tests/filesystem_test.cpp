// FileSystem: the in-memory test double, the POSIX implementation and the
// path helpers.
#include "goals/io/memory_filesystem.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace goals {
namespace {

std::vector<std::string> names(const std::vector<DirEntry>& es) {
  std::vector<std::string> r;
  for (const auto& e : es) r.push_back(e.name);
  return r;
}

// ---------------------------------------------------------------------------
// Path helpers

TEST(FileSystemPath, Join) {
  EXPECT_EQ(path_join("a", "b"), "a/b");
  EXPECT_EQ(path_join("a/", "b"), "a/b");
  EXPECT_EQ(path_join("/", "b"), "/b");
  EXPECT_EQ(path_join("a", "/b"), "/b");
  EXPECT_EQ(path_join("", "b"), "b");
  EXPECT_EQ(path_join("a", ""), "a");
}

TEST(FileSystemPath, DirnameAndBasename) {
  EXPECT_EQ(path_dirname("a/b/c.md"), "a/b");
  EXPECT_EQ(path_dirname("c.md"), "");
  EXPECT_EQ(path_dirname("/c.md"), "/");
  EXPECT_EQ(path_dirname("/a/b/"), "/a");
  EXPECT_EQ(path_dirname("/"), "/");
  EXPECT_EQ(path_basename("a/b/c.md"), "c.md");
  EXPECT_EQ(path_basename("c.md"), "c.md");
  EXPECT_EQ(path_basename("/a/b/"), "b");
  EXPECT_EQ(path_basename("/"), "/");
}

// ---------------------------------------------------------------------------
// MemoryFileSystem

TEST(FileSystemMemory, FilesAndFolders) {
  MemoryFileSystem fs;
  fs.add_file("/v/Goals/A.md", "alpha");
  fs.add_file("/v/b.md", "beta");
  fs.add_dir("/v/Empty");

  std::string text, err;
  EXPECT_EQ(fs.read_file("/v/Goals/A.md", &text, &err, 100), FileSystem::Status::Okay);
  EXPECT_EQ(text, "alpha");
  EXPECT_EQ(fs.read_file("/v/missing.md", &text, &err, 100), FileSystem::Status::NotFound);
  EXPECT_FALSE(err.empty());
  EXPECT_EQ(fs.read_file("/v/Goals", &text, &err, 100), FileSystem::Status::OtherError);

  EXPECT_EQ(fs.kind("/v", false), EntryKind::Directory);
  EXPECT_EQ(fs.kind("/v/Goals", true), EntryKind::Directory);
  EXPECT_EQ(fs.kind("/v/b.md", false), EntryKind::File);
  EXPECT_EQ(fs.kind("/v/nope", false), EntryKind::Other);
  EXPECT_EQ(fs.kind("/", true), EntryKind::Directory);

  std::vector<DirEntry> es;
  ASSERT_TRUE(fs.list_dir("/v", &es, &err));
  EXPECT_EQ(names(es), (std::vector<std::string>{"Empty", "Goals", "b.md"}));
  EXPECT_EQ(es[1].kind, EntryKind::Directory);
  EXPECT_EQ(es[2].kind, EntryKind::File);
  ASSERT_TRUE(fs.list_dir("/v/Empty", &es, &err));
  EXPECT_TRUE(es.empty());
  EXPECT_FALSE(fs.list_dir("/v/b.md", &es, &err));
  EXPECT_FALSE(fs.list_dir("/v/missing", &es, &err));
  ASSERT_TRUE(fs.list_dir("/", &es, &err));
  EXPECT_EQ(names(es), (std::vector<std::string>{"v"}));
}

TEST(FileSystemMemory, ListingSkipsDeeperEntriesAndSorts) {
  MemoryFileSystem fs;
  fs.add_file("/v/b/x.md", "");
  fs.add_file("/v/b.c", "");
  fs.add_file("/v/B", "");
  fs.add_file("/v/a/deep/er/y.md", "");
  fs.add_file("/v/c.md", "");
  std::vector<DirEntry> es;
  std::string err;
  ASSERT_TRUE(fs.list_dir("/v", &es, &err));
  EXPECT_EQ(names(es), (std::vector<std::string>{"B", "a", "b", "b.c", "c.md"}));
}

TEST(FileSystemMemory, NormalizesPaths) {
  MemoryFileSystem fs("/home/me");
  fs.add_file("vault//Goals/./A.md", "a");  // relative to the working dir
  fs.add_file("/x/../y/B.md", "b");
  std::string text, err;
  EXPECT_EQ(fs.read_file("/home/me/vault/Goals/A.md", &text, &err, 10), FileSystem::Status::Okay);
  EXPECT_EQ(fs.read_file("vault/Goals/../Goals/A.md", &text, &err, 10), FileSystem::Status::Okay);
  EXPECT_EQ(text, "a");
  EXPECT_EQ(fs.read_file("/y/B.md", &text, &err, 10), FileSystem::Status::Okay);
  EXPECT_EQ(fs.kind("/x", false), EntryKind::Other);
  EXPECT_EQ(fs.real_path("vault/./Goals//A.md"), "/home/me/vault/Goals/A.md");
  EXPECT_EQ(fs.real_path("/../../y"), "/y");
  EXPECT_EQ(fs.current_dir(), "/home/me");
}

TEST(FileSystemMemory, SizeLimit) {
  MemoryFileSystem fs;
  fs.add_file("/a.md", "12345");
  std::string text, err;
  EXPECT_EQ(fs.read_file("/a.md", &text, &err, 5), FileSystem::Status::Okay);
  EXPECT_EQ(fs.read_file("/a.md", &text, &err, 4), FileSystem::Status::TooLarge);
  EXPECT_TRUE(text.empty());
}

TEST(FileSystemMemory, Unreadable) {
  MemoryFileSystem fs;
  fs.add_file("/v/secret.md", "x");
  fs.add_unreadable("/v/secret.md");
  fs.add_unreadable("/v/locked.md");  // created by add_unreadable
  fs.add_dir("/v/Private");
  fs.add_file("/v/Private/p.md", "");
  fs.add_unreadable("/v/Private");
  std::string text, err;
  EXPECT_EQ(fs.read_file("/v/secret.md", &text, &err, 100), FileSystem::Status::OtherError);
  EXPECT_FALSE(err.empty());
  EXPECT_EQ(fs.read_file("/v/locked.md", &text, &err, 100), FileSystem::Status::OtherError);
  EXPECT_EQ(fs.kind("/v/locked.md", false), EntryKind::File);
  std::vector<DirEntry> es;
  EXPECT_FALSE(fs.list_dir("/v/Private", &es, &err));
  EXPECT_EQ(fs.kind("/v/Private", true), EntryKind::Directory);
}

TEST(FileSystemMemory, Symlinks) {
  MemoryFileSystem fs;
  fs.add_file("/v/Real/n.md", "note");
  fs.add_symlink("/v/link", "Real");            // relative to its folder
  fs.add_symlink("/v/abs", "/v/Real/n.md");     // absolute
  fs.add_symlink("/v/chain", "abs");            // to another link
  fs.add_symlink("/v/Real/up", "..");           // a loop through the tree
  fs.add_symlink("/v/dangling", "nowhere.md");  // nothing there

  EXPECT_EQ(fs.kind("/v/link", false), EntryKind::Symlink);
  EXPECT_EQ(fs.kind("/v/link", true), EntryKind::Directory);
  EXPECT_EQ(fs.kind("/v/chain", true), EntryKind::File);
  EXPECT_EQ(fs.kind("/v/dangling", false), EntryKind::Symlink);
  EXPECT_EQ(fs.kind("/v/dangling", true), EntryKind::Other);

  EXPECT_EQ(fs.real_path("/v/link/n.md"), "/v/Real/n.md");
  EXPECT_EQ(fs.real_path("/v/chain"), "/v/Real/n.md");
  EXPECT_EQ(fs.real_path("/v/Real/up/link/up/Real"), "/v/Real");
  // `..` after a symlink climbs from the link's target, as the kernel does.
  EXPECT_EQ(fs.real_path("/v/Real/up/.."), "/");
  EXPECT_EQ(fs.real_path("/v/dangling"), "");
  EXPECT_EQ(fs.read_link("/v/dangling"), "nowhere.md");
  EXPECT_EQ(fs.read_link("/v/Real/n.md"), "");

  std::string text, err;
  EXPECT_EQ(fs.read_file("/v/link/n.md", &text, &err, 100), FileSystem::Status::Okay);
  EXPECT_EQ(text, "note");
  EXPECT_EQ(fs.read_file("/v/dangling", &text, &err, 100), FileSystem::Status::NotFound);

  std::vector<DirEntry> es;
  ASSERT_TRUE(fs.list_dir("/v/link", &es, &err));  // the folder itself is followed
  EXPECT_EQ(names(es), (std::vector<std::string>{"n.md", "up"}));
  EXPECT_EQ(es[1].kind, EntryKind::Symlink);  // but not its entries
}

TEST(FileSystemMemory, SymlinkLoopEnds) {
  MemoryFileSystem fs;
  fs.add_symlink("/v/a", "b");
  fs.add_symlink("/v/b", "a");
  fs.add_symlink("/v/self", "self");
  EXPECT_EQ(fs.real_path("/v/a"), "");
  EXPECT_EQ(fs.kind("/v/a", true), EntryKind::Other);
  EXPECT_EQ(fs.kind("/v/self", true), EntryKind::Other);
  EXPECT_EQ(fs.kind("/v/self", false), EntryKind::Symlink);
  std::string text, err;
  EXPECT_EQ(fs.read_file("/v/a/x", &text, &err, 10), FileSystem::Status::OtherError);
  EXPECT_FALSE(err.empty());
}

// ---------------------------------------------------------------------------
// Writing: MemoryFileSystem and OverlayFileSystem

using WS = FileSystem::WriteStatus;

TEST(FileSystemMemoryWrite, CreateFileNeverReplaces) {
  MemoryFileSystem fs;
  fs.add_file("/v/a.md", "old");
  fs.add_symlink("/v/link.md", "a.md");
  fs.add_symlink("/v/dangling.md", "/nowhere/x.md");
  fs.add_dir("/v/dir.md");
  std::string err, text;
  EXPECT_EQ(fs.create_file("/v/new.md", "fresh", &err), WS::Okay);
  ASSERT_EQ(fs.read_file("/v/new.md", &text, &err, 100), FileSystem::Status::Okay);
  EXPECT_EQ(text, "fresh");
  for (const char* p : {"/v/a.md", "/v/link.md", "/v/dangling.md", "/v/dir.md", "/v/new.md"}) {
    err.clear();
    EXPECT_EQ(fs.create_file(p, "X", &err), WS::Exists) << p;
    EXPECT_FALSE(err.empty());
  }
  fs.read_file("/v/a.md", &text, &err, 100);
  EXPECT_EQ(text, "old");
  fs.read_file("/v/new.md", &text, &err, 100);
  EXPECT_EQ(text, "fresh");
  EXPECT_EQ(fs.kind("/nowhere/x.md", false), EntryKind::Other);
  EXPECT_EQ(fs.create_file("/v/missing/x.md", "X", &err), WS::NotFound);
  EXPECT_EQ(fs.create_file("/v/a.md/x.md", "X", &err), WS::NotFound);
  EXPECT_EQ(fs.create_file("/v/..", "X", &err), WS::OtherError);
}

TEST(FileSystemMemoryWrite, CreateFileThroughAFolderSymlink) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/real");
  fs.add_symlink("/v/alias", "real");
  std::string err;
  EXPECT_EQ(fs.create_file("alias/n.md", "n", &err), WS::Okay);  // relative to the cwd
  EXPECT_EQ(fs.kind("/v/real/n.md", false), EntryKind::File);
}

TEST(FileSystemMemoryWrite, MakeDir) {
  MemoryFileSystem fs;
  fs.add_dir("/v/existing");
  fs.add_file("/v/file", "f");
  fs.add_symlink("/v/link", "existing");
  std::string err;
  EXPECT_EQ(fs.make_dir("/v/new", &err), WS::Okay);
  EXPECT_EQ(fs.kind("/v/new", false), EntryKind::Directory);
  EXPECT_EQ(fs.make_dir("/v/existing", &err), WS::Okay);
  EXPECT_EQ(fs.make_dir("/v/file", &err), WS::Exists);
  EXPECT_EQ(fs.make_dir("/v/link", &err), WS::Exists);   // a symlink is not a folder here
  EXPECT_EQ(fs.make_dir("/v/a/b", &err), WS::NotFound);  // one level only
  EXPECT_EQ(fs.kind("/v/a", false), EntryKind::Other);
}

TEST(FileSystemOverlayWrite, ForwardsToTheBase) {
  MemoryFileSystem base;
  base.add_dir("/v");
  OverlayFileSystem fs(base, "/v/buffer.md", "unsaved");
  std::string err;
  EXPECT_EQ(fs.create_file("/v/buffer.md", "X", &err), WS::Exists);
  EXPECT_EQ(fs.make_dir("/v/buffer.md", &err), WS::Exists);
  EXPECT_EQ(fs.create_file("/v/other.md", "o", &err), WS::Okay);
  EXPECT_EQ(fs.make_dir("/v/Dir", &err), WS::Okay);
  EXPECT_EQ(base.kind("/v/other.md", false), EntryKind::File);
  EXPECT_EQ(base.kind("/v/Dir", false), EntryKind::Directory);
  EXPECT_EQ(base.kind("/v/buffer.md", false), EntryKind::Other);
}

// ---------------------------------------------------------------------------
// RealFileSystem, in a fresh temporary folder

class FileSystemReal : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TMPDIR");
    std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/goals-fs-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    // The canonical path, so that real_path() results compare equal.
    dir_ = std::filesystem::canonical(tmpl).string();
  }
  void TearDown() override {
    if (dir_.empty()) return;
    // Give back the permission UnreadableFolder took, or remove_all cannot enter.
    ::chmod((dir_ + "/locked").c_str(), 0755);
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  void write(const std::string& rel, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(dir_ + "/" + rel).parent_path());
    std::ofstream(dir_ + "/" + rel, std::ios::binary) << text;
  }
  std::string dir_;
  RealFileSystem fs_;
};

TEST_F(FileSystemReal, ReadsFilesWithinTheLimit) {
  write("Goals/A.md", "alpha\n");
  std::string text, err;
  EXPECT_EQ(fs_.read_file(dir_ + "/Goals/A.md", &text, &err, 6), FileSystem::Status::Okay);
  EXPECT_EQ(text, "alpha\n");
  EXPECT_EQ(fs_.read_file(dir_ + "/Goals/A.md", &text, &err, 5), FileSystem::Status::TooLarge);
  EXPECT_TRUE(text.empty());
  EXPECT_EQ(fs_.read_file(dir_ + "/missing.md", &text, &err, 5), FileSystem::Status::NotFound);
  EXPECT_FALSE(err.empty());
  EXPECT_EQ(fs_.read_file(dir_ + "/Goals", &text, &err, 100), FileSystem::Status::OtherError);
  write("empty.md", "");
  EXPECT_EQ(fs_.read_file(dir_ + "/empty.md", &text, &err, 0), FileSystem::Status::Okay);
  EXPECT_EQ(text, "");
}

TEST_F(FileSystemReal, DoesNotHangOnAFifo) {
  ASSERT_EQ(::mkfifo((dir_ + "/pipe.md").c_str(), 0644), 0);
  std::string text, err;
  EXPECT_EQ(fs_.read_file(dir_ + "/pipe.md", &text, &err, 100), FileSystem::Status::OtherError);
  EXPECT_EQ(fs_.kind(dir_ + "/pipe.md", false), EntryKind::Other);
}

TEST_F(FileSystemReal, ListsSortedWithKinds) {
  write("b.md", "");
  write("a/x.md", "");
  write("C.png", "");
  ASSERT_EQ(::symlink("a", (dir_ + "/link").c_str()), 0);
  std::vector<DirEntry> es;
  std::string err;
  ASSERT_TRUE(fs_.list_dir(dir_, &es, &err)) << err;
  EXPECT_EQ(names(es), (std::vector<std::string>{"C.png", "a", "b.md", "link"}));
  EXPECT_EQ(es[0].kind, EntryKind::File);
  EXPECT_EQ(es[1].kind, EntryKind::Directory);
  EXPECT_EQ(es[3].kind, EntryKind::Symlink);
  EXPECT_FALSE(fs_.list_dir(dir_ + "/nope", &es, &err));
  EXPECT_FALSE(err.empty());
  EXPECT_FALSE(fs_.list_dir(dir_ + "/b.md", &es, &err));  // not a folder
}

TEST_F(FileSystemReal, SymlinksLoopsAndDanglingLinks) {
  write("a/x.md", "x");
  ASSERT_EQ(::symlink("a", (dir_ + "/link").c_str()), 0);
  ASSERT_EQ(::symlink("..", (dir_ + "/a/up").c_str()), 0);
  ASSERT_EQ(::symlink("loop2", (dir_ + "/loop1").c_str()), 0);
  ASSERT_EQ(::symlink("loop1", (dir_ + "/loop2").c_str()), 0);
  ASSERT_EQ(::symlink("missing.md", (dir_ + "/dangling.md").c_str()), 0);

  EXPECT_EQ(fs_.kind(dir_ + "/link", false), EntryKind::Symlink);
  EXPECT_EQ(fs_.kind(dir_ + "/link", true), EntryKind::Directory);
  EXPECT_EQ(fs_.real_path(dir_ + "/link/x.md"), dir_ + "/a/x.md");
  EXPECT_EQ(fs_.real_path(dir_ + "/a/up/a/up"), dir_);
  EXPECT_EQ(fs_.real_path(dir_ + "/loop1"), "");
  EXPECT_EQ(fs_.kind(dir_ + "/loop1", true), EntryKind::Other);
  EXPECT_EQ(fs_.real_path(dir_ + "/dangling.md"), "");
  EXPECT_EQ(fs_.kind(dir_ + "/dangling.md", false), EntryKind::Symlink);
  EXPECT_EQ(fs_.kind(dir_ + "/dangling.md", true), EntryKind::Other);
  EXPECT_EQ(fs_.read_link(dir_ + "/dangling.md"), "missing.md");
  EXPECT_EQ(fs_.read_link(dir_ + "/a/x.md"), "");
  std::string text, err;
  EXPECT_EQ(fs_.read_file(dir_ + "/link/x.md", &text, &err, 10), FileSystem::Status::Okay);
  EXPECT_EQ(text, "x");
  EXPECT_EQ(fs_.read_file(dir_ + "/dangling.md", &text, &err, 10), FileSystem::Status::NotFound);
  EXPECT_EQ(fs_.read_file(dir_ + "/loop1", &text, &err, 10), FileSystem::Status::OtherError);
}

TEST_F(FileSystemReal, UnreadableFolder) {
  write("locked/n.md", "n");
  ASSERT_EQ(::chmod((dir_ + "/locked").c_str(), 0), 0);
  if (::geteuid() == 0) {
    // The listing failure path is still covered by listing a file as a
    // folder in ListsSortedWithKinds.
    GTEST_SKIP() << "root reads a mode-000 folder anyway (CAP_DAC_OVERRIDE)";
  }
  std::vector<DirEntry> es;
  std::string err;
  EXPECT_FALSE(fs_.list_dir(dir_ + "/locked", &es, &err));
  EXPECT_FALSE(err.empty());
  std::string text;
  EXPECT_EQ(fs_.read_file(dir_ + "/locked/n.md", &text, &err, 10), FileSystem::Status::OtherError);
}

TEST_F(FileSystemReal, CurrentDirAndRealPath) {
  std::string cwd = fs_.current_dir();
  ASSERT_FALSE(cwd.empty());
  EXPECT_EQ(cwd[0], '/');
  EXPECT_EQ(fs_.real_path("."), std::filesystem::canonical(".").string());
  EXPECT_EQ(fs_.real_path(dir_ + "/./"), dir_);
}

// Names in `dir`, sorted, dot files included.
std::vector<std::string> entries_of(const std::string& dir) {
  std::vector<std::string> r;
  for (const auto& e : std::filesystem::directory_iterator(dir)) r.push_back(e.path().filename());
  std::sort(r.begin(), r.end());
  return r;
}

TEST_F(FileSystemReal, CreateFileWritesExactBytesAndLeavesNoTemp) {
  const std::string bytes = std::string("a\0b\r\n\xff", 6) + std::string(100000, 'z');
  std::string err, text;
  ASSERT_EQ(fs_.create_file(dir_ + "/n.md", bytes, &err), FileSystem::WriteStatus::Okay) << err;
  ASSERT_EQ(fs_.read_file(dir_ + "/n.md", &text, &err, 1 << 20), FileSystem::Status::Okay);
  EXPECT_EQ(text, bytes);
  EXPECT_EQ(fs_.create_file(dir_ + "/empty.md", "", &err), FileSystem::WriteStatus::Okay);
  EXPECT_EQ(entries_of(dir_), (std::vector<std::string>{"empty.md", "n.md"}));
  struct stat st;
  ASSERT_EQ(::lstat((dir_ + "/n.md").c_str(), &st), 0);
  EXPECT_TRUE(S_ISREG(st.st_mode));
  EXPECT_EQ(st.st_nlink, 1u);        // the temp name is gone
  EXPECT_EQ(st.st_mode & 0133, 0u);  // at most 0644
}

TEST_F(FileSystemReal, CreateFileNeverReplacesOrFollows) {
  write("a.md", "old");
  write("outside/o.md", "outside");
  ASSERT_EQ(::symlink("a.md", (dir_ + "/link.md").c_str()), 0);
  ASSERT_EQ(::symlink("outside/o.md", (dir_ + "/out.md").c_str()), 0);
  ASSERT_EQ(::symlink("outside/missing.md", (dir_ + "/dangling.md").c_str()), 0);
  std::filesystem::create_directory(dir_ + "/dir.md");
  std::string err, text;
  for (const char* name : {"a.md", "link.md", "out.md", "dangling.md", "dir.md"}) {
    err.clear();
    EXPECT_EQ(fs_.create_file(dir_ + "/" + name, "NEW", &err), FileSystem::WriteStatus::Exists)
        << name;
    EXPECT_FALSE(err.empty());
  }
  fs_.read_file(dir_ + "/a.md", &text, &err, 100);
  EXPECT_EQ(text, "old");
  fs_.read_file(dir_ + "/outside/o.md", &text, &err, 100);
  EXPECT_EQ(text, "outside");
  EXPECT_EQ(entries_of(dir_ + "/outside"), (std::vector<std::string>{"o.md"}));
  EXPECT_EQ(entries_of(dir_), (std::vector<std::string>{"a.md", "dangling.md", "dir.md", "link.md",
                                                        "out.md", "outside"}));
  EXPECT_EQ(fs_.create_file(dir_ + "/missing/x.md", "X", &err), FileSystem::WriteStatus::NotFound);
}

TEST_F(FileSystemReal, CreateFileWithALongNameStillFitsItsTemp) {
  const std::string name = std::string(252, 'n') + ".md";  // 255 bytes
  std::string err;
  EXPECT_EQ(fs_.create_file(dir_ + "/" + name, "x", &err), FileSystem::WriteStatus::Okay) << err;
  EXPECT_EQ(entries_of(dir_), (std::vector<std::string>{name}));
}

// Both ways of writing, anonymous (O_TMPFILE) and named (the fallback),
// publish exact bytes, keep the old mode on replace, and leave no temp name.
TEST_F(FileSystemReal, BothTempFileSchemesLeaveNoNameBehind) {
  RealFileSystem named(/*anonymous_temps=*/false);
  for (RealFileSystem* fs : {&fs_, &named}) {
    const std::string sub = dir_ + (fs == &named ? "/named" : "/anonymous");
    std::filesystem::create_directory(sub);
    std::string err, text;
    ASSERT_EQ(fs->create_file(sub + "/a.md", "one", &err), FileSystem::WriteStatus::Okay) << err;
    EXPECT_EQ(fs->create_file(sub + "/a.md", "two", &err), FileSystem::WriteStatus::Exists);
    ASSERT_EQ(::chmod((sub + "/a.md").c_str(), 0600), 0);
    ASSERT_EQ(fs->replace_file(sub + "/a.md", "three", &err), FileSystem::WriteStatus::Okay) << err;
    ASSERT_EQ(fs->replace_file(sub + "/b.md", "new", &err), FileSystem::WriteStatus::Okay) << err;
    EXPECT_EQ(entries_of(sub), (std::vector<std::string>{"a.md", "b.md"}));
    fs->read_file(sub + "/a.md", &text, &err, 100);
    EXPECT_EQ(text, "three");
    struct stat st;
    ASSERT_EQ(::lstat((sub + "/a.md").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_EQ(st.st_nlink, 1u);
  }
}

// A pid that was a process and is no more: a child that has exited and
// been reaped.
pid_t dead_pid() {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(0);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return pid;
}

TEST_F(FileSystemReal, RemovesOnlyStaleTempFilesOfOurs) {
  const std::string dead = std::to_string(dead_pid()), live = std::to_string(::getppid());
  const std::string hex = "0123456789abcdef";
  const std::string stale = ".goals-" + dead + "-" + hex + ".tmp";
  write(stale, "partial");
  write("sub/" + stale, "elsewhere");  // another folder: not written to, kept
  write(".goals-" + live + "-" + hex + ".tmp", "a live writer's");
  write(".goals-" + hex + ".tmp", "no pid: not provably ours");
  write(".goals-" + dead + "-" + hex + "0.tmp", "17 hex digits");
  write(".goals-" + dead + "-0123456789ABCDEF.tmp", "upper case");
  write(".goals-0" + dead + "-" + hex + ".tmp", "a leading zero");
  write(".goals-" + dead + "-" + hex + ".tmp.md", "another suffix");
  write("target.md", "kept");
  const std::string link_name = ".goals-" + dead + "-fedcba9876543210.tmp";
  ASSERT_EQ(::symlink("target.md", (dir_ + "/" + link_name).c_str()), 0);
  const std::string dir_name = ".goals-" + dead + "-aaaaaaaaaaaaaaaa.tmp";
  std::filesystem::create_directory(dir_ + "/" + dir_name);
  std::vector<std::string> before = entries_of(dir_);
  std::vector<std::string> warnings;
  fs_.set_warning_sink([&](const std::string& w) { warnings.push_back(w); });

  std::string err;
  ASSERT_EQ(fs_.create_file(dir_ + "/new.md", "n", &err), FileSystem::WriteStatus::Okay) << err;
  before.erase(std::find(before.begin(), before.end(), stale));
  before.push_back("new.md");
  std::sort(before.begin(), before.end());
  EXPECT_EQ(entries_of(dir_), before);
  EXPECT_TRUE(std::filesystem::exists(dir_ + "/sub/" + stale));
  EXPECT_EQ(std::filesystem::read_symlink(dir_ + "/" + link_name), "target.md");
  EXPECT_TRUE(warnings.empty());
  // Once per folder: a stale file that appears later waits for the next run.
  write(stale, "again");
  EXPECT_EQ(fs_.remove_stale_temps(dir_), 0);
  RealFileSystem next_run;
  EXPECT_EQ(next_run.remove_stale_temps(dir_), 1);
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/" + stale));
}

TEST_F(FileSystemReal, WarnsAboutAStaleTempFileItCannotRemove) {
  if (::geteuid() == 0) GTEST_SKIP() << "root removes files from a read-only folder anyway";
  const std::string stale = ".goals-" + std::to_string(dead_pid()) + "-0123456789abcdef.tmp";
  write("locked/" + stale, "partial");
  std::vector<std::string> warnings;
  fs_.set_warning_sink([&](const std::string& w) { warnings.push_back(w); });
  ASSERT_EQ(::chmod((dir_ + "/locked").c_str(), 0555), 0);
  EXPECT_EQ(fs_.remove_stale_temps(dir_ + "/locked"), 0);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "cannot remove " + dir_ + "/locked/" + stale +
                             ", a temp file a killed goals left: Permission denied; remove it "
                             "by hand");
}

TEST_F(FileSystemReal, MakeDir) {
  write("file", "f");
  std::filesystem::create_directory(dir_ + "/existing");
  ASSERT_EQ(::symlink("existing", (dir_ + "/link").c_str()), 0);
  std::string err;
  EXPECT_EQ(fs_.make_dir(dir_ + "/new", &err), FileSystem::WriteStatus::Okay) << err;
  EXPECT_EQ(fs_.kind(dir_ + "/new", false), EntryKind::Directory);
  EXPECT_EQ(fs_.make_dir(dir_ + "/existing", &err), FileSystem::WriteStatus::Okay);
  EXPECT_EQ(fs_.make_dir(dir_ + "/file", &err), FileSystem::WriteStatus::Exists);
  EXPECT_EQ(fs_.make_dir(dir_ + "/link", &err), FileSystem::WriteStatus::Exists);
  EXPECT_EQ(fs_.make_dir(dir_ + "/a/b", &err), FileSystem::WriteStatus::NotFound);
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/a"));
}

}  // namespace
}  // namespace goals
