// `goals init` in vaults that already have notes, shaped like four real
// conventions nobody here chose: a life-OS vault (#life/goal tags, deadline
// and parent as Dataview fields in a callout), a career vault (quarter plans
// tagged #quarter, #weekly-review notes), an OKR vault (okr: objective |
// keyresult) and a journal (Periodic Notes, `## Quarterly Goals` lists).
// init must propose rules that find every goal, sprint and review in them,
// and status, lint, report and wins must then work on them unchanged.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "cli_test_util.h"

namespace goals {
namespace {

using testing_util::CliRunner;
using testing_util::Outcome;

CliRunner vault(const std::map<std::string, std::string>& files) {
  CliRunner cli;
  cli.fs.add_dir("/v/.obsidian");
  for (const auto& [path, text] : files) cli.fs.add_file("/v/" + path, text);
  return cli;
}

std::string read(CliRunner& cli, const std::string& path) {
  std::string text, err;
  EXPECT_EQ(cli.fs.read_file(path, &text, &err, 1 << 20), FileSystem::Status::Okay) << path;
  return text;
}

/// The paths `list --type TYPE` prints, one per line.
std::string listed(CliRunner& cli, const std::string& type) {
  return cli.run({"--vault", "/v", "list", "--type", type, "--format", "paths"}).out;
}

/// status, lint, report and wins run and find their way through the vault.
void works_unchanged(CliRunner& cli) {
  for (std::vector<std::string> cmd :
       {std::vector<std::string>{"status"}, {"lint"}, {"report"}, {"wins"}}) {
    cmd.insert(cmd.begin(), {"--vault", "/v", "--today", "2026-12-02"});
    const Outcome o = cli.run(cmd);
    EXPECT_LE(o.code, 1) << cmd[4] << ": " << o.err;
    EXPECT_EQ(o.err.find("goals: "), std::string::npos) << cmd[4] << ": " << o.err;
  }
}

TEST(Adopt, LifeOsVaultWithTagsAndCalloutFields) {
  CliRunner cli = vault({
      {"1. Projects/Run a marathon.md",
       "---\ntags: [life/goal]\nstatus: in-progress\n---\n# Run a marathon\n\n> [!goal]\n> "
       "Deadline:: 2027-04-30\n> Up:: [[Health]]\n"},
      {"1. Projects/Learn Spanish.md",
       "---\ntags: [life/goal/learning]\nstatus: completed\n---\n# Learn Spanish\n\n"
       "Deadline:: 2026-10-01\nUp:: [[Health]]\n"},
      {"2. Areas/Health.md", "---\ntags: life/vision\n---\n# Health\n"},
      {"Journal/2026-11-30.md", "# 2026-11-30\nRan 10k. #journal\n"},
  });
  const Outcome init = cli.run({"init", "/v"});
  ASSERT_EQ(init.code, 0) << init.err;
  EXPECT_EQ(init.out,
            "Found 4 notes in this vault.\n"
            "  goal       2 notes  tag #life/goal\n"
            "  vision      1 note  tag #life/vision\n"
            "  alias      2 notes  up means parent\n"
            "  value       1 note  status completed means done\n"
            "  value       1 note  status in-progress means active\n"
            "With these settings goals finds: 1 vision, 2 goals.\n"
            "/v/.goals.yaml\n/v/.obsidian/types.json\n/v/Goals.base\n"
            "/v/.goals/templates/goal.md\n/v/.goals/templates/review-monthly.md\n"
            "/v/.goals/templates/review-quarterly.md\n/v/.goals/templates/review-weekly.md\n"
            "/v/.goals/templates/sprint.md\n/v/.goals/templates/vision.md\n");
  const std::string config = read(cli, "/v/.goals.yaml");
  EXPECT_THAT(config, ::testing::HasSubstr("  up: parent   # on 2 notes\n"));
  EXPECT_THAT(config, ::testing::HasSubstr("classify:\n  - {kind: goal, tag: life/goal}   # 2 "
                                           "notes\n  - {kind: vision, tag: life/vision}   # 1 "
                                           "note\n"));
  EXPECT_THAT(config, ::testing::HasSubstr("value-aliases:\n  status:\n    completed: done   # "
                                           "on 1 note\n    in-progress: active   # on 1 note\n"));
  EXPECT_EQ(listed(cli, "goal"),
            "/v/1. Projects/Learn Spanish.md\n/v/1. Projects/Run a marathon.md\n");
  EXPECT_EQ(listed(cli, "vision"), "/v/2. Areas/Health.md\n");
  // The callout's fields are the goal's deadline and parent, its words its status.
  const Outcome show =
      cli.run({"--vault", "/v", "--today", "2026-12-02", "show", "Run a marathon"});
  EXPECT_THAT(show.out, ::testing::HasSubstr("goal, active - 1. Projects/Run a marathon.md\n"));
  EXPECT_THAT(show.out, ::testing::HasSubstr("  deadline        2027-04-30 (149 days left)\n"));
  EXPECT_THAT(show.out,
              ::testing::HasSubstr("Parent chain\n  Health (vision, 2. Areas/Health.md)"));
  const Outcome wins = cli.run({"--vault", "/v", "--today", "2026-12-02", "list", "--type", "goal",
                                "--status", "done", "--format", "paths"});
  EXPECT_EQ(wins.out, "/v/1. Projects/Learn Spanish.md\n");
  works_unchanged(cli);
}

TEST(Adopt, CareerVaultWithQuarterPlansAndWeeklyReviews) {
  CliRunner cli = vault({
      {"01_Plan/Q4_Plan.md",
       "---\ntags: [quarter]\nstart: 2026-10-01\nend: 2026-12-31\n---\n# Q4 plan\n\n"
       "- [ ] Ship the design doc 📅 2026-11-15\n- [x] Talk to my manager ✅ 2026-10-20\n"},
      {"01_Plan/Q1_Plan.md", "---\ntags: [quarter]\n---\n# Q1 plan\n"},
      {"Weekly/2026-W47.md", "---\ntags: [weekly-review]\n---\n# 2026-W47\n\n## Wins\nShipped.\n"},
      {"Weekly/2026-W48.md", "---\ntags: [weekly-review]\n---\n# 2026-W48\n\n## Wins\nRested.\n"},
      {"Notes/Meeting.md", "# Meeting notes\n"},
  });
  const Outcome init = cli.run({"init", "/v", "--dry-run"});
  ASSERT_EQ(init.code, 0) << init.err;
  EXPECT_THAT(init.out, ::testing::StartsWith("Found 5 notes in this vault.\n"
                                              "  sprint     2 notes  tag #quarter\n"
                                              "  review     2 notes  tag #weekly-review\n"
                                              "With these settings goals finds: 2 sprints, 2 "
                                              "reviews.\n\n# goals settings"));
  // A dry run writes nothing at all.
  EXPECT_EQ(cli.fs.kind("/v/.goals.yaml", false), EntryKind::Other);
  EXPECT_EQ(cli.fs.kind("/v/Goals.base", false), EntryKind::Other);
  ASSERT_EQ(cli.run({"init", "/v"}).code, 0);
  EXPECT_THAT(read(cli, "/v/.goals.yaml"),
              ::testing::HasSubstr("  - {kind: sprint, tag: quarter}   # 2 notes\n  - {kind: "
                                   "review, tag: weekly-review, cadence: weekly}   # 2 notes\n"));
  EXPECT_EQ(listed(cli, "sprint"), "/v/01_Plan/Q1_Plan.md\n/v/01_Plan/Q4_Plan.md\n");
  EXPECT_EQ(listed(cli, "review"), "/v/Weekly/2026-W47.md\n/v/Weekly/2026-W48.md\n");
  const Outcome status = cli.run({"--vault", "/v", "--today", "2026-12-02", "status"});
  EXPECT_THAT(status.out, ::testing::HasSubstr("Q4 plan"));
  works_unchanged(cli);
}

TEST(Adopt, OkrVaultWithObjectivesAndKeyResults) {
  CliRunner cli = vault({
      {"OKRs/Staff.md", "---\nokr: objective\ndue: 2027-03-31\n---\n# Become a staff engineer\n"},
      {"OKRs/Docs.md",
       "---\nokr: keyresult\nobjective: \"[[Staff]]\"\ndue: 2026-12-31\nkr: 2 design docs "
       "approved\n---\n# Two design docs\n"},
      {"OKRs/Incident.md",
       "---\nokr: Keyresult\nobjective: \"[[Staff]]\"\ndue: 2026-12-15\n---\n# Lead an incident "
       "review\n"},
      {"People/Sam.md", "# Sam\n"},
  });
  ASSERT_EQ(cli.run({"init", "/v"}).code, 0);
  const std::string config = read(cli, "/v/.goals.yaml");
  EXPECT_THAT(config, ::testing::HasSubstr("  kr: metric   # on 1 note\n  objective: parent   # "
                                           "on 2 notes\n"));
  EXPECT_THAT(config,
              ::testing::HasSubstr("  - {kind: goal, property: {okr: keyresult}, horizon: short}   "
                                   "# 2 notes\n  - {kind: goal, property: {okr: objective}}   # "
                                   "1 note\n"));
  EXPECT_EQ(listed(cli, "goal"), "/v/OKRs/Docs.md\n/v/OKRs/Incident.md\n/v/OKRs/Staff.md\n");
  const Outcome show = cli.run({"--vault", "/v", "--today", "2026-12-02", "show", "Docs"});
  EXPECT_THAT(show.out, ::testing::HasSubstr("goal, short, active - OKRs/Docs.md\n"));
  EXPECT_THAT(show.out, ::testing::HasSubstr("  metric          2 design docs approved\n"));
  EXPECT_THAT(show.out, ::testing::HasSubstr("Parent chain\n  Become a staff engineer"));
  works_unchanged(cli);
}

TEST(Adopt, JournalWithPeriodicNotesAndQuarterlyGoalLists) {
  CliRunner cli = vault({
      {".obsidian/plugins/periodic-notes/data.json",
       "{\"daily\": {\"enabled\": true, \"folder\": \"Journal/Daily\"},\n \"weekly\": "
       "{\"enabled\": true, \"folder\": \"Journal/Weekly\"},\n \"quarterly\": {\"enabled\": "
       "true, \"folder\": \"Journal/Quarterly\"}}\n"},
      {"Journal/Quarterly/2026-Q4.md",
       "# 2026-Q4\n\n## Quarterly Goals\n- [ ] Publish two posts 📅 2026-12-20\n- [x] Run a "
       "workshop ✅ 2026-11-12\n"},
      {"Journal/Quarterly/2026-Q3.md",
       "# 2026-Q3\n\n## Quarterly Goals\n- [x] Start the blog ✅ 2026-08-01\n"},
      {"Journal/Weekly/2026-W48.md", "# 2026-W48\nA good week.\n"},
      {"Journal/Daily/2026-12-01.md", "# 2026-12-01\nWrote.\n"},
  });
  const Outcome init = cli.run({"init", "/v"});
  ASSERT_EQ(init.code, 0) << init.err;
  EXPECT_THAT(init.out,
              ::testing::StartsWith(
                  "Found 4 notes in this vault.\n"
                  "Obsidian settings read: .obsidian/plugins/periodic-notes/data.json\n"
                  "  review   Periodic Notes' weekly notes (Journal/Weekly/, gggg-[W]ww) are "
                  "weekly reviews; no rule needed\n"
                  "  review   Periodic Notes' quarterly notes (Journal/Quarterly/, YYYY-[Q]Q) are "
                  "quarterly reviews; no rule needed\n"
                  "  sprint     2 notes  heading \"Quarterly Goals\"\n"
                  "With these settings goals finds: 2 sprints, 1 review.\n"));
  EXPECT_EQ(listed(cli, "sprint"),
            "/v/Journal/Quarterly/2026-Q3.md\n/v/Journal/Quarterly/2026-Q4.md\n");
  EXPECT_EQ(listed(cli, "review"), "/v/Journal/Weekly/2026-W48.md\n");
  works_unchanged(cli);
}

TEST(Adopt, AnEmptyFolderIsScaffoldedAsBefore) {
  CliRunner cli;
  cli.fs.add_dir("/v");
  const Outcome o = cli.run({"init", "/v"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_THAT(o.out, ::testing::StartsWith("/v/.goals.yaml\n/v/Vision/\n/v/Goals/\n"));
}

TEST(Adopt, TypesAreAddedNeverChanged) {
  CliRunner cli = vault({
      {".obsidian/types.json", "{\n  \"types\": {\n    \"Deadline\": \"text\"\n  }\n}"},
      {"Goals/A.md", "---\ntype: goal\ndeadline: 2027-01-01\nstart: soon\ntarget: 4\n---\n# A\n"},
  });
  const Outcome o = cli.run({"init", "/v"});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_THAT(o.out,
              ::testing::HasSubstr(
                  "  types.json: `start` is left untyped: some notes write it another way\n"));
  EXPECT_EQ(read(cli, "/v/.obsidian/types.json"),
            "{\n  \"types\": {\n    \"Deadline\": \"text\",\n    \"reviewed\": \"date\",\n    "
            "\"completed\": \"date\",\n    \"end\": \"date\",\n    \"target\": \"number\",\n    "
            "\"current\": \"number\",\n    \"goals\": \"multitext\",\n    \"horizon\": \"text\",\n "
            "   \"status\": \"text\",\n    \"cadence\": \"text\",\n    \"quarter\": \"text\",\n    "
            "\"metric\": \"text\",\n    \"type\": \"text\"\n  }\n}\n");
}

}  // namespace
}  // namespace goals
