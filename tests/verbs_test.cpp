// The routine's verbs: `goals done`, `drop`, `move` and `touch` on an
// in-memory vault. Each changes only the bytes it names and says what it did.
#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace goals {
namespace {

using testing_util::CliRunner;
using testing_util::Outcome;

struct Verbs : ::testing::Test {
  CliRunner f;
  const std::string sprint =
      "---\r\ntype: sprint\r\nquarter: 2026-Q4\r\n---\r\n"
      "## Goal 1: [[Learn Go]]\r\n"
      "- [x] Week 1-4: Finish the tour ✅ 2026-10-20\r\n"
      "- [ ] Week 5-8: Build the CLI 📅 2026-11-26 ^cli\r\n"
      "- [ ] Week 9-13: Ship the CLI to the team 📅 2026-12-31\r\n"
      "- Success metric: one tool in use\r\n";
  const std::string goal =
      "---\ntype: goal\nhorizon: short\nstatus: active\ndeadline: 2026-12-31\n"
      "reviewed: 2026-10-01\n---\n# Learn Go\n";
  Verbs() {
    f.fs.add_dir("/home/me/vault/.obsidian");
    f.fs.add_file("/home/me/vault/Sprints/2026-Q4.md", sprint);
    f.fs.add_file("/home/me/vault/Goals/Learn Go.md", goal);
    f.fs.add_file("/home/me/vault/Goals/Learn Rust.md",
                  "---\ntype: goal\nstatus: active\n---\n# Learn Rust\n");
  }
  Outcome run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--today", "2026-12-03"});
    return f.run(args);
  }
  std::string read(const std::string& rel) {
    std::string text, err;
    f.fs.read_file("/home/me/vault/" + rel, &text, &err, 1 << 20);
    return text;
  }
};

TEST_F(Verbs, DoneTicksAMilestoneByItsWordsAndWritesTheDoneDate) {
  const Outcome r = run({"done", "build cli"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "done  ../Sprints/2026-Q4.md:7  Week 5-8: Build the CLI  (done 2026-12-03)\n");
  std::string want = sprint;
  want.replace(want.find("- [ ] Week 5-8: Build the CLI 📅 2026-11-26 ^cli"),
               std::string("- [ ] Week 5-8: Build the CLI 📅 2026-11-26 ^cli").size(),
               "- [x] Week 5-8: Build the CLI 📅 2026-11-26 ✅ 2026-12-03 ^cli");
  EXPECT_EQ(read("Sprints/2026-Q4.md"), want);
  // Done once is done.
  const Outcome again = run({"done", "Sprints/2026-Q4.md:7", "--vault", "/home/me/vault"});
  EXPECT_EQ(again.code, 0);
  EXPECT_EQ(again.err, "goals: 'Week 5-8: Build the CLI' is already done; nothing was changed\n");
}

TEST_F(Verbs, AmbiguousOrUnknownTargetsChangeNothing) {
  const Outcome r = run({"done", "cli"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "goals: 'cli' matches 2 goals or milestones; nothing was changed. Name one of them:\n"
            "  ../Sprints/2026-Q4.md:7  Week 5-8: Build the CLI\n"
            "  ../Sprints/2026-Q4.md:8  Week 9-13: Ship the CLI to the team\n");
  const Outcome learn = run({"touch", "learn"});
  EXPECT_EQ(learn.code, 2);
  EXPECT_NE(learn.err.find("  ../Goals/Learn Go.md  Learn Go (goal)\n"), std::string::npos);
  const Outcome none = run({"drop", "nothing like this"});
  EXPECT_EQ(none.code, 2);
  EXPECT_EQ(none.err,
            "goals: no goal or milestone matches 'nothing like this' (milestones are looked for in "
            "the current sprint; name another one as FILE:LINE); create a goal with: goals new "
            "goal \"nothing like this\"\n");
  EXPECT_EQ(read("Sprints/2026-Q4.md"), sprint);
  EXPECT_EQ(read("Goals/Learn Go.md"), goal);
}

TEST_F(Verbs, DoneOnAGoalSetsStatusAndCompleted) {
  const Outcome r = run({"done", "[[Learn Go]]"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(read("Goals/Learn Go.md"),
            "---\ntype: goal\nhorizon: short\nstatus: done\ndeadline: 2026-12-31\n"
            "reviewed: 2026-10-01\ncompleted: 2026-12-03\n---\n# Learn Go\n");
  EXPECT_EQ(r.out, "done  ../Goals/Learn Go.md  Learn Go  (status: done, completed: 2026-12-03)\n");
  // `goals wins` sees it at once.
  EXPECT_NE(run({"wins"}).out.find("Learn Go"), std::string::npos);
}

TEST_F(Verbs, DryRunPrintsTheDiffAndWritesNothing) {
  const Outcome r = run({"move", "ship the cli", "--to", "2027-01-15", "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "--- a/../Sprints/2026-Q4.md\n+++ b/../Sprints/2026-Q4.md\n"
            "@@ -5,5 +5,5 @@\n"
            " ## Goal 1: [[Learn Go]]\n"
            " - [x] Week 1-4: Finish the tour ✅ 2026-10-20\n"
            " - [ ] Week 5-8: Build the CLI 📅 2026-11-26 ^cli\n"
            "-- [ ] Week 9-13: Ship the CLI to the team 📅 2026-12-31\n"
            "+- [ ] Week 9-13: Ship the CLI to the team 📅 2027-01-15\n"
            " - Success metric: one tool in use\n"
            "would be moved  ../Sprints/2026-Q4.md:8  Week 9-13: Ship the CLI to the team  "
            "(due 2026-12-31 -> 2027-01-15)\n");
  EXPECT_EQ(read("Sprints/2026-Q4.md"), sprint);
}

TEST_F(Verbs, MoveAndDropWriteTheReasonWhereTheUserSeesIt) {
  ASSERT_EQ(run({"move", "Learn Go", "--to", "2027-03-31", "--reason", "new team"}).code, 0);
  EXPECT_EQ(read("Goals/Learn Go.md"),
            "---\ntype: goal\nhorizon: short\nstatus: active\ndeadline: 2027-03-31\n"
            "reviewed: 2026-10-01\n---\n# Learn Go\n\n## Log\n\n"
            "- 2026-12-03: deadline moved from 2026-12-31 to 2027-03-31: new team\n");
  const Outcome r = run({"drop", "ship", "--reason", "tool retired", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"schema_version\":1,\"dry_run\":false,\"changes\":[{\"path\":\"Sprints/2026-Q4.md\","
            "\"line\":8,\"action\":\"dropped\",\"subject\":\"Week 9-13: Ship the CLI to the "
            "team\",\"detail\":"
            "\"cancelled 2026-12-03: tool retired\"}]}\n");
  const std::string s = read("Sprints/2026-Q4.md");
  EXPECT_NE(s.find("- [-] Week 9-13: Ship the CLI to the team 📅 2026-12-31 ❌ 2026-12-03\r\n"
                   "\t- Dropped 2026-12-03: tool retired\r\n- Success metric"),
            std::string::npos)
      << s;
}

TEST_F(Verbs, TouchSetsReviewedOnEveryGoalOrNone) {
  const Outcome bad = run({"touch", "Learn Go", "Learn Nothing"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(read("Goals/Learn Go.md"), goal);
  const Outcome r = run({"touch", "Learn Go", "Goals/Learn Rust.md", "--vault", "/home/me/vault"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(read("Goals/Learn Go.md"),
            "---\ntype: goal\nhorizon: short\nstatus: active\ndeadline: 2026-12-31\n"
            "reviewed: 2026-12-03\n---\n# Learn Go\n");
  EXPECT_EQ(read("Goals/Learn Rust.md"),
            "---\ntype: goal\nstatus: active\nreviewed: 2026-12-03\n---\n# Learn Rust\n");
}

TEST_F(Verbs, TheTasksPluginsFormatAndStatusesAreUsed) {
  f.fs.add_file("/home/me/vault/.obsidian/plugins/obsidian-tasks-plugin/data.json",
                R"({"taskFormat": "dataview", "statusSettings": {"coreStatuses": [
                     {"symbol": " ", "name": "Todo", "type": "TODO", "nextStatusSymbol": "X"},
                     {"symbol": "x", "name": "Started", "type": "IN_PROGRESS", "nextStatusSymbol": "X"},
                     {"symbol": "X", "name": "Done", "type": "DONE", "nextStatusSymbol": " "}]}})");
  ASSERT_EQ(run({"done", "Sprints/2026-Q4.md:8", "--vault", "/home/me/vault"}).code, 0);
  EXPECT_NE(read("Sprints/2026-Q4.md")
                .find("- [X] Week 9-13: Ship the CLI to the team 📅 2026-12-31  "
                      "[completion:: 2026-12-03]\r\n"),
            std::string::npos)
      << read("Sprints/2026-Q4.md");
}

TEST_F(Verbs, ARecurringTaskIsLeftToTheTasksPlugin) {
  f.fs.add_file("/home/me/vault/Goals/Habit.md",
                "---\ntype: goal\n---\n- [ ] Write a weekly note 🔁 every week 📅 2026-12-04\n");
  const Outcome r = run({"done", "Goals/Habit.md:4", "--vault", "/home/me/vault"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: /home/me/vault/Goals/Habit.md:4 recurs; tick it in Obsidian so the Tasks "
            "plugin adds the next one. Nothing was changed\n");
  EXPECT_EQ(read("Goals/Habit.md"),
            "---\ntype: goal\n---\n- [ ] Write a weekly note 🔁 every week 📅 2026-12-04\n");
}

TEST_F(Verbs, AReviewNamesOrMarksAFinishedGoal) {
  ASSERT_EQ(run({"done", "build the cli"}).code, 0);
  ASSERT_EQ(run({"done", "ship the cli"}).code, 0);
  const Outcome named = run({"review", "--cadence", "weekly", "--no-input"});
  ASSERT_EQ(named.code, 0) << named.err;
  EXPECT_EQ(
      named.err,
      "goals: every milestone of 'Learn Go' is ticked; mark it done: goals done \"Learn Go\"\n");
  EXPECT_EQ(read("Goals/Learn Go.md"), goal);
  // --yes takes it, with reviewed: (the weekly review covers the sprint's goals).
  const Outcome yes =
      run({"review", "--cadence", "weekly", "--period", "2026-W48", "--no-input", "--yes"});
  ASSERT_EQ(yes.code, 0) << yes.err;
  EXPECT_EQ(read("Goals/Learn Go.md"),
            "---\ntype: goal\nhorizon: short\nstatus: done\ndeadline: 2026-12-31\n"
            "reviewed: 2026-12-03\ncompleted: 2026-12-03\n---\n# Learn Go\n");
}

}  // namespace
}  // namespace goals

namespace goals {
namespace {

TEST(ReviewWriteBack, AWeeklyReviewWithoutASprintCoversEveryOpenGoal) {
  testing_util::CliRunner f;
  f.fs = MemoryFileSystem("/home/me/vault");
  f.fs.add_dir("/home/me/vault/.obsidian");
  f.fs.add_file("/home/me/vault/Goals/A.md", "---\ntype: goal\nreviewed: 2026-01-01\n---\n# A\n");
  f.fs.add_file("/home/me/vault/Goals/B.md", "---\ntype: goal\nstatus: done\n---\n# B\n");
  const testing_util::Outcome r = f.run(
      {"--today", "2026-12-03", "review", "--cadence", "weekly", "--no-input", "--mark-reviewed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "Reviews/2026-W49.md\nreviewed  Goals/A.md  A  (reviewed: 2026-12-03)\n");
}

}  // namespace
}  // namespace goals
