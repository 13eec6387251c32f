// kill -9 on the real binary while it writes: `goals done FILE:LINE` ticking
// a task of a long sprint note, and `goals report --output Dashboard.md`,
// each SIGKILLed after a short random delay (seeded, so a failure repeats).
// After every kill the note is byte for byte its old text or its new text,
// never a mix and never missing, and the dashboard is absent, the old one or
// a complete new one. The second test does every command that writes.
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
#include <map>
#include <optional>
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

/// Every entry under `root` named like a goals temp file (`.goals-...`), in
/// any folder, .goals/templates/ included.
int temp_names(const fs::path& root) {
  int n = 0;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.path().filename().string().starts_with(".goals-")) ++n;
  return n;
}

/// Every regular file under `root`, by its path relative to `root`.
std::map<std::string, std::string> files_of(const fs::path& root) {
  std::map<std::string, std::string> r;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && !e.path().filename().string().starts_with(".goals-"))
      r[fs::relative(e.path(), root).string()] = *read(e.path());
  return r;
}

// kill -9 during each command that writes: `init`, `new goal`, `export ics
// --output`, `report --output` and the in-place edit of `goals done`. After
// every kill each file is absent, its old bytes, or exactly what an unkilled
// run writes (a partial file counts as a failure), and the temp names left
// are counted: with O_TMPFILE a kill leaves none, except in the two-call
// window of a replace (linkat to a temp name, then rename), whose name the
// next goals run writing into that folder removes. So the final count is
// taken after one ordinary run of each command, and it must be zero.
TEST(KillNine, EveryWriterLeavesNoTempNameAndNoPartialFile) {
  TempDir tmp;
  const std::vector<std::string> env{"GOALS_TODAY=2027-01-10"};
  // What an unkilled `goals init` writes, made in a folder of the same name.
  fs::create_directories(tmp.path / "ref/v");
  fs::create_directories(tmp.path / "init");
  goals_test::Result r = goals_test::run({"init"}, (tmp.path / "ref/v").string(), env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::map<std::string, std::string> init_files = files_of(tmp.path / "ref/v");
  ASSERT_GT(init_files.size(), 3u);

  const fs::path vault = tmp.path / "v";
  fs::create_directories(vault / ".obsidian");
  write(vault / "Goals/Ship it.md",
        "---\ntype: goal\nhorizon: short\ndeadline: 2027-03-31\nmetric: all tasks done\n---\n# "
        "Ship it\n");
  const fs::path note = vault / "Sprints/2027-Q1.md";
  write(note, sprint_note(0));
  int ticked = 0;
  const auto done_args = [&] {
    return std::vector<std::string>{
        "done", "Sprints/2027-Q1.md:" + std::to_string(kFirstTaskLine + ticked)};
  };
  const std::vector<std::string> report_args{"report", "--output", "Dashboard.md"},
      export_args{"export", "ics", "--output", "cal.ics"};
  const auto goal_args = [](int i) {
    return std::vector<std::string>{"new", "goal", "Goal " + std::to_string(i)};
  };

  // How late a kill may come: the slowest unkilled run, so that kills land
  // mid-run on a sanitizer build too.
  std::chrono::microseconds longest{0};
  for (const auto& args : {report_args, export_args, goal_args(-1)}) {
    const auto t0 = std::chrono::steady_clock::now();
    r = goals_test::run(args, vault.string(), env);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    longest = std::max(longest, std::chrono::duration_cast<std::chrono::microseconds>(
                                    std::chrono::steady_clock::now() - t0));
  }
  std::mt19937 rng(14);
  std::uniform_int_distribution<long> delay_us(
      0, std::max<long>(20000, static_cast<long>(longest.count()) * 3 / 2));

  // A file a command writes whole: the old bytes, or exactly what an
  // unkilled run writes from the same vault (checked by running it again
  // with the old file put back).
  const auto old_or_new = [&](const fs::path& file, const std::optional<std::string>& before,
                              const std::vector<std::string>& args, int i) {
    const std::optional<std::string> now = read(file);
    if (now == before) return;
    ASSERT_TRUE(now.has_value()) << "iteration " << i << ": " << file << " is gone";
    if (before)
      write(file, *before);
    else
      fs::remove(file);
    const goals_test::Result again = goals_test::run(args, vault.string(), env);
    ASSERT_EQ(again.exit_code, 0) << again.err;
    ASSERT_EQ(read(file), now) << "iteration " << i << ": " << file << " is partial";
  };

  constexpr int kRounds = 16;  // five commands each: 80 kills, bounded under ASan
  int kills = 0, partial = 0, left = 0;
  for (int i = 0; i < kRounds * 5; ++i) {
    const auto delay = std::chrono::microseconds(delay_us(rng));
    switch (i % 5) {
      case 0: {  // init, in an empty folder named like the reference's
        const fs::path dir = tmp.path / "init/v";
        fs::remove_all(dir);
        fs::create_directories(dir);
        kills += run_and_kill({"init"}, dir, delay);
        for (const auto& [rel, bytes] : files_of(dir)) {
          const auto it = init_files.find(rel);
          if (it == init_files.end() || it->second != bytes) {
            ++partial;
            ADD_FAILURE() << "iteration " << i << ": init left " << rel << " partial or unknown";
          }
        }
        // An ordinary init completes the folder; whatever a kill left
        // under a temp name must be gone after it.
        r = goals_test::run({"init"}, dir.string(), env);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        left += temp_names(dir);
        break;
      }
      case 1: {
        const fs::path file = vault / ("Goals/Goal " + std::to_string(i) + ".md");
        kills += run_and_kill(goal_args(i), vault, delay);
        old_or_new(file, std::nullopt, goal_args(i), i);
        break;
      }
      case 2: {
        const std::optional<std::string> before = read(vault / "cal.ics");
        kills += run_and_kill(export_args, vault, delay);
        old_or_new(vault / "cal.ics", before, export_args, i);
        break;
      }
      case 3: {
        const std::optional<std::string> before = read(vault / "Dashboard.md");
        kills += run_and_kill(report_args, vault, delay);
        old_or_new(vault / "Dashboard.md", before, report_args, i);
        break;
      }
      case 4: {
        kills += run_and_kill(done_args(), vault, delay);
        const std::optional<std::string> now = read(note);
        ASSERT_TRUE(now.has_value()) << "iteration " << i << ": the note is missing";
        if (*now == sprint_note(ticked + 1))
          ++ticked;
        else
          ASSERT_EQ(*now, sprint_note(ticked)) << "iteration " << i << ": neither old nor new";
        break;
      }
    }
    if (HasFatalFailure()) return;
  }
  // One ordinary run of each command that writes into the vault's folders.
  for (const auto& args : {report_args, export_args, done_args(), goal_args(-2)}) {
    r = goals_test::run(args, vault.string(), env);
    EXPECT_EQ(r.exit_code, 0) << r.err;
  }
  left += temp_names(vault);
  std::cout << "kill -9 over every writer: " << kRounds * 5 << " runs, " << kills << " killed, "
            << partial << " partial files, " << left << " temp names left\n";
  ::testing::Test::RecordProperty("kills", kills);
  EXPECT_EQ(partial, 0);
  EXPECT_EQ(left, 0);
  EXPECT_GT(kills, 0);  // a loop where no kill landed proves nothing
}

}  // namespace
