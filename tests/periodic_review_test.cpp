// Reviews in the user's own periodic notes: the note Periodic Notes opens for
// the day (locale and ISO weeks, around New Year), made from the user's
// template or added to safely; and the pieces that do it.
#include <gtest/gtest.h>

#include <string>

#include "cli_test_util.h"
#include "goals/write/note_edit.h"
#include "goals/write/periodic_note.h"
#include "goals/write/scaffold.h"

namespace goals {
namespace {

using testing_util::CliRunner;
using testing_util::Outcome;

TEST(CoreTemplate, FillsTitleDateTimeAndFormattedDates) {
  const Date d = *Date::parse("2026-12-27");
  EXPECT_EQ(fill_core_template("# {{title}}\n{{date}} {{time}} {{ Date:gggg-[W]ww }} "
                               "{{DATE:dddd, MMMM Do}} {{tp.x}} {{time:HH}} {{date",
                               "2027-W01", d, "08:15"),
            "# 2027-W01\n2026-12-27 08:15 2027-W01 Sunday, December 27th {{tp.x}} {{time:HH}} "
            "{{date");
}

TEST(CoreTemplate, TemplaterSyntaxIsNoticed) {
  EXPECT_TRUE(needs_templater("# <% tp.file.title %>\n"));
  EXPECT_FALSE(needs_templater("100% sure, <3\n"));
}

TEST(ReviewSection, TheBodyUnderOneHeadingWithQuestionsOneLevelDeeper) {
  EXPECT_EQ(review_section("---\ntype: review\n---\n# 2026-W48\n\n> [!info] Facts\n\n## How am "
                           "I doing?\nWell.\n\n```\n# not a heading\n```\n###### Deep\n\n\n",
                           "Weekly review"),
            "## Weekly review\n\n> [!info] Facts\n\n### How am I doing?\nWell.\n\n```\n# not a "
            "heading\n```\n###### Deep\n");
}

TEST(SectionOffset, OneBlankLineBeforeTheSection) {
  std::string sep;
  EXPECT_EQ(section_offset("", &sep), 0u);
  EXPECT_EQ(sep, "");
  EXPECT_EQ(section_offset("a", &sep), 1u);
  EXPECT_EQ(sep, "\n\n");
  EXPECT_EQ(section_offset("a\n", &sep), 2u);
  EXPECT_EQ(sep, "\n");
  EXPECT_EQ(section_offset("a\n\n", &sep), 3u);
  EXPECT_EQ(sep, "");
  // Any line endings count (written as the note's by insert_into_note).
  EXPECT_EQ(section_offset("a\r", &sep), 2u);
  EXPECT_EQ(sep, "\n");
  EXPECT_EQ(section_offset("a\r\r", &sep), 3u);
  EXPECT_EQ(sep, "");
  EXPECT_EQ(section_offset("a\r\n\r\n", &sep), 5u);
  EXPECT_EQ(sep, "");
  EXPECT_EQ(section_offset("a\r\n", &sep), 3u);
  EXPECT_EQ(sep, "\n");
}

TEST(InsertIntoNote, ChangesNoOtherByteAndRefusesANoteThatChanged) {
  MemoryFileSystem fs("/");
  fs.add_file("/v/J/W.md", "one\r\ntwo\n");
  EditResult r = insert_into_note(fs, "/v", "J/W.md", "one\r\ntwo\n", 5, "NEW\r\n");
  EXPECT_EQ(r.status, EditStatus::Edited) << r.error;
  std::string text, err;
  ASSERT_EQ(fs.read_file("/v/J/W.md", &text, &err, 1 << 20), FileSystem::Status::Okay);
  EXPECT_EQ(text, "one\r\nNEW\r\ntwo\n");
  // What goals read is no longer what is there: nothing is written.
  r = insert_into_note(fs, "/v", "J/W.md", "one\r\ntwo\n", 9, "X");
  EXPECT_EQ(r.status, EditStatus::Changed);
  ASSERT_EQ(fs.read_file("/v/J/W.md", &text, &err, 1 << 20), FileSystem::Status::Okay);
  EXPECT_EQ(text, "one\r\nNEW\r\ntwo\n");
  EXPECT_EQ(insert_into_note(fs, "/v", "J/Gone.md", "", 0, "X").status, EditStatus::NotAFile);
  EXPECT_EQ(insert_into_note(fs, "/v", "../W.md", "", 0, "X").status, EditStatus::OutsideVault);
}

TEST(InsertIntoNote, NeverWritesThroughASymlink) {
  MemoryFileSystem fs("/");
  fs.add_file("/elsewhere/W.md", "x\n");
  fs.add_symlink("/v/J/W.md", "/elsewhere/W.md");
  EXPECT_EQ(insert_into_note(fs, "/v", "J/W.md", "x\n", 2, "Y").status, EditStatus::NotAFile);
  fs.add_symlink("/v/Out", "/elsewhere");
  EXPECT_EQ(insert_into_note(fs, "/v", "Out/W.md", "x\n", 2, "Y").status, EditStatus::OutsideVault);
  std::string text, err;
  ASSERT_EQ(fs.read_file("/elsewhere/W.md", &text, &err, 1 << 20), FileSystem::Status::Okay);
  EXPECT_EQ(text, "x\n");
}

/// A vault whose Periodic Notes (0.x settings) keep weekly notes in
/// Journal/Weekly named by `format` ("" for the plugin's default).
CliRunner periodic_vault(const std::string& format, const std::string& tmpl = "") {
  CliRunner cli;
  cli.fs.add_file(
      "/v/.obsidian/plugins/periodic-notes/data.json",
      "{\"weekly\": {\"enabled\": true, \"folder\": \"Journal/Weekly\", \"format\": \"" + format +
          "\", \"template\": \"" + tmpl +
          "\"},\n \"monthly\": "
          "{\"enabled\": false}}\n");
  cli.fs.add_file("/v/Goals/Ship.md", "---\ntype: goal\nhorizon: short\n---\n# Ship\n");
  return cli;
}

std::string read(CliRunner& cli, const std::string& path) {
  std::string text, err;
  EXPECT_EQ(cli.fs.read_file(path, &text, &err, 1 << 20), FileSystem::Status::Okay) << path;
  return text;
}

TEST(PeriodicReview, WritesTheWeeklyNoteThePluginOpensForTheDay) {
  // Locale weeks (the plugin's default `gggg-[W]ww`, weeks from Sunday, week 1
  // holding Jan 1) and ISO weeks (`GGGG-[W]WW`) around both New Years.
  struct Row {
    const char* format;
    const char* day;
    const char* note;
  };
  for (const Row& r :
       {Row{"", "2026-01-01", "2026-W01"}, Row{"", "2026-12-26", "2026-W52"},
        Row{"", "2026-12-27", "2027-W01"}, Row{"", "2027-01-02", "2027-W01"},
        Row{"", "2027-12-25", "2027-W52"}, Row{"", "2027-12-31", "2028-W01"},
        Row{"", "2028-01-01", "2028-W01"}, Row{"GGGG-[W]WW", "2026-12-31", "2026-W53"},
        Row{"GGGG-[W]WW", "2027-01-03", "2026-W53"}, Row{"GGGG-[W]WW", "2027-01-04", "2027-W01"},
        Row{"GGGG-[W]WW", "2027-12-31", "2027-W52"}, Row{"GGGG-[W]WW", "2026-01-01", "2026-W01"},
        Row{"gggg/[W]ww", "2027-01-01", "2027/W01"}}) {
    CliRunner cli = periodic_vault(r.format);
    const Outcome o =
        cli.run({"--vault", "/v", "--today", r.day, "review", "--cadence", "weekly", "--no-input"});
    EXPECT_EQ(o.code, 0) << r.day << ": " << o.err;
    EXPECT_EQ(o.out, std::string("/v/Journal/Weekly/") + r.note + ".md\n") << r.format << r.day;
  }
}

TEST(PeriodicReview, ANewNoteStartsFromTheUsersTemplate) {
  CliRunner cli = periodic_vault("", "Templates/Weekly");
  cli.fs.add_file("/v/Templates/Weekly.md", "# {{title}}\nFrom {{date:MMM D}}.\n");
  const Outcome o = cli.run(
      {"--vault", "/v", "--today", "2026-12-02", "review", "--cadence", "weekly", "--no-input"});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(read(cli, "/v/Journal/Weekly/2026-W49.md"),
            "# 2026-W49\nFrom Nov 29.\n\n## Weekly review\n\n> [!info] Milestones, 2026-11-29 to "
            "2026-12-05\n> **Due this week**\n> - nothing\n>\n> **Overdue**\n> - nothing\n>\n> "
            "**Done this week**\n> - nothing yet\n\n### How am I doing against my goals?\n\n### "
            "Which tasks and priorities did I change?\n\n### What small wins can I celebrate?\n");
  // The note is now the week's review.
  const Outcome list = cli.run({"--vault", "/v", "list", "--type", "review", "--format", "paths"});
  EXPECT_EQ(list.out, "/v/Journal/Weekly/2026-W49.md\n");
}

TEST(PeriodicReview, TemplaterTemplatesAreLeftOutWithANote) {
  CliRunner cli = periodic_vault("", "Templates/Weekly");
  cli.fs.add_file("/v/Templates/Weekly.md", "# <% tp.file.title %>\n");
  const Outcome o = cli.run(
      {"--vault", "/v", "--today", "2026-12-02", "review", "--cadence", "weekly", "--no-input"});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.err,
            "goals: note: the template 'Templates/Weekly' needs Templater (<% %>), which goals "
            "cannot run; the note starts without it\n");
  EXPECT_TRUE(read(cli, "/v/Journal/Weekly/2026-W49.md").starts_with("## Weekly review\n"));
}

TEST(PeriodicReview, AnExistingNoteGetsTheReviewAtItsEndOnce) {
  CliRunner cli = periodic_vault("");
  const std::string before = "---\nmood: ok\n---\n# Week 49\n\nBusy week.";
  cli.fs.add_file("/v/Journal/Weekly/2026-W49.md", before);
  const Outcome o = cli.run(
      {"--vault", "/v", "--today", "2026-12-02", "review", "--cadence", "weekly", "--no-input"});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.out, "/v/Journal/Weekly/2026-W49.md\n");
  const std::string after = read(cli, "/v/Journal/Weekly/2026-W49.md");
  EXPECT_TRUE(after.starts_with(before + "\n\n## Weekly review\n")) << after;
  const Outcome again = cli.run(
      {"--vault", "/v", "--today", "2026-12-03", "review", "--cadence", "weekly", "--no-input"});
  EXPECT_EQ(again.code, 2);
  EXPECT_EQ(again.err,
            "goals: '/v/Journal/Weekly/2026-W49.md' already has a \"Weekly review\" section; "
            "goals adds a review to a periodic note once\n");
  EXPECT_EQ(read(cli, "/v/Journal/Weekly/2026-W49.md"), after);
}

TEST(PeriodicReview, APastWeekGoesIntoTheNoteHoldingItsThursdayAndClearsItFromStatus) {
  // The plugin's default locale weeks run Sunday to Saturday; `--period`
  // names ISO weeks, Monday to Sunday: ISO 2026-W47 (Nov 16-22) is mostly
  // the locale week of Nov 15-21, the plugin's 2026-W47.
  CliRunner cli = periodic_vault("");
  cli.fs.add_file("/v/Journal/Weekly/2026-W46.md", "# W46\n");
  const std::vector<std::string> status{"--vault", "/v", "--today", "2026-12-02", "status"};
  EXPECT_NE(cli.run(status).out.find(
                "Missed reviews\n"
                "  2026-11-22  2026-W47  goals review --cadence weekly --period 2026-W47\n"
                "  2026-11-29  2026-W48  goals review --cadence weekly --period 2026-W48\n"
                "Next review"),
            std::string::npos)
      << cli.run(status).out;
  const Outcome o = cli.run(
      {"--vault", "/v", "--today", "2026-12-02", "review", "--period", "2026-W47", "--no-input"});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.out, "/v/Journal/Weekly/2026-W47.md\n");
  EXPECT_EQ(read(cli, "/v/Journal/Weekly/2026-W47.md"),
            "## Weekly review\n\n> [!info] Milestones, 2026-11-15 to 2026-11-21\n"
            "> **Due this week**\n> - nothing\n>\n> **Overdue**\n> - nothing\n>\n"
            "> **Done this week**\n> - nothing yet\n\n"
            "### How am I doing against my goals?\n\n"
            "### Which tasks and priorities did I change?\n\n"
            "### What small wins can I celebrate?\n");
  EXPECT_NE(cli.run(status).out.find(
                "Missed reviews\n"
                "  2026-11-29  2026-W48  goals review --cadence weekly --period 2026-W48\n"
                "Next review"),
            std::string::npos)
      << cli.run(status).out;
  const Outcome w48 = cli.run(
      {"--vault", "/v", "--today", "2026-12-02", "review", "--period", "2026-W48", "--no-input"});
  EXPECT_EQ(w48.out, "/v/Journal/Weekly/2026-W48.md\n");
  EXPECT_EQ(cli.run(status).out.find("Missed reviews"), std::string::npos) << cli.run(status).out;
}

TEST(PeriodicReview, WithoutPeriodicNotesReviewsGoWhereTheyAlwaysWent) {
  CliRunner cli;
  cli.fs.add_file("/v/.obsidian/plugins/periodic-notes/data.json",
                  "{\"weekly\": {\"enabled\": false, \"folder\": \"Journal/Weekly\"}}\n");
  cli.fs.add_file("/v/Goals/Ship.md", "---\ntype: goal\n---\n# Ship\n");
  const Outcome o = cli.run(
      {"--vault", "/v", "--today", "2026-12-31", "review", "--cadence", "weekly", "--no-input"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.out, "/v/Reviews/2026-W53.md\n");
}

TEST(PeriodicReview, OnlyTheReviewSectionAsksQuestions) {
  CliRunner cli = periodic_vault("");
  cli.fs.add_file("/v/Journal/Weekly/2026-W48.md", "# W48\n\n## Notes\n\n## Gratitude\n");
  cli.fs.add_file("/v/Journal/Weekly/2026-W49.md",
                  "# W49\n\n## Notes\n\n## Weekly review\n\n### How am I doing?\nWell.\n\n"
                  "### What got in my way?\n\n## Later\n");
  const Outcome o = cli.run({"--vault", "/v", "--today", "2026-12-02", "lint", "--select",
                             "unanswered-review", "--format", "github"});
  EXPECT_EQ(o.code, 1) << o.err;
  EXPECT_EQ(o.out,
            "::warning file=/v/Journal/Weekly/2026-W49.md,line=10,col=1,title=unanswered-review::"
            "question \"What got in my way?\" has no answer%0Ahelp: Write a sentence or two "
            "under the heading; even \"nothing changed\" is an answer.\n");
}

TEST(PeriodicReview, NewSprintsAvoidTheQuarterlyNotesName) {
  CliRunner cli;
  cli.fs.add_file("/v/.obsidian/plugins/periodic-notes/data.json",
                  "{\"quarterly\": {\"enabled\": true, \"folder\": \"Journal\"}}\n");
  cli.fs.add_file("/v/Goals/Ship.md", "---\ntype: goal\nhorizon: short\n---\n# Ship\n");
  const Outcome o =
      cli.run({"--vault", "/v", "--today", "2026-12-02", "new", "sprint", "--quarter", "2027-Q1"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.out, "/v/Sprints/2027-Q1 Sprint.md\n");
  const Outcome lint = cli.run(
      {"--vault", "/v", "--today", "2026-12-02", "lint", "--select", "periodic-name-clash"});
  EXPECT_EQ(lint.code, 0) << lint.out << lint.err;
}

}  // namespace
}  // namespace goals
