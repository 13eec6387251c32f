// `goals init` and `goals new ...` in-process on an in-memory vault.
#include <gtest/gtest.h>

#include "cli_test_util.h"
#include "goals/io/memory_filesystem.h"
#include "goals/parse/note.h"

namespace goals {
namespace {

using testing_util::Outcome;

struct NewCli : testing_util::CliRunner {
  NewCli() {
    fs.add_dir("/home/me/vault/.obsidian");
    fs.add_dir("/home/me/vault/Daily");
    fs.add_file("/home/me/vault/Vision/North.md", "---\ntype: vision\n---\n# North\n");
    fs.add_file("/home/me/vault/Goals/Lead.md",
                "---\ntype: goal\nhorizon: long\nparent: \"[[North]]\"\n---\n# Lead\n");
    for (const char* g : {"A", "B", "C", "D"})
      fs.add_file(std::string("/home/me/vault/Goals/") + g + ".md",
                  "---\ntype: goal\nhorizon: short\nparent: \"[[Lead]]\"\n---\n");
    env["GOALS_TODAY"] = "2026-11-22";
  }
  std::string read(const std::string& path) {
    std::string text, err;
    EXPECT_EQ(fs.read_file(path, &text, &err, 1 << 20), FileSystem::Status::Okay) << path;
    return text;
  }
};

TEST(NewCli, GoalIsWrittenItsPathPrintedAndItsGapsListed) {
  NewCli f;
  Outcome r = f.run({"new", "goal", "Mentor 2 junior engineers", "--horizon", "short", "--parent",
                     "Lead", "--deadline", "2027-03-31", "--metric", "6 logged sessions",
                     "--accountability", "Priya"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "../Goals/Mentor 2 junior engineers.md\n");
  EXPECT_EQ(r.err, "");  // SMART: nothing left to say
  const Note n = parse_note(f.read("/home/me/vault/Goals/Mentor 2 junior engineers.md"),
                            "Goals/Mentor 2 junior engineers.md", Config{}, nullptr);
  EXPECT_EQ(n.type, NoteType::Goal);
  EXPECT_EQ(n.horizon, Horizon::Short);
  EXPECT_EQ(n.deadline->str(), "2027-03-31");
  EXPECT_EQ(n.metric, "6 logged sessions");
  EXPECT_EQ(n.accountability, "Priya");
  ASSERT_EQ(n.parents.size(), 1u);
  EXPECT_EQ(n.parents[0].target, "Lead");
  EXPECT_EQ(n.created->str(), "2026-11-22");
}

TEST(NewCli, TitlesThatCannotBeANoteAreRefused) {
  NewCli f;
  const std::vector<std::pair<std::string, std::string>> cases{
      {"Mentor\xff engineers", "title has invalid UTF-8 at byte 7"},
      {"Lead \u202Etxt.exe", "title holds a right-to-left override (U+202E)"},
      {"  ", "title is empty"},
      {".", "title is `.`, which is not a note name"},
      {"..", "title is `..`, which is not a note name"}};
  for (const auto& [title, why] : cases) {
    for (const char* kind : {"goal", "vision"}) {
      const Outcome r = f.run({"new", kind, title});
      EXPECT_EQ(r.code, 2) << kind << " " << title;
      EXPECT_EQ(r.out, "");
      EXPECT_EQ(r.err, "goals: " + why + "; nothing was written\n") << kind;
    }
  }
  EXPECT_EQ(f.fs.kind("/home/me/vault/Goals/Untitled.md", false), EntryKind::Other);
  EXPECT_EQ(f.fs.kind("/home/me/vault/Untitled.md", false), EntryKind::Other);
}

TEST(NewCli, AVagueGoalIsStillWrittenWithTheHelpOnStderr) {
  NewCli f;
  Outcome r = f.run({"new", "goal", "get promoted soon"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "../Goals/get promoted soon.md\n");
  for (const char* rule :
       {"[vague-goal]", "[outside-control]", "[no-metric]", "[orphan-goal]", "[no-deadline]"})
    EXPECT_NE(r.err.find(rule), std::string::npos) << rule << "\n" << r.err;
  EXPECT_NE(r.err.find("  help: "), std::string::npos);
}

TEST(NewCli, NeverOverwritesAndSaysWhich) {
  NewCli f;
  const std::string before = f.read("/home/me/vault/Goals/A.md");
  Outcome r = f.run({"new", "goal", "A"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "goals: ../Goals/A.md already exists; nothing was written (goals never overwrites a "
            "note)\n");
  EXPECT_EQ(f.read("/home/me/vault/Goals/A.md"), before);
  f.fs.add_symlink("/home/me/vault/Goals/Link.md", "/etc/passwd");
  EXPECT_EQ(f.run({"new", "goal", "Link"}).code, 2);
}

TEST(NewCli, TitlesThatLookLikePathsStayInsideTheVault) {
  NewCli f;
  Outcome up = f.run({"new", "goal", "../../x"});
  EXPECT_EQ(up.code, 0) << up.err;
  EXPECT_EQ(up.out, "../Goals/x.md\n");
  Outcome abs = f.run({"new", "goal", "/etc/passwd"});
  EXPECT_EQ(abs.code, 0) << abs.err;
  EXPECT_EQ(abs.out, "../Goals/etc passwd.md\n");
}

TEST(NewCli, DryRunPrintsTheNoteAndWritesNothing) {
  NewCli f;
  Outcome r = f.run({"new", "vision", "Where I am going", "--dry-run"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("---\ntype: vision\n", 0), 0u) << r.out;
  EXPECT_EQ(f.fs.kind("/home/me/vault/Vision/Where I am going.md", false), EntryKind::Other);
}

TEST(NewCli, EditRunsTheEditorThroughShWithThePathAsAnArgument) {
  NewCli f;
  std::vector<std::string> ran;
  f.spawn = [&](const std::vector<std::string>& argv) {
    ran = argv;
    return 0;
  };
  f.env["EDITOR"] = "code --wait";
  Outcome r = f.run({"new", "vision", "--edit"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(ran, (std::vector<std::string>{"sh", "-c", "code --wait \"$1\"", "sh",
                                           "/home/me/vault/Vision/My north star.md"}));
  f.env["GOALS_EDITOR"] = "nano";
  f.run({"new", "goal", "Edited", "--edit"});
  EXPECT_EQ(ran[2], "nano \"$1\"");
}

// The note is written before the editor starts: an editor that fails or is
// not there costs nothing, so it is a warning that says how to open the note.
TEST(NewCli, AnEditorThatFailsAfterTheWriteIsAWarningAndExitZero) {
  NewCli f;
  int code = 1;
  f.spawn = [&](const std::vector<std::string>&) { return code; };
  f.env["EDITOR"] = "vim";
  Outcome r = f.run({"-q", "new", "goal", "Edited", "--edit"});  // a warning is no hint
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "../Goals/Edited.md\n");
  EXPECT_EQ(r.err,
            "goals: warning: the editor (vim) exited with 1; the note is written: open it with: "
            "vim ../Goals/Edited.md\n");
  EXPECT_EQ(f.read("/home/me/vault/Goals/Edited.md").rfind("---\ntype: goal\n", 0), 0u);
  code = 127;
  f.env["EDITOR"] = "code --wait";
  Outcome missing = f.run({"new", "vision", "Far away", "--edit"});
  EXPECT_EQ(missing.code, 0);
  EXPECT_EQ(missing.err,
            "goals: warning: the editor (code --wait) was not found; the note is written: open it "
            "with: code --wait \"../Vision/Far away.md\"\n");
  code = -1;
  Outcome sprint = f.run({"new", "sprint", "--goal", "A", "--edit"});
  EXPECT_EQ(sprint.code, 0);
  EXPECT_EQ(sprint.err,
            "goals: warning: the editor (code --wait) could not be started; the note is written: "
            "open it with: code --wait ../Sprints/2026-Q4.md\n");
  f.spawn = nullptr;
  Outcome none = f.run({"new", "review", "--edit"});
  EXPECT_EQ(none.code, 0);
  EXPECT_EQ(none.err.rfind("goals: warning: no editor can be started here; the note is written: "
                           "open it with: code --wait \"../Reviews/",
                           0),
            0u)
      << none.err;
}

// -q leaves out hints, never the result: the path is printed, the SMART
// advice and the sprint's proposal are not.
TEST(NewCli, QuietLeavesOutTheHints) {
  NewCli f;
  const Outcome loud = f.run({"new", "goal", "Get better", "--dry-run"});
  EXPECT_EQ(loud.code, 0);
  EXPECT_EQ(loud.err.rfind("goals: the goal would be written; to make it SMART:\n", 0), 0u)
      << loud.err;
  const Outcome quiet = f.run({"-q", "new", "goal", "Get better"});
  EXPECT_EQ(quiet.code, 0);
  EXPECT_EQ(quiet.out, "../Goals/Get better.md\n");
  EXPECT_EQ(quiet.err, "");
}

TEST(NewCli, AMissingParentOrGoalSaysHowToCreateIt) {
  NewCli f;
  Outcome r = f.run(
      {"new", "goal", "Mentor 2 junior engineers", "--parent", "Move into engineering management"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "goals: --parent: no note named 'Move into engineering management' in vault '..'; "
            "create it with: goals new goal \"Move into engineering management\" --horizon long\n");
  Outcome sprint = f.run({"new", "sprint", "--goal", "Say \"hi\" to $USER"});
  EXPECT_EQ(sprint.code, 2);
  EXPECT_EQ(sprint.err,
            "goals: --goal: no note named 'Say \"hi\" to $USER' in vault '..'; create it with: "
            "goals new goal 'Say \"hi\" to $USER'\n");
  Outcome vision = f.run({"new", "sprint", "--goal", "North"});
  EXPECT_EQ(vision.code, 2);
  EXPECT_EQ(vision.err, "goals: --goal: 'Vision/North.md' is not a goal note (type: goal)\n");
}

TEST(NewCli, SprintTakesAtMostTheConfiguredNumberOfGoals) {
  NewCli f;
  Outcome r = f.run({"new", "sprint", "--goal", "A", "--goal", "B", "--goal", "C", "--goal", "D"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("at most 3 goals"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("if everything is a priority, nothing is"), std::string::npos);
  f.fs.add_file("/home/me/vault/.goals.yaml", "max-goals-per-sprint: 4\n");
  Outcome four =
      f.run({"new", "sprint", "--goal", "A", "--goal", "B", "--goal", "C", "--goal", "D"});
  EXPECT_EQ(four.code, 0) << four.err;
  EXPECT_EQ(four.out, "../Sprints/2026-Q4.md\n");
}

TEST(NewCli, SprintMilestonesAreWrittenAsTheVaultsTasksPluginWritesTasks) {
  NewCli f;
  f.fs.add_file("/home/me/vault/.obsidian/plugins/obsidian-tasks-plugin/data.json",
                R"({"taskFormat": "dataview", "globalFilter": "#goal"})");
  Outcome r = f.run({"new", "sprint", "--goal", "A"});
  EXPECT_EQ(r.code, 0) << r.err;
  const std::string text = f.read("/home/me/vault/Sprints/2026-Q4.md");
  EXPECT_NE(text.find("## Goal 1: [[A]]\n"
                      "- [ ] #goal Week 1-4: … [due:: 2026-10-28]\n"
                      "- [ ] #goal Week 5-8: … [due:: 2026-11-25]\n"
                      "- [ ] #goal Week 9-13: … [due:: 2026-12-31]\n"),
            std::string::npos)
      << text;
  // Until the user writes them they are placeholders, no milestones.
  Outcome show = f.run({"show", "Sprints/2026-Q4"});
  EXPECT_NE(show.out.find("  Goal 1: A (0/0 milestones, 3 placeholders to fill in)\n"),
            std::string::npos)
      << show.out;
  // lint says so, with an example in the vault's own task format.
  Outcome lint = f.run({"lint", "--format", "json"});
  EXPECT_NE(lint.out.find("- [ ] #goal Week 1-4: Finish modules 1-4 of the course [due:: "
                          "2026-10-28]"),
            std::string::npos)
      << lint.out;
}

TEST(NewCli, SprintIsTheQuarterAfterTheLatestAndParsesBack) {
  NewCli f;
  f.fs.add_file("/home/me/vault/Sprints/2026-Q4.md", "---\ntype: sprint\nquarter: 2026-Q4\n---\n");
  Outcome r = f.run({"new", "sprint", "--goal", "A", "--goal", "B"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "../Sprints/2027-Q1.md\n");
  const Note n = parse_note(f.read("/home/me/vault/Sprints/2027-Q1.md"), "Sprints/2027-Q1.md",
                            Config{}, nullptr);
  EXPECT_EQ(n.type, NoteType::Sprint);
  EXPECT_EQ(n.quarter, "2027-Q1");
  EXPECT_EQ(n.start->str(), "2027-01-01");
  EXPECT_EQ(n.end->str(), "2027-03-31");
  ASSERT_EQ(n.goals.size(), 2u);
  EXPECT_EQ(n.goals[1].target, "B");
  EXPECT_EQ(f.run({"new", "sprint", "--goal", "Nope"}).code, 2);
  EXPECT_EQ(f.run({"new", "sprint", "--quarter", "2027-Q5"}).code, 2);
}

TEST(NewCli, NotesLinkAsTheVaultsObsidianSettingsSay) {
  NewCli f;
  f.fs.add_file("/home/me/vault/.obsidian/app.json",
                R"({"newLinkFormat": "relative", "useMarkdownLinks": true})");
  f.fs.add_file("/home/me/vault/Goals/Ship the 2.0 API.md",
                "---\ntype: goal\nhorizon: short\nparent: \"[[Lead]]\"\n---\n");
  // Properties stay wikilinks, relative to the new note's folder.
  Outcome goal = f.run({"new", "goal", "Mentor 2 junior engineers", "--horizon", "medium",
                        "--parent", "North", "--deadline", "2027-03-31", "--metric",
                        "6 logged sessions", "--accountability", "Priya"});
  ASSERT_EQ(goal.code, 0) << goal.err;
  const std::string goal_text = f.read("/home/me/vault/Goals/Mentor 2 junior engineers.md");
  EXPECT_EQ(goal_text.substr(0, goal_text.find("# Mentor")), R"(---
type: goal
horizon: medium
status: active
parent: "[[../Vision/North]]"
deadline: 2027-03-31
metric: 6 logged sessions
accountability: Priya
created: 2026-11-22
reviewed: 2026-11-22
---
)");
  // The body's links are Markdown links, their paths encoded as Obsidian encodes them.
  Outcome sprint = f.run({"new", "sprint", "--goal", "A", "--goal", "Ship the 2.0 API"});
  ASSERT_EQ(sprint.code, 0) << sprint.err;
  EXPECT_EQ(f.read("/home/me/vault/Sprints/2026-Q4.md"), R"(---
type: sprint
quarter: "2026-Q4"
start: 2026-10-01
end: 2026-12-31
goals:
  - "[[../Goals/A]]"
  - "[[../Goals/Ship the 2.0 API]]"
parent: "[[../Goals/Lead]]"
---
# Q4 2026 career sprint

## Goal 1: [A](../Goals/A.md)
- [ ] Week 1-4: … 📅 2026-10-28
- [ ] Week 5-8: … 📅 2026-11-25
- [ ] Week 9-13: … 📅 2026-12-31
- Success metric:
  %% How will you know it is done? A number or an outcome someone else can check. %%

## Goal 2: [Ship the 2.0 API](../Goals/Ship%20the%202.0%20API.md)
- [ ] Week 1-4: … 📅 2026-10-28
- [ ] Week 5-8: … 📅 2026-11-25
- [ ] Week 9-13: … 📅 2026-12-31
- Success metric:
  %% How will you know it is done? A number or an outcome someone else can check. %%

## Goal 3: [intentionally left blank -- fewer goals, more focus]
)");
  // goals reads the sprint back with both goal notes in their sections.
  Outcome show = f.run({"show", "Sprints/2026-Q4"});
  EXPECT_NE(show.out.find("  Goal 1: A (0/0 milestones, 3 placeholders to fill in)\n"),
            std::string::npos)
      << show.out;
  EXPECT_NE(
      show.out.find("  Goal 2: Ship the 2.0 API (0/0 milestones, 3 placeholders to fill in)\n"),
      std::string::npos)
      << show.out;
  // A review's facts link the same way; its `sprint` property is a wikilink.
  Outcome review = f.run({"new", "review", "--cadence", "monthly", "--dry-run"});
  ASSERT_EQ(review.code, 0) << review.err;
  EXPECT_NE(review.out.find("sprint: \"[[../Sprints/2026-Q4]]\"\n"), std::string::npos)
      << review.out;
  EXPECT_NE(review.out.find("> - [A](../Goals/A.md) → [Lead](../Goals/Lead.md) → "
                            "[North](../Vision/North.md)\n"),
            std::string::npos)
      << review.out;
}

TEST(InitCli, MakesTheVaultOnceAndSaysWhatIsThereTheSecondTime) {
  testing_util::CliRunner f;
  f.fs = MemoryFileSystem("/new");
  f.fs.add_dir("/new");
  Outcome r = f.run({"init"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            ".goals.yaml\nVision/\nGoals/\nSprints/\nReviews/\n.goals/templates/goal.md\n"
            ".goals/templates/review-monthly.md\n.goals/templates/review-quarterly.md\n"
            ".goals/templates/review-weekly.md\n.goals/templates/sprint.md\n"
            ".goals/templates/vision.md\n");
  std::string text, err;
  ASSERT_EQ(f.fs.read_file("/new/.goals.yaml", &text, &err, 1 << 20), FileSystem::Status::Okay);
  const ConfigResult cfg = parse_config(text, ".goals.yaml");
  EXPECT_TRUE(cfg.ok());
  EXPECT_TRUE(cfg.diagnostics.empty());
  EXPECT_EQ(cfg.config.max_goals_per_sprint, 3);
  Outcome again = f.run({"init"});
  EXPECT_EQ(again.code, 0);
  EXPECT_EQ(again.out, "");
  EXPECT_NE(again.err.find("goals: .goals.yaml already exists; left as it is\n"),
            std::string::npos);
}

TEST(InitCli, MakesTheFolderAndItsParentsButNotThroughAFile) {
  testing_util::CliRunner f;
  f.fs = MemoryFileSystem("/home");
  f.fs.add_file("/home/notes.txt", "x");
  Outcome r = f.run({"init", "career/2027"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, 25), "career/2027/.goals.yaml\nc");
  EXPECT_EQ(f.fs.kind("/home/career/2027/Goals", false), EntryKind::Directory);
  Outcome file = f.run({"init", "notes.txt/vault"});
  EXPECT_EQ(file.code, 2);
  EXPECT_EQ(file.out, "");
  EXPECT_EQ(file.err,
            "goals: cannot make 'notes.txt/vault' a vault: '/home/notes.txt' is not a folder\n");
}

TEST(NewCli, NoCommandFallsBackToTheWorkingDirectory) {
  testing_util::CliRunner f;
  f.fs = MemoryFileSystem("/home/me/notes");
  f.fs.add_file("/home/me/notes/a.md", "# A\n");
  Outcome r = f.run({"--today", "2026-12-01", "new", "goal", "Learn Go"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  const std::string no_vault =
      "goals: not inside a vault (no .obsidian/ or .goals.yaml here or above); use --vault DIR "
      "or `goals init`\n";
  EXPECT_EQ(r.err, no_vault);
  EXPECT_EQ(f.fs.kind("/home/me/notes/Goals", false), EntryKind::Other);
  EXPECT_EQ(f.run({"--today", "2026-12-01", "review", "--no-input"}).code, 2);
  // Reading commands refuse too, as git does outside a repository.
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"list"},
                                             {"status"},
                                             {"lint"},
                                             {"graph"},
                                             {"report"},
                                             {"show", "A"},
                                             {"wins"},
                                             {"export", "ics"}}) {
    const Outcome o = f.run(args);
    EXPECT_EQ(o.code, 2) << args.front();
    EXPECT_EQ(o.out, "") << args.front();
    EXPECT_EQ(o.err, no_vault) << args.front();
  }
  // The rule catalog needs no vault.
  EXPECT_EQ(f.run({"lint", "--list-rules"}).code, 0);
  // Named, the folder is the vault.
  EXPECT_EQ(f.run({"--vault", ".", "--today", "2026-12-01", "new", "goal", "Learn Go"}).code, 0);
  EXPECT_EQ(f.fs.kind("/home/me/notes/Goals/Learn Go.md", false), EntryKind::File);
}

}  // namespace
}  // namespace goals

namespace goals {
namespace {

TEST(NewCli, NextStepsOnStderrOnlyOnATerminalAndNeverUnderQuietOrDryRun) {
  testing_util::CliRunner f;
  f.fs = MemoryFileSystem("/home/me/vault");
  f.fs.add_dir("/home/me/vault/.obsidian");
  f.fs.add_dir("/home/me/vault/Goals");
  const std::vector<std::string> args = {"--today", "2026-12-01", "new", "vision", "Lead well"};
  f.tty = true;
  Outcome r = f.run(args);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err,
            "Next:\n  goals new goal \"A long-term goal\" --horizon long --parent \"Lead well\"\n");
  std::vector<std::string> goal = {"--today",    "2026-12-01", "new",   "goal",
                                   "Ship a CLI", "--horizon",  "short", "--dry-run"};
  r = f.run(goal);
  EXPECT_EQ(r.err.find("Next:"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("is written"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("the goal would be written"), std::string::npos) << r.err;
  goal.pop_back();
  goal.insert(goal.begin(), "-q");
  r = f.run(goal);
  EXPECT_EQ(r.err.find("Next:"), std::string::npos) << r.err;
  goal.erase(goal.begin());
  goal[4] = "Ship a second CLI";
  r = f.run(goal);
  EXPECT_NE(r.err.find("Next:\n  goals new sprint --goal \"Ship a second CLI\"\n"),
            std::string::npos)
      << r.err;
  f.tty = false;
  goal[4] = "Ship a third CLI";
  r = f.run(goal);
  EXPECT_EQ(r.err.find("Next:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace goals

namespace goals {
namespace {

TEST(NewCli, SprintSaysHowToMoveTheDeadlineOfACarriedGoal) {
  testing_util::CliRunner f;
  f.fs = MemoryFileSystem("/home/me/vault");
  f.fs.add_dir("/home/me/vault/.obsidian");
  f.fs.add_file("/home/me/vault/Goals/Ship.md",
                "---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\n---\n# Ship it\n");
  const Outcome r =
      f.run({"--today", "2026-12-20", "new", "sprint", "--quarter", "2027-Q1", "--goal", "Ship"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("goals: 'Ship it' was due 2026-12-31, before the sprint starts; give it a "
                       "new deadline: goals move \"Ship it\" --to 2027-03-31\n"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace goals
