// The loader's rules: what the scan, the front-matter reader and the body
// reader find, passed on under a rule id, a severity and the suppressions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "goals/io/memory_filesystem.h"
#include "lint_test_util.h"

namespace goals {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing_util::lint_files;
using testing_util::lint_fs;
using testing_util::LintRun;

using Files = std::map<std::string, std::string>;

std::string deep_quote(int levels) {
  return std::string(static_cast<std::size_t>(levels), '>') + " x\n";
}

/// A table of `cols` columns (its `|-|` row) and `rows` rows after its header.
std::string table_rows(int cols, int rows) {
  std::string t = "| a |\n|";
  for (int c = 0; c < cols; ++c) t += "-|";
  t += "\n";
  for (int r = 0; r < rows; ++r) t += "x\n";
  return t;
}

/// The same table in a note, its header on line 3.
std::string table(int cols, int rows) { return "# T\n\n" + table_rows(cols, rows); }

/// One loader rule's case: a vault that triggers it once, the finding at
/// its default severity, and the same vault with `lint-ignore: [rule]` in
/// that note's front matter.
struct Case {
  std::string rule;
  Files files;
  std::string line;  ///< the finding, with "SEVERITY" for its severity
  std::string severity;
  Files ignored;
  /// False when the note's properties cannot be read, `lint-ignore` included.
  bool ignorable = true;
};

std::string with_severity(const std::string& line, const std::string& severity) {
  std::string out = line;
  out.replace(out.find("SEVERITY"), 8, severity);
  return out;
}

std::vector<Case> cases() {
  return {
      {"ambiguous-link",
       {{"A/Twin.md", "# A\n"}, {"B/Twin.md", "# B\n"}, {"Links.md", "See [[Twin]].\n"}},
       "Links.md:1:5: SEVERITY: [[Twin]] matches 2 notes equally: A/Twin.md, B/Twin.md; Obsidian "
       "opens whichever it read first from disk, goals uses A/Twin.md (the first by path) "
       "[ambiguous-link]",
       "warning",
       {{"A/Twin.md", "# A\n"},
        {"B/Twin.md", "# B\n"},
        {"Links.md", "---\nlint-ignore: [ambiguous-link]\n---\nSee [[Twin]].\n"}}},
      // Two names of one property: the key written twice leaves no lint-ignore to read.
      {"duplicate-key",
       {{"G.md", "---\ntype: goal\ndeadline: 2026-12-31\ndue: 2027-01-31\n---\n# G\n"}},
       "G.md:4:1: SEVERITY: `due` and `deadline` are the same property (also set on line 3); the "
       "last value is used [duplicate-key]",
       "error",
       {{"G.md",
         "---\ntype: goal\ndeadline: 2026-12-31\ndue: 2027-01-31\nlint-ignore: "
         "[duplicate-key]\n---\n# G\n"}}},
      {"invalid-encoding",
       {{"L.md", "# Caf\xE9\n"}},
       "L.md:1:6: SEVERITY: invalid UTF-8 (byte 0xE9); the note is read as it is "
       "[invalid-encoding]",
       "error",
       {{"L.md", "---\nlint-ignore: [invalid-encoding]\n---\n# Caf\xE9\n"}}},
      {"invalid-frontmatter",
       {{"B.md", "---\ntype: goal\nmetric: [unclosed\n---\nBody.\n"}},
       "B.md:4:1: SEVERITY: front matter is not valid YAML: end of sequence flow not found "
       "[invalid-frontmatter]",
       "error",
       {{"B.md",
         "---\ntype: goal\nlint-ignore: [invalid-frontmatter]\nmetric: [unclosed\n---\n"
         "Body.\n"}},
       false},
      {"invalid-property",
       {{"G.md", "---\ntype: goal\nstatus: someday\n---\n# G\n"}},
       "G.md:3:9: SEVERITY: `status: someday` is not a known status; `active` is used "
       "[invalid-property]",
       "error",
       {{"G.md", "---\ntype: goal\nstatus: someday\nlint-ignore: [invalid-property]\n---\n# G\n"}}},
      {"invalid-obsidian-settings",
       {{".obsidian/plugins/obsidian-tasks-plugin/data.json", "{\n  \"taskFormat\": \"org\"\n}\n"}},
       ".obsidian/plugins/obsidian-tasks-plugin/data.json:2:3: SEVERITY: `taskFormat: org` is not "
       "a task format goals knows; tasksPluginEmoji is used [invalid-obsidian-settings]",
       "warning",
       // A JSON file has no front matter for `lint-ignore`.
       {{".obsidian/plugins/obsidian-tasks-plugin/data.json", "{\n  \"taskFormat\": \"org\"\n}\n"}},
       false},
      {"note-too-deep",
       {{"D.md", "# D\n" + deep_quote(101)}},
       "D.md:2:1: SEVERITY: line is nested 101 quotes and list items deep (limit 100); the note "
       "body was not read [note-too-deep]",
       "error",
       {{"D.md", "---\nlint-ignore: [note-too-deep]\n---\n# D\n" + deep_quote(101)}}},
      {"table-too-large",
       {{"T.md", table(200, 1000)}},
       "T.md:3:1: SEVERITY: table of 200 columns x 1000 rows brings the note's tables over "
       "200000 cells; it was read as plain text [table-too-large]",
       "warning",
       {{"T.md", "---\nlint-ignore: [table-too-large]\n---\n" + table(200, 1000)}}},
      {"unquoted-link",
       {{"V.md", "# V\n"}, {"G.md", "---\ntype: goal\nparent: [[V]]\n---\n# G\n"}},
       "G.md:3:9: SEVERITY: `parent: [[V]]` is read by YAML as a nested list, not a link "
       "[unquoted-link]",
       "warning",
       {{"V.md", "# V\n"},
        {"G.md", "---\ntype: goal\nparent: [[V]]\nlint-ignore: [unquoted-link]\n---\n# G\n"}}},
  };
}

class LoaderRule : public ::testing::TestWithParam<Case> {};

TEST_P(LoaderRule, ReportedAtItsDefaultSeverity) {
  const Case& c = GetParam();
  EXPECT_THAT(lint_files(c.files).lines(c.rule), ElementsAre(with_severity(c.line, c.severity)));
}

TEST_P(LoaderRule, TheConfigSetsItsSeverityOrSwitchesItOff) {
  const Case& c = GetParam();
  Files files = c.files;
  files[".goals.yaml"] = "rules: {" + c.rule + ": info}\n";
  EXPECT_THAT(lint_files(files).lines(c.rule), ElementsAre(with_severity(c.line, "info")));
  files[".goals.yaml"] = "rules: {" + c.rule + ": off}\n";
  const LintRun off = lint_files(files);
  EXPECT_THAT(off.lines(c.rule), IsEmpty());
  EXPECT_THAT(off.result.config_problems, IsEmpty());
}

TEST_P(LoaderRule, LintIgnoreInTheNoteSilencesIt) {
  const Case& c = GetParam();
  if (c.ignorable) {
    EXPECT_THAT(lint_files(c.ignored).lines(c.rule), IsEmpty());
  } else {
    // Front matter that cannot be read has no `lint-ignore` either.
    EXPECT_EQ(lint_files(c.ignored).lines(c.rule).size(), 1u);
  }
}

TEST_P(LoaderRule, CommandLineIgnoreAndSelect) {
  const Case& c = GetParam();
  LintOptions ignore;
  ignore.ignore = {c.rule};
  EXPECT_THAT(lint_files(c.files, "2026-11-22", ignore).lines(c.rule), IsEmpty());
  LintOptions select;
  select.select = {c.rule};
  const LintRun only = lint_files(c.files, "2026-11-22", select);
  EXPECT_THAT(only.lines(), ElementsAre(with_severity(c.line, c.severity)));
}

INSTANTIATE_TEST_SUITE_P(Rules, LoaderRule, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& p) {
                           std::string n = p.param.rule;
                           for (char& ch : n)
                             if (ch == '-') ch = '_';
                           return n;
                         });

// --- the cases a table cannot show ----------------------------------------

TEST(LoaderRules, CommentOnTheLineBeforeSilencesBodyFindings) {
  EXPECT_THAT(
      lint_files({{"A/Twin.md", "# A\n"},
                  {"B/Twin.md", "# B\n"},
                  {"Links.md", "<!-- goals-ignore ambiguous-link -->\n[[Twin]]\n[[Twin]]\n"}})
          .lines("ambiguous-link"),
      ElementsAre("Links.md:3:1: warning: [[Twin]] matches 2 notes equally: A/Twin.md, "
                  "B/Twin.md; Obsidian opens whichever it read first from disk, goals uses "
                  "A/Twin.md (the first by path) [ambiguous-link]"));
  EXPECT_THAT(lint_files({{"T.md", "# T\n\n<!-- goals-ignore table-too-large -->\n" +
                                       table_rows(1001, 499)}})
                  .lines("table-too-large"),
              IsEmpty());
  EXPECT_THAT(lint_files({{"L.md", "# T\n<!-- goals-ignore: invalid-encoding -->\nCaf\xE9\n"}})
                  .lines("invalid-encoding"),
              IsEmpty());
}

TEST(LoaderRules, AmbiguousPropertyLinksAndTheHelp) {
  const LintRun run = lint_files({{"A/Twin.md", "# A\n"},
                                  {"B/Twin.md", "# B\n"},
                                  {"G.md", "---\ntype: goal\nparent: \"[[Twin]]\"\n---\n# G\n"}});
  const std::vector<Diagnostic> d = run.of("ambiguous-link");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[0].column, 9);
  EXPECT_EQ(d[0].help, "Write the folder in the link: [[A/Twin]] or [[B/Twin]].");
  EXPECT_THAT(run.lines("broken-relation"), IsEmpty());
}

TEST(LoaderRules, TiesAreBrokenAsObsidianBreaksThem) {
  // The linking note's folder, the vault path, then the shortest path: only
  // paths of equal length are a tie (Meetings/ is longer than Notes/ and Teams/).
  const LintRun run = lint_files({{"Final/Case.md", "# F\n"},
                                  {"Draft/Case.md", "# D\n"},
                                  {"Final/Index.md", "[[Case]]\n"},
                                  {"Plan.md", "# P\n"},
                                  {"Deep/Er/Plan.md", "# P\n"},
                                  {"Notes/Agenda.md", "# N\n"},
                                  {"Teams/Agenda.md", "# T\n"},
                                  {"Meetings/Agenda.md", "# M\n"},
                                  {"Sub/Long name/Topic.md", "# L\n"},
                                  {"Sub/Topic.md", "# S\n"},
                                  {"Root.md", "[[Plan]] [[Agenda]] [[Final/Case]] [[Topic]]\n"}});
  EXPECT_THAT(run.lines("ambiguous-link"),
              ElementsAre("Root.md:1:10: warning: [[Agenda]] matches 2 notes equally: "
                          "Notes/Agenda.md, Teams/Agenda.md; Obsidian opens whichever it read "
                          "first from disk, goals uses Notes/Agenda.md (the first by path) "
                          "[ambiguous-link]"));
}

TEST(LoaderRules, UnclosedFrontMatterIsAnErrorUntilTheConfigSaysOtherwise) {
  const Files files = {{"U.md", "---\ntype: goal\n# U\n"}};
  const std::string line =
      "U.md:1:1: SEVERITY: front matter opened by `---` on line 1 is never closed; the note is "
      "read without properties [invalid-frontmatter]";
  EXPECT_THAT(lint_files(files).lines("invalid-frontmatter"),
              ElementsAre(with_severity(line, "error")));
  Files configured = files;
  configured[".goals.yaml"] = "rules: {invalid-frontmatter: warning}\n";
  EXPECT_THAT(lint_files(configured).lines("invalid-frontmatter"),
              ElementsAre(with_severity(line, "warning")));
}

TEST(LoaderRules, FrontMatterThatIsNoMappingOrTripsAGuard) {
  std::string nested = "---\nkey: ";
  for (int i = 0; i < 40; ++i) nested += "[";
  for (int i = 0; i < 40; ++i) nested += "]";
  nested += "\n---\n";
  const LintRun run = lint_files({
      {"List.md", "---\n- a\n- b\n---\n"},
      {"Quote.md", "---\ntype: goal\ntitle: \"Lead the team\nstatus: active\n---\n"},
      {"Nested.md", nested},
  });
  EXPECT_THAT(run.lines("invalid-frontmatter"),
              ElementsAre("List.md:2:1: error: front matter is a list, not a set of properties "
                          "[invalid-frontmatter]",
                          "Nested.md:2:38: error: front matter nests 33 levels deep; at most 32 "
                          "are read [invalid-frontmatter]",
                          "Quote.md:3:8: error: the quote opened here is never closed, so "
                          "`status:` on line 4 is read as part of its text [invalid-frontmatter]"));
  // The note is then a plain note: its `type: goal` is not read.
  for (const Note& n : run.vault->notes) EXPECT_EQ(n.type, NoteType::Plain) << n.path;
}

TEST(LoaderRules, NotesThatAreNotUtf8AtAll) {
  const LintRun run = lint_files({
      {"Utf16.md", std::string("\xFF\xFE#\0 \0T\0", 8)},
      {"Binary.md", std::string("abc\0def", 7)},
  });
  EXPECT_THAT(run.lines("invalid-encoding"),
              ElementsAre("Binary.md:0:0: error: the note contains NUL bytes, as UTF-16 text or a "
                          "binary file does; it is not read [invalid-encoding]",
                          "Utf16.md:0:0: error: the note is encoded as UTF-16 or UTF-32 (it "
                          "starts with a byte order mark); it is not read [invalid-encoding]"));
}

TEST(LoaderRules, InvalidPropertyOnlyJudgesGoalsPropertiesOnGoalGraphNotes) {
  // A plain note keeps free-text dates as Obsidian does (it shows them as text).
  const LintRun run = lint_files({
      {"P.md",
       "---\ntype: person\nstatus: on leave\nhorizon: someday\ndeadline: 2026-02-30\n"
       "created: 2023-11-13, 21:15\n---\n"},
      {"R.md", "---\ntype: review\ncadence: fortnightly\n---\n# R\n\n## Q\n\nA.\n"},
      {"G.md", "---\ntype: goal\ndeadline: 2026-02-30\ncreated: 2023-11-13, 21:15\n---\n"},
  });
  EXPECT_THAT(run.lines("invalid-property"),
              ElementsAre("G.md:3:11: error: `deadline: 2026-02-30` is not a real calendar date "
                          "[invalid-property]",
                          "G.md:4:10: error: `created: 2023-11-13, 21:15` is not a date in "
                          "YYYY-MM-DD form [invalid-property]",
                          "R.md:3:10: error: `cadence: fortnightly` is not a known cadence; "
                          "`quarterly` is used [invalid-property]"));
}

TEST(LoaderRules, APlainNoteIsCheckedAgainstTheTypesObsidianDeclares) {
  // .obsidian/types.json: only what Obsidian's Properties view would flag.
  const std::string types =
      R"({"types": {"created": "date", "Rating": "number", "done": "checkbox",
          "when": "datetime", "topics": "multitext", "summary": "text", "x": "newtype"}})";
  const LintRun run = lint_files(
      {{"Journal.md",
        "---\ncreated: Monday 10th February 2025 18:49\nrating: 4 stars\ndone: yes\n"
        "when: 2025-02-10T18:49\ntopics: {a: b}\nsummary: [a, b]\nother: whatever\n---\n"},
       {"Fine.md",
        "---\ncreated: 2025-02-10\nrating: -3.5\ndone: TRUE\nwhen: 2025-02-10\ntopics: x\n"
        "summary: s\ndeadline: next week\n---\n"},
       {".obsidian/types.json", types}});
  EXPECT_THAT(
      run.lines("invalid-property"),
      ElementsAre("Journal.md:2:10: error: `created: Monday 10th February 2025 18:49` is not a "
                  "date in YYYY-MM-DD form; this vault's Obsidian types `created` as date "
                  "[invalid-property]",
                  "Journal.md:3:9: error: `rating: 4 stars` is not a number; this vault's "
                  "Obsidian types `rating` as number [invalid-property]",
                  "Journal.md:4:7: error: `done: yes` is not true or false; this vault's "
                  "Obsidian types `done` as checkbox [invalid-property]",
                  "Journal.md:6:1: error: `topics` must be a list, not a nested structure; this "
                  "vault's Obsidian types `topics` as multitext [invalid-property]",
                  "Journal.md:7:11: error: `summary` must be one value, not a list; this vault's "
                  "Obsidian types `summary` as text [invalid-property]"));
}

TEST(LoaderRules, ExactlyAtTheBodyLimitsIsFine) {
  // 200 x 1000 cells, the most; and a table 256 columns wide, the widest.
  const LintRun run = lint_files(
      {{"D.md", "# D\n" + deep_quote(100)}, {"T.md", table(200, 999)}, {"W.md", table(256, 3)}});
  EXPECT_THAT(run.lines("note-too-deep"), IsEmpty());
  EXPECT_THAT(run.lines("table-too-large"), IsEmpty());
}

// --- file-level findings: built with a file system callback ---------------

TEST(LoaderRules, SkippedSymlinks) {
  auto setup = [](MemoryFileSystem& fs) {
    fs.add_dir("/elsewhere");
    fs.add_file("/v/Goals/G.md", "# G\n");
    fs.add_symlink("/v/Out", "/elsewhere");
    fs.add_symlink("/v/Dangling.md", "Missing.md");
    fs.add_symlink("/v/Inside.md", "Goals/G.md");
    fs.add_symlink("/v/Again", "Goals");
  };
  const LintRun run = lint_fs(setup);
  EXPECT_THAT(run.lines("skipped-symlink"),
              ElementsAre("Dangling.md:0:0: info: symlink to 'Missing.md' does not resolve "
                          "(missing target or a symlink loop); not followed [skipped-symlink]",
                          "Out:0:0: info: symlink to '/elsewhere' leads outside the vault "
                          "(/elsewhere); not followed [skipped-symlink]"));
  auto configured = [&](const std::string& level) {
    return [&, level](MemoryFileSystem& fs) {
      setup(fs);
      fs.add_file("/v/.goals.yaml", "rules: {skipped-symlink: " + level + "}\n");
    };
  };
  const LintRun warned = lint_fs(configured("warning"));
  ASSERT_EQ(warned.of("skipped-symlink").size(), 2u);
  for (const Diagnostic& d : warned.of("skipped-symlink")) EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_THAT(lint_fs(configured("off")).lines("skipped-symlink"), IsEmpty());
}

TEST(LoaderRules, UnreadableNotesAndFolders) {
  auto setup = [](MemoryFileSystem& fs) {
    fs.add_file("/v/Goals/G.md", "# G\n");
    fs.add_unreadable("/v/Goals/Secret.md");
    fs.add_file("/v/Private/P.md", "# P\n");
    fs.add_unreadable("/v/Private");
  };
  const LintRun run = lint_fs(setup);
  EXPECT_THAT(run.lines("unreadable"),
              ElementsAre("Goals/Secret.md:0:0: error: cannot read note: Permission denied "
                          "[unreadable]",
                          "Private:0:0: error: cannot read folder: Permission denied; its files "
                          "are left out [unreadable]"));
  const LintRun info = lint_fs([&](MemoryFileSystem& fs) {
    setup(fs);
    fs.add_file("/v/.goals.yaml", "rules: {unreadable: info}\n");
  });
  ASSERT_EQ(info.of("unreadable").size(), 2u);
  for (const Diagnostic& d : info.of("unreadable")) EXPECT_EQ(d.severity, Severity::Info);
  const LintRun off = lint_fs([&](MemoryFileSystem& fs) {
    setup(fs);
    fs.add_file("/v/.goals.yaml", "rules: {unreadable: off}\n");
  });
  EXPECT_THAT(off.lines("unreadable"), IsEmpty());
  // Left out, not half-read: the unreadable note is no note.
  EXPECT_EQ(off.vault->notes.size(), 1u);
}

TEST(LoaderRules, FilesTooLarge) {
  LoadOptions load;
  load.max_note_bytes = 1024 * 1024;
  auto setup = [](MemoryFileSystem& fs) {
    fs.add_file("/v/Dump.md", "---\ntype: goal\n---\n" + std::string(1024 * 1024, 'x'));
    fs.add_file("/v/Small.md", "# S\n");
    fs.add_file("/v/Big.png", std::string(2 * 1024 * 1024, 'x'));  // attachments are not read
  };
  const LintRun run = lint_fs(setup, "2026-11-22", {}, load);
  EXPECT_THAT(run.lines("file-too-large"),
              ElementsAre("Dump.md:0:0: error: note is larger than 1 MiB; not read "
                          "[file-too-large]"));
  EXPECT_EQ(run.vault->notes.size(), 1u);
  const LintRun info = lint_fs(
      [&](MemoryFileSystem& fs) {
        setup(fs);
        fs.add_file("/v/.goals.yaml", "rules: {file-too-large: info}\n");
      },
      "2026-11-22", {}, load);
  EXPECT_THAT(info.lines("file-too-large"),
              ElementsAre("Dump.md:0:0: info: note is larger than 1 MiB; not read "
                          "[file-too-large]"));
  const LintRun off = lint_fs(
      [&](MemoryFileSystem& fs) {
        setup(fs);
        fs.add_file("/v/.goals.yaml", "rules: {file-too-large: off}\n");
      },
      "2026-11-22", {}, load);
  EXPECT_THAT(off.lines("file-too-large"), IsEmpty());
  // `ignore:` leaves the file out before it is read.
  const LintRun ignored = lint_fs(
      [&](MemoryFileSystem& fs) {
        setup(fs);
        fs.add_file("/v/.goals.yaml", "ignore: [Dump.md]\n");
      },
      "2026-11-22", {}, load);
  EXPECT_THAT(ignored.lines("file-too-large"), IsEmpty());
}

TEST(LoaderRules, TheDefaultLimitIsEightMebibytes) {
  const LintRun run = lint_fs([](MemoryFileSystem& fs) {
    fs.add_file("/v/Dump.md", std::string(8 * 1024 * 1024 + 1, 'x'));
    fs.add_file("/v/Fits.md", std::string(8 * 1024 * 1024, 'x'));
  });
  EXPECT_THAT(run.lines("file-too-large"),
              ElementsAre("Dump.md:0:0: error: note is larger than 8 MiB; not read "
                          "[file-too-large]"));
}

}  // namespace
}  // namespace goals
