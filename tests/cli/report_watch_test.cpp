// `goals report --watch --output Dashboard.md` with the real binary on a real
// folder: inotify sees a hand edit, the dashboard follows it, its own writes
// start no loop, and SIGTERM ends it cleanly (exit 143 as shells expect, no
// temp file left).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "run_binary.h"
#include "temp_files.h"

namespace {

namespace fs = std::filesystem;
using goals_test::read;
using goals_test::TempDir;
using goals_test::write;

/// Polls `done` every 20 ms for up to a minute (a loaded machine is slow; a
/// correct run is far quicker). False when it never came true.
bool eventually(const std::function<bool()>& done) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < give_up) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return done();
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

/// The binary running in the background, its stdout and stderr in files.
struct Background {
  pid_t pid = -1;
  fs::path out, err;

  Background(const std::vector<std::string>& args, const fs::path& cwd, const fs::path& logs)
      : out(logs / "out"), err(logs / "err") {
    pid = goals_test::start(args, cwd.string(), {"GOALS_TODAY=2026-11-22"}, out.string(),
                            err.string());
  }
  ~Background() {
    if (pid > 0 && waitpid(pid, nullptr, WNOHANG) == 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
  }

  /// Sends `sig` and waits (bounded) for the exit; the exit code, or
  /// 128 + signal, or -1 when it did not end.
  int stop(int sig) {
    kill(pid, sig);
    int status = 0;
    pid_t done = 0;
    eventually([&] { return (done = waitpid(pid, &status, WNOHANG)) != 0; });
    if (done != pid) return -1;
    pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
};

const char kGoal[] =
    "---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\nmetric: 6 sessions\n"
    "accountability: Sam\n---\n# Mentor\n";

TEST(ReportWatch, FollowsAHandEditAndStopsCleanlyOnSigterm) {
  TempDir vault, logs;
  write(vault.path / ".goals.yaml", "");
  write(vault.path / "Goals/Mentor.md", kGoal);
  write(vault.path / "Sprints/2026-Q4.md",
        "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4\n\n## Goal 1: [[Mentor]]\n"
        "- [ ] Week 1-4: Agree goals 📅 2026-10-28\n");
  const fs::path dashboard = vault.path / "Dashboard.md";
  Background goals({"report", "--watch", "--output", "Dashboard.md"}, vault.path, logs.path);
  ASSERT_GT(goals.pid, 0);

  ASSERT_TRUE(eventually([&] {
    return read(dashboard).find("| 6 sessions |") != std::string::npos;
  })) << "no first dashboard; stderr: "
      << read(goals.err);
  ASSERT_TRUE(eventually([&] { return count(read(goals.err), "goals: wrote") == 1; }));

  // A hand edit in a folder made after the watch began, and one in a watched folder.
  write(vault.path / "Goals/Later/Talk.md",
        "---\ntype: goal\nhorizon: short\ndeadline: 2026-12-10\nmetric: One talk given\n---\n"
        "# Give a talk\n");
  ASSERT_TRUE(eventually([&] { return read(dashboard).find("Give a talk") != std::string::npos; }))
      << read(dashboard) << "\nstderr: " << read(goals.err);
  std::string goal = kGoal;
  goal.replace(goal.find("6 sessions"), 10, "8 sessions");
  write(vault.path / "Goals/Mentor.md", goal);
  ASSERT_TRUE(eventually([&] {
    return read(dashboard).find("| 8 sessions |") != std::string::npos;
  })) << read(dashboard)
      << "\nstderr: " << read(goals.err);
  ASSERT_TRUE(eventually([&] { return count(read(goals.err), "goals: wrote") >= 3; }));

  EXPECT_EQ(goals.stop(SIGTERM), 143) << read(goals.err);
  const std::string err = read(goals.err);
  // One line per write: the first, then one per change. Its own writes (the
  // dashboard, its temp files) started none: a loop would have written on.
  EXPECT_GE(count(err, "goals: wrote Dashboard.md"), 3u) << err;
  EXPECT_LE(count(err, "goals: wrote Dashboard.md"), 4u) << err;  // the new folder may be two
  EXPECT_EQ(read(goals.out), "");
  EXPECT_NE(err.find("goals: wrote Dashboard.md (Goals/Mentor.md changed)\n"), std::string::npos)
      << err;
  for (const auto& e : fs::recursive_directory_iterator(vault.path))
    EXPECT_EQ(e.path().filename().string().rfind(".goals-", 0), std::string::npos) << e.path();
  EXPECT_EQ(read(dashboard).rfind("---\ngenerated-by: goals\n", 0), 0u);
}

TEST(ReportWatch, AVaultNamedThroughASymlinkKnowsItsOwnNote) {
  TempDir top, logs;
  const fs::path real = top.path / "real";
  write(real / ".goals.yaml", "");
  write(real / "Goals/Mentor.md", kGoal);
  fs::create_directory_symlink("real", top.path / "link");
  Background goals({"--vault", "link", "report", "--watch", "--output", "link/Dashboard.md"},
                   top.path, logs.path);
  ASSERT_GT(goals.pid, 0);
  ASSERT_TRUE(eventually([&] { return count(read(goals.err), "goals: wrote") == 1; }))
      << read(goals.err);
  std::string goal = kGoal;
  goal.replace(goal.find("6 sessions"), 10, "8 sessions");
  write(real / "Goals/Mentor.md", goal);
  ASSERT_TRUE(eventually(
      [&] { return read(real / "Dashboard.md").find("8 sessions") != std::string::npos; }));
  ASSERT_TRUE(eventually([&] { return count(read(goals.err), "goals: wrote") >= 2; }));
  EXPECT_EQ(goals.stop(SIGTERM), 143);
  // Its own write was known as its own through the link: no change followed it.
  const std::string err = read(goals.err);
  EXPECT_EQ(err.find("Dashboard.md changed"), std::string::npos) << err;
  EXPECT_EQ(count(err, "goals: "), 2u) << err;
}

TEST(ReportWatch, SigintStopsItToo) {
  TempDir vault, logs;
  write(vault.path / ".goals.yaml", "");
  write(vault.path / "Goals/Mentor.md", kGoal);
  Background goals({"-q", "report", "--watch", "--output", "Dashboard.md"}, vault.path, logs.path);
  ASSERT_GT(goals.pid, 0);
  ASSERT_TRUE(eventually([&] { return fs::exists(vault.path / "Dashboard.md"); }));
  EXPECT_EQ(goals.stop(SIGINT), 130);
  EXPECT_EQ(read(goals.err), "");  // -q
}

TEST(ReportWatch, WithoutOutputIsAUsageError) {
  const goals_test::Result r = goals_test::run(
      {"--vault", "examples/engineering-manager", "--today", "2026-11-22", "report", "--watch"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "goals: --watch keeps a dashboard note up to date: name it with --output FILE\n");
}

}  // namespace
