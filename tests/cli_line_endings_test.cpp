// A vault of notes with CR-only line endings (old Mac exports) through the
// CLI: read as their LF versions are, positions included, and edited in
// place without a single LF written into them.
#include <gtest/gtest.h>

#include "cli_test_util.h"
#include "goals/support/text.h"

namespace goals {
namespace {

using testing_util::CliRunner;
using testing_util::Outcome;

std::string cr(std::string_view lf) { return with_line_endings(lf, "\r"); }

struct CrVault : ::testing::Test {
  CliRunner f;
  const std::string sprint =
      cr("---\ntype: sprint\nquarter: 2026-Q4\ngoals: \"[[Learn Go]]\"\n---\n"
         "## Goal 1: [[Learn Go]]\n"
         "- [x] Week 1-4: Finish the tour ✅ 2026-10-20\n"
         "- [ ] Week 5-8: Build the CLI 📅 2026-11-26 ^cli\n");
  const std::string goal =
      cr("---\ntype: goal\nhorizon: short\nstatus: active\ndeadline: 2026-12-31\n"
         "reviewed: 2026-10-01\n---\n# Learn Go\n");
  const std::string bad = cr("---\ntype: goal\nhorizon: short\ndeadline: 2026-13-01\n---\n# Bad\n");
  CrVault() {
    f.fs.add_dir("/home/me/vault/.obsidian");
    f.fs.add_file("/home/me/vault/Sprints/2026-Q4.md", sprint);
    f.fs.add_file("/home/me/vault/Goals/Learn Go.md", goal);
  }
  Outcome run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--vault", "/home/me/vault", "--today", "2026-12-03"});
    return f.run(args);
  }
  std::string read(const std::string& rel) {
    std::string text, err;
    f.fs.read_file("/home/me/vault/" + rel, &text, &err, 1 << 20);
    return text;
  }
};

TEST_F(CrVault, ListReadsTheFrontMatter) {
  const Outcome r = run({"list", "--type", "goal", "--format", "paths"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "/home/me/vault/Goals/Learn Go.md\n");
  const Outcome sprints = run({"list", "--type", "sprint", "--format", "paths"});
  EXPECT_EQ(sprints.out, "/home/me/vault/Sprints/2026-Q4.md\n");
}

TEST_F(CrVault, LintPointsAtTheLineAndColumnAndQuotesTheLine) {
  f.fs.add_file("/home/me/vault/Goals/Bad.md", bad);
  const Outcome r = run({"lint", "--select", "invalid-property", "/home/me/vault/Goals/Bad.md"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out,
            "Goals/Bad.md:4:11: error: `deadline: 2026-13-01` is not a real calendar date "
            "[invalid-property]\n"
            " 4 | deadline: 2026-13-01\n"
            "   |           ^\n"
            "  help: Write the date as YYYY-MM-DD, e.g. `deadline: 2025-06-30`.\n"
            "\n"
            "1 error in 1 note\n");
  // Its LF twin says exactly the same.
  f.fs.add_file("/home/me/vault/Goals/Bad.md",
                "---\ntype: goal\nhorizon: short\ndeadline: 2026-13-01\n---\n# Bad\n");
  EXPECT_EQ(run({"lint", "--select", "invalid-property", "/home/me/vault/Goals/Bad.md"}).out,
            r.out);
}

TEST_F(CrVault, DoneByFileAndLineKeepsTheNoteCrOnly) {
  const Outcome r = run({"done", "Sprints/2026-Q4.md:8"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(
      r.out,
      "done  /home/me/vault/Sprints/2026-Q4.md:8  Week 5-8: Build the CLI  (done 2026-12-03)\n");
  std::string want = sprint;
  const std::string line = "- [ ] Week 5-8: Build the CLI 📅 2026-11-26 ^cli";
  want.replace(want.find(line), line.size(),
               "- [x] Week 5-8: Build the CLI 📅 2026-11-26 ✅ 2026-12-03 ^cli");
  EXPECT_EQ(read("Sprints/2026-Q4.md"), want);
}

TEST_F(CrVault, TouchAddsAPropertyLineWithACr) {
  const Outcome r = run({"touch", "Learn Go"});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string after = read("Goals/Learn Go.md");
  EXPECT_EQ(after.find('\n'), std::string::npos) << after;
  EXPECT_NE(after.find("\rreviewed: 2026-12-03\r"), std::string::npos) << after;
}

TEST(CrPeriodicReview, TheReviewIsAddedWithTheNotesLineEndings) {
  CliRunner cli;
  cli.fs.add_file("/v/.obsidian/plugins/periodic-notes/data.json",
                  "{\"weekly\": {\"enabled\": true, \"folder\": \"Journal/Weekly\"}}\n");
  cli.fs.add_file("/v/Goals/Ship.md", cr("---\ntype: goal\nhorizon: short\n---\n# Ship\n"));
  const std::string before = cr("---\nmood: ok\n---\n# Week 49\n\nBusy week.\n");
  cli.fs.add_file("/v/Journal/Weekly/2026-W49.md", before);
  const std::vector<std::string> review{"--vault", "/v",        "--today", "2026-12-02",
                                        "review",  "--cadence", "weekly",  "--no-input"};
  const Outcome o = cli.run(review);
  ASSERT_EQ(o.code, 0) << o.err;
  std::string after, err;
  cli.fs.read_file("/v/Journal/Weekly/2026-W49.md", &after, &err, 1 << 20);
  EXPECT_TRUE(after.starts_with(before + "\r## Weekly review\r\r> [!info]")) << after;
  EXPECT_EQ(after.find('\n'), std::string::npos) << after;
  // Read back, the note holds its review: a second one is refused.
  const Outcome again = cli.run(review);
  EXPECT_EQ(again.code, 2);
  EXPECT_NE(again.err.find("already has a \"Weekly review\" section"), std::string::npos)
      << again.err;
}

}  // namespace
}  // namespace goals
