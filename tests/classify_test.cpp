// Classification by the vault's own conventions: `classify` rules and
// `value-aliases` in .goals.yaml, as parse_note applies them, and how
// `list --why` and `show` say what classified a note.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "cli_test_util.h"
#include "goals/parse/config.h"
#include "goals/parse/note.h"

namespace goals {
namespace {

using ::testing::ElementsAre;

Config config_of(const std::string& yaml) {
  ConfigResult r = parse_config(yaml, ".goals.yaml");
  EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.front().message;
  return r.config;
}

/// (kind, reason source, rule index) of `text` at `path` under `config`.
struct Kind {
  NoteType type;
  KindReason::Source source;
  int rule;
  bool operator==(const Kind&) const = default;
};

Kind kind_of(const Config& c, std::string_view text, const std::string& path = "Notes/N.md") {
  Diagnostics diags;
  const Note n = parse_note(text, path, c, &diags);
  return {n.type, n.kind_reason.source, n.kind_reason.rule};
}

std::vector<std::string> messages(const ConfigResult& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics)
    out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  return out;
}

constexpr auto kNone = KindReason::Source::None;
constexpr auto kType = KindReason::Source::TypeProperty;
constexpr auto kRule = KindReason::Source::Rule;

TEST(ClassifyConfig, ReadsEveryCondition) {
  const Config c = config_of(
      "aliases: {objective: parent}\n"
      "classify:\n"
      "  - {kind: goal, property: {okr: objective}, horizon: medium}\n"
      "  - kind: review\n"
      "    tag: '#weekly-review/'\n"
      "    folder: /Journal/Weekly/\n"
      "    cadence: Weekly\n"
      "  - {kind: sprint, property: quarter}\n"
      "  - {kind: goal, property: {okr: [keyresult, kr]}}\n"
      "  - {kind: vision, property: {objective: x}}\n");
  ASSERT_EQ(c.classify.size(), 5u);
  const KindRule& okr = c.classify[0];
  EXPECT_EQ(okr.kind, NoteType::Goal);
  EXPECT_EQ(okr.property, "okr");
  EXPECT_THAT(okr.values, ElementsAre("objective"));
  EXPECT_EQ(okr.horizon, Horizon::Medium);
  EXPECT_EQ(okr.line, 3);
  EXPECT_EQ(okr.conditions(), "property: {okr: objective}");
  const KindRule& weekly = c.classify[1];
  EXPECT_EQ(weekly.kind, NoteType::Review);
  EXPECT_EQ(weekly.tag, "weekly-review");
  EXPECT_EQ(weekly.folder, "Journal/Weekly");
  EXPECT_EQ(weekly.cadence, Cadence::Weekly);
  EXPECT_EQ(weekly.line, 4);
  EXPECT_EQ(weekly.conditions(), "tag: weekly-review, folder: Journal/Weekly");
  EXPECT_EQ(c.classify[2].conditions(), "property: quarter");
  EXPECT_EQ(c.classify[3].conditions(), "property: {okr: [keyresult, kr]}");
  // A rule names properties as notes write them: aliases apply.
  EXPECT_EQ(c.classify[4].property, "parent");
}

TEST(ClassifyConfig, RefusesRulesThatCannotWork) {
  const ConfigResult r = parse_config(
      "classify:\n"
      "  - {tag: goal}\n"
      "  - {kind: goal}\n"
      "  - {kind: plain, tag: x}\n"
      "  - {kind: goals, tag: x}\n"
      "  - {kind: goal, tag: x, cadence: weekly}\n"
      "  - {kind: review, folder: R, horizon: long}\n"
      "  - {kind: goal, property: {a: 1, b: 2}}\n"
      "  - {kind: goal, tags: x}\n"
      "  - just words\n",
      ".goals.yaml");
  EXPECT_FALSE(r.ok());
  EXPECT_THAT(
      messages(r),
      ElementsAre(
          "2:5: a `classify` rule must say which `kind` of note it finds",
          "3:5: a `classify` rule needs a condition: `property`, `tag`, `folder` or `heading`",
          "4:5: a `classify` rule cannot find plain notes; every note no rule finds is one",
          "5:12: `kind` must be one of vision, goal, sprint, review, plain, not `goals`",
          "6:5: `cadence` belongs to a rule of `kind: review`",
          "7:5: `horizon` belongs to a rule of `kind: goal`",
          "8:28: `property` must name one property and the value it holds",
          "9:18: unknown key `tags` in a `classify` rule; did you mean `tag`?",
          "9:5: a `classify` rule needs a condition: `property`, `tag`, `folder` or `heading`",
          "10:5: a `classify` rule must be a mapping, not a value"));
  EXPECT_TRUE(r.config.classify.empty());
}

TEST(ClassifyConfig, ValueAliasesMustNameAKnownWord) {
  const ConfigResult r = parse_config(
      "value-aliases:\n"
      "  status: {In-Progress: active, shelved: someday}\n"
      "  colour: {red: done}\n",
      ".goals.yaml");
  EXPECT_THAT(messages(r),
              ElementsAre("2:42: `someday` is no status goals knows, so `shelved` cannot mean it",
                          "3:3: unknown key `colour` in `value-aliases`"));
  EXPECT_EQ(r.config.value_aliases.at("status").at("in-progress"), "active");
  EXPECT_EQ(r.config.value_aliases.at("status").count("shelved"), 0u);
}

TEST(Classify, WithoutRulesOnlyTypeCounts) {
  const Config c;
  EXPECT_EQ(kind_of(c, "---\ntype: goal\n---\n"), (Kind{NoteType::Goal, kType, -1}));
  EXPECT_EQ(kind_of(c, "---\ntags: [goal]\n---\n"), (Kind{NoteType::Plain, kNone, -1}));
  EXPECT_EQ(kind_of(c, "---\ntype: project\n---\n"), (Kind{NoteType::Plain, kNone, -1}));
}

TEST(Classify, PropertyValueInAnyCaseAndInLists) {
  const Config c = config_of(
      "classify:\n"
      "  - {kind: goal, property: {okr: objective}}\n"
      "  - {kind: sprint, property: {okr: [cycle, quarter]}}\n"
      "  - {kind: vision, property: north-star}\n");
  EXPECT_EQ(kind_of(c, "---\nokr: Objective \n---\n"), (Kind{NoteType::Goal, kRule, 0}));
  EXPECT_EQ(kind_of(c, "---\nokr: [idea, objective]\n---\n"), (Kind{NoteType::Goal, kRule, 0}));
  EXPECT_EQ(kind_of(c, "---\nokr: quarter\n---\n"), (Kind{NoteType::Sprint, kRule, 1}));
  EXPECT_EQ(kind_of(c, "---\nokr: keyresult\n---\n"), (Kind{NoteType::Plain, kNone, -1}));
  EXPECT_EQ(kind_of(c, "---\nnorth-star: yes\n---\n"), (Kind{NoteType::Vision, kRule, 2}));
  EXPECT_EQ(kind_of(c, "---\nnorth-star:\n---\n"), (Kind{NoteType::Plain, kNone, -1}));
  // A Dataview page field is a property too.
  EXPECT_EQ(kind_of(c, "# G\n\nokr:: objective\n"), (Kind{NoteType::Goal, kRule, 0}));
}

TEST(Classify, TagsNestedInFrontMatterOrBody) {
  const Config c = config_of("classify:\n  - {kind: goal, tag: life/goal}\n");
  const Kind goal{NoteType::Goal, kRule, 0};
  const Kind plain{NoteType::Plain, kNone, -1};
  EXPECT_EQ(kind_of(c, "---\ntags: [Life/Goal]\n---\n"), goal);
  EXPECT_EQ(kind_of(c, "---\ntags: \"#life/goal/health, other\"\n---\n"), goal);
  EXPECT_EQ(kind_of(c, "---\ntag: life/goal\n---\n"), goal);
  EXPECT_EQ(kind_of(c, "# G\n\nA #life/goal for the year.\n"), goal);
  EXPECT_EQ(kind_of(c, "---\ntags: [life/goals]\n---\n"), plain);
  EXPECT_EQ(kind_of(c, "---\ntags: [life]\n---\n"), plain);
  EXPECT_EQ(kind_of(c, "```\n#life/goal in code\n```\n"), plain);
}

TEST(Classify, FoldersMatchTheNotesFolderOrOneAbove) {
  const Config c = config_of(
      "classify:\n"
      "  - {kind: review, folder: Journal/Weekly, cadence: weekly}\n"
      "  - {kind: sprint, folder: '*/Plans'}\n");
  EXPECT_EQ(kind_of(c, "# W\n", "Journal/Weekly/2026-W47.md"), (Kind{NoteType::Review, kRule, 0}));
  EXPECT_EQ(kind_of(c, "# W\n", "Journal/Weekly/2026/W47.md"), (Kind{NoteType::Review, kRule, 0}));
  EXPECT_EQ(kind_of(c, "# W\n", "Journal/Weekly.md"), (Kind{NoteType::Plain, kNone, -1}));
  EXPECT_EQ(kind_of(c, "# P\n", "01/Plans/Q1.md"), (Kind{NoteType::Sprint, kRule, 1}));
  EXPECT_EQ(kind_of(c, "# P\n", "Plans/Q1.md"), (Kind{NoteType::Plain, kNone, -1}));
}

TEST(Classify, FirstMatchWinsAndAKnownTypeBeforeEveryRule) {
  const Config c = config_of(
      "classify:\n"
      "  - {kind: review, tag: weekly-review, cadence: weekly}\n"
      "  - {kind: goal, folder: Goals}\n");
  EXPECT_EQ(kind_of(c, "#weekly-review\n", "Goals/W.md"), (Kind{NoteType::Review, kRule, 0}));
  EXPECT_EQ(kind_of(c, "---\ntype: sprint\n---\n#weekly-review\n", "Goals/W.md"),
            (Kind{NoteType::Sprint, kType, -1}));
  // A `type` goals does not know leaves the rules to decide.
  EXPECT_EQ(kind_of(c, "---\ntype: project\n---\n", "Goals/W.md"),
            (Kind{NoteType::Goal, kRule, 1}));
}

TEST(Classify, RuleDefaultsGiveWayToTheNotesOwnWords) {
  const Config c = config_of(
      "classify:\n"
      "  - {kind: review, tag: review, cadence: weekly}\n"
      "  - {kind: goal, tag: goal, horizon: long}\n");
  Diagnostics d;
  EXPECT_EQ(parse_note("#review\n", "R.md", c, &d).cadence, Cadence::Weekly);
  EXPECT_EQ(parse_note("---\ncadence: monthly\n---\n#review\n", "R.md", c, &d).cadence,
            Cadence::Monthly);
  EXPECT_EQ(parse_note("#goal\n", "G.md", c, &d).horizon, Horizon::Long);
  EXPECT_EQ(parse_note("---\nhorizon: short\n---\n#goal\n", "G.md", c, &d).horizon, Horizon::Short);
  EXPECT_TRUE(d.empty());
}

TEST(Classify, ValueAliasesReadTheUsersWords) {
  const Config c = config_of(
      "classify:\n  - {kind: goal, tag: goal}\n"
      "value-aliases:\n"
      "  status: {in-progress: active, Completed: done}\n"
      "  horizon: {year: medium}\n"
      "  type: {objective: goal}\n");
  Diagnostics d;
  const Note n =
      parse_note("---\ntags: goal\nstatus: In-Progress\nhorizon: year\n---\n", "G.md", c, &d);
  EXPECT_EQ(n.status, GoalStatus::Active);
  EXPECT_EQ(n.horizon, Horizon::Medium);
  EXPECT_EQ(parse_note("---\ntags: goal\nstatus: completed\n---\n", "G.md", c, &d).status,
            GoalStatus::Done);
  EXPECT_TRUE(d.empty());
  const Note typed = parse_note("---\ntype: Objective\n---\n", "O.md", c, &d);
  EXPECT_EQ(typed.type, NoteType::Goal);
  EXPECT_EQ(typed.type_name, "Objective");
  // Without an alias the word is still unknown.
  parse_note("---\ntags: goal\nstatus: shelved\n---\n", "G.md", c, &d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "`status: shelved` is not a known status; `active` is used");
}

TEST(ClassifyCli, ListWhyAndShowSayWhatClassifiedANote) {
  testing_util::CliRunner cli;
  cli.fs.add_file("/v/.goals.yaml",
                  "classify:\n"
                  "  - {kind: vision, tag: life/vision}\n"
                  "  - {kind: goal, tag: life/goal, horizon: medium}\n");
  cli.fs.add_file(
      "/v/Areas/Run.md",
      "---\ntags: [life/goal]\nparent: \"[[North]]\"\ndeadline: 2027-04-30\n---\n# Run\n");
  cli.fs.add_file("/v/Areas/North.md", "---\ntags: life/vision\n---\n# North\n");
  cli.fs.add_file("/v/Areas/Typed.md",
                  "---\ntype: goal\nhorizon: long\nparent: \"[[North]]\"\n---\n");
  cli.fs.add_file("/v/Other.md", "# Other\n");
  const testing_util::Outcome list =
      cli.run({"--vault", "/v", "--today", "2026-12-02", "list", "--type", "all", "--why"});
  EXPECT_EQ(list.code, 0) << list.err;
  EXPECT_EQ(list.out,
            "TYPE    HORIZON STATUS  DUE        PROGRESS  PATH\n"
            "vision  -       -       -                 -  Areas/North.md  (classify rule 1 "
            "(.goals.yaml line 2): tag: life/vision)\n"
            "goal    medium  active  2027-04-30        -  Areas/Run.md  (classify rule 2 "
            "(.goals.yaml line 3): tag: life/goal)\n"
            "goal    long    active  -                 -  Areas/Typed.md  (type: goal)\n"
            "note    -       -       -                 -  Other.md  (no rule: a plain note)\n");
  const testing_util::Outcome show =
      cli.run({"--vault", "/v", "--today", "2026-12-02", "show", "Run"});
  EXPECT_EQ(show.code, 0) << show.err;
  EXPECT_NE(show.out.find("\n  classified by   classify rule 2 (.goals.yaml line 3): tag: "
                          "life/goal\n"),
            std::string::npos)
      << show.out;
  const testing_util::Outcome typed =
      cli.run({"--vault", "/v", "--today", "2026-12-02", "show", "Typed"});
  EXPECT_EQ(typed.out.find("classified by"), std::string::npos) << typed.out;
  const testing_util::Outcome json =
      cli.run({"--vault", "/v", "--today", "2026-12-02", "list", "--format", "jsonl"});
  EXPECT_NE(json.out.find("\"classified_by\":\"classify rule 2 (.goals.yaml line 3): tag: "
                          "life/goal\""),
            std::string::npos)
      << json.out;
}

}  // namespace
}  // namespace goals
