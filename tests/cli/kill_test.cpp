// kill -9 on the real binary while it writes: `goals done FILE:LINE` ticking
// a task of a long sprint note, and `goals report --output Dashboard.md`,
// each SIGKILLed after a short random delay (seeded, so a failure repeats).
// After every kill the note is byte for byte its old text or its new text,
// never a mix and never missing, and the dashboard is absent, the old one or
// a complete new one. Temp files a kill leaves (`.goals-*.tmp`) are counted,
// not failed on: cleaning them is a separate issue.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "run_binary.h"
#include "temp_files.h"

namespace {

namespace fs = std::filesystem;
using goals_test::TempDir;
using goals_test::write;

/// The file's bytes, or nullopt when there is no file.
std::optional<std::string> read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  if (!f) return std::nullopt;
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// The temp files goals writes before renaming, anywhere in the vault.
int temp_files(const fs::path& vault) {
  int n = 0;
  for (const auto& e : fs::recursive_directory_iterator(vault)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with(".goals-") && name.ends_with(".tmp")) ++n;
  }
  return n;
}

constexpr int kTasks = 300;
constexpr int kFirstTaskLine = 9;  // the line of task 0 in the sprint note

std::string task(int i, bool done) {
  return std::string(done ? "- [x] " : "- [ ] ") + "Week 1-4: Task " + std::to_string(i) +
         " 📅 2027-01-28" + (done ? " ✅ 2027-01-10" : "");
}

/// The sprint note with tasks [0, ticked) ticked, as `goals done` writes them.
std::string sprint_note(int ticked) {
  std::string text =
      "---\ntype: sprint\nquarter: 2027-Q1\nstart: 2027-01-01\nend: 2027-03-31\n---\n# "
      "Q1\n## Goal 1: [[Ship it]]\n";
  for (int i = 0; i < kTasks; ++i) text += task(i, i < ticked) + "\n";
  return text + "- Success metric: all tasks done\n";
}

/// Starts the binary, SIGKILLs it after `delay`, and says whether the kill
/// landed (false: it had exited by then, with code 0).
bool run_and_kill(const std::vector<std::string>& args, const fs::path& cwd,
                  std::chrono::microseconds delay) {
  const pid_t pid = goals_test::start(args, cwd.string(), {"GOALS_TODAY=2027-01-10"});
  EXPECT_GT(pid, 0);
  if (pid <= 0) return false;
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) return WTERMSIG(status) == SIGKILL;
  EXPECT_EQ(WEXITSTATUS(status), 0) << args[0];
  return false;
}

TEST(KillNine, NotesAndTheDashboardAreOldOrNewNeverPartial) {
  TempDir tmp;
  const fs::path vault = tmp.path / "v";
  fs::create_directories(vault / ".obsidian");
  write(vault / "Goals/Ship it.md",
        "---\ntype: goal\nhorizon: short\ndeadline: 2027-03-31\nmetric: all tasks done\n---\n# "
        "Ship it\n");
  const fs::path note = vault / "Sprints/2027-Q1.md", dashboard = vault / "Dashboard.md";
  write(note, sprint_note(0));
  auto done_args = [](int i) {
    return std::vector<std::string>{"done",
                                    "Sprints/2027-Q1.md:" + std::to_string(kFirstTaskLine + i)};
  };
  const std::vector<std::string> report_args{"report", "--output", "Dashboard.md"};

  // Unkilled, `goals done` writes exactly what sprint_note() says, and
  // `report` writes the dashboard. Their times set how late a kill may
  // come, so that kills land mid-run on a slow (sanitizer) build too.
  const auto timed = [&](const std::vector<std::string>& args) {
    const auto t0 = std::chrono::steady_clock::now();
    const goals_test::Result res =
        goals_test::run(args, vault.string(), {"GOALS_TODAY=2027-01-10"});
    EXPECT_EQ(res.exit_code, 0) << res.err;
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                 t0);
  };
  const auto longest = std::max(timed(done_args(0)), timed(report_args));
  ASSERT_EQ(read(note), sprint_note(1));
  ASSERT_TRUE(read(dashboard).has_value());
  int ticked = 1;
  goals_test::Result r;

  std::mt19937 rng(13);
  std::uniform_int_distribution<long> delay_us(
      0, std::max<long>(20000, static_cast<long>(longest.count()) * 3 / 2));
  constexpr int kIterations = 200;
  int kills = 0, mid_write = 0, note_old = 0, note_new = 0, dash_old = 0, dash_new = 0;
  int temps = temp_files(vault);
  for (int i = 0; i < kIterations; ++i) {
    const auto delay = std::chrono::microseconds(delay_us(rng));
    if (i % 2 == 0) {
      ASSERT_LT(ticked, kTasks);
      const bool killed = run_and_kill(done_args(ticked), vault, delay);
      kills += killed;
      const std::optional<std::string> now = read(note);
      ASSERT_TRUE(now.has_value()) << "iteration " << i << ": the note is missing";
      if (*now == sprint_note(ticked)) {
        note_old += killed;
        EXPECT_TRUE(killed) << "iteration " << i << ": exited 0 without ticking";
      } else {
        ASSERT_EQ(*now, sprint_note(ticked + 1)) << "iteration " << i << ": neither old nor new";
        note_new += killed;
        ++ticked;
      }
    } else {
      const std::optional<std::string> before = read(dashboard);
      const bool killed = run_and_kill(report_args, vault, delay);
      kills += killed;
      const std::optional<std::string> now = read(dashboard);
      if (now == before) {
        dash_old += killed;
      } else {
        // Something new: it must be what an unkilled run writes from the
        // same vault, the old dashboard put back.
        ASSERT_TRUE(now.has_value()) << "iteration " << i << ": the dashboard is gone";
        if (before)
          write(dashboard, *before);
        else
          fs::remove(dashboard);
        r = goals_test::run(report_args, vault.string(), {"GOALS_TODAY=2027-01-10"});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        ASSERT_EQ(read(dashboard), now) << "iteration " << i << ": the dashboard is partial";
        dash_new += killed;
      }
    }
    const int after = temp_files(vault);
    if (after > temps) ++mid_write;
    temps = after;
  }
  ASSERT_TRUE(read(dashboard).has_value());
  EXPECT_TRUE(read(dashboard)->starts_with("---\ngenerated-by: goals\n"));
  std::cout << "kill -9: " << kIterations << " runs, " << kills << " killed (" << mid_write
            << " mid-write, leaving a temp file; note kept old " << note_old << ", new " << note_new
            << "; dashboard kept old " << dash_old << ", new " << dash_new << "), " << ticked
            << " tasks ticked, " << temps << " .goals-*.tmp files left\n";
  ::testing::Test::RecordProperty("kills", kills);
  ::testing::Test::RecordProperty("mid_write", mid_write);
  ::testing::Test::RecordProperty("temp_files_left", temps);
  // A loop where no kill landed proves nothing.
  EXPECT_GT(kills, 0);
}

}  // namespace
