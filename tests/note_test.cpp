#include "goals/parse/note.h"

#include <gtest/gtest.h>

#include <string>

namespace goals {
namespace {

struct Parsed {
  Note note;
  Diagnostics diags;
};

Parsed parse(std::string_view text, const std::string& path = "Goals/My Goal.md",
             const Config& config = Config{}) {
  Parsed p;
  p.note = parse_note(text, path, config, &p.diags);
  for (const Diagnostic& d : p.diags) {
    EXPECT_EQ(d.path, path) << d.message;
    EXPECT_FALSE(d.rule.empty());
    EXPECT_FALSE(d.message.empty());
    EXPECT_FALSE(d.help.empty()) << d.rule << ": " << d.message;
  }
  return p;
}

const Diagnostic* find(const Diagnostics& ds, std::string_view rule) {
  for (const Diagnostic& d : ds) {
    if (d.rule == rule) return &d;
  }
  return nullptr;
}

int count(const Diagnostics& ds, std::string_view rule) {
  int n = 0;
  for (const Diagnostic& d : ds) n += d.rule == rule;
  return n;
}

TEST(NoteParse, FullGoal) {
  Parsed p = parse(
      "---\n"                                               // 1
      "type: Goal\n"                                        // 2
      "horizon: medium\n"                                   // 3
      "status: Active\n"                                    // 4
      "parent: \"[[Move into engineering management]]\"\n"  // 5
      "due: 2025-12-31\n"                                   // 6
      "metric: Lead a team of 5\n"                          // 7
      "target: 5\n"                                         // 8
      "current: 2.5\n"                                      // 9
      "accountability: Told my manager\n"                   // 10
      "updated: 2025-03-01T09:30\n"                         // 11
      "created: 2025-01-15\n"                               // 12
      "aliases: [EM goal]\n"                                // 13
      "tags: \"career, #leadership growth\"\n"              // 14
      "lint-ignore: stale-goal\n"                           // 15
      "---\n"                                               // 16
      "# Become an engineering manager\n"                   // 17
      "Some text #career #q2\n");                           // 18
  const Note& n = p.note;
  EXPECT_TRUE(p.diags.empty()) << p.diags[0].rule << ": " << p.diags[0].message;
  EXPECT_EQ(n.path, "Goals/My Goal.md");
  EXPECT_EQ(n.name, "My Goal");
  EXPECT_TRUE(n.has_frontmatter);
  EXPECT_EQ(n.type, NoteType::Goal);
  EXPECT_EQ(n.type_name, "Goal");
  EXPECT_EQ(n.horizon, Horizon::Medium);
  EXPECT_EQ(n.status, GoalStatus::Active);
  ASSERT_EQ(n.parents.size(), 1u);
  EXPECT_EQ(n.parents[0].target, "Move into engineering management");
  EXPECT_EQ(n.parents[0].property, "parent");
  EXPECT_EQ(n.parents[0].line, 5);
  EXPECT_EQ(n.parents[0].column, 9);
  EXPECT_EQ(n.parents[0].end_column, 46);
  EXPECT_EQ(n.deadline, (Date{2025, 12, 31}));
  EXPECT_EQ(n.metric, "Lead a team of 5");
  EXPECT_EQ(n.target, 5.0);
  EXPECT_EQ(n.current, 2.5);
  EXPECT_EQ(n.accountability, "Told my manager");
  EXPECT_EQ(n.reviewed, (Date{2025, 3, 1}));
  EXPECT_EQ(n.created, (Date{2025, 1, 15}));
  EXPECT_FALSE(n.completed.has_value());
  EXPECT_EQ(n.aliases, std::vector<std::string>{"EM goal"});
  EXPECT_EQ(n.tags, (std::vector<std::string>{"career", "leadership", "growth", "q2"}));
  EXPECT_EQ(n.lint_ignore, std::vector<std::string>{"stale-goal"});
  EXPECT_EQ(n.title, "Become an engineering manager");
  // Keys after alias mapping, at the key's position.
  ASSERT_EQ(n.property_pos.count("deadline"), 1u);
  EXPECT_EQ(n.property_pos.at("deadline").line, 6);
  EXPECT_EQ(n.property_pos.at("deadline").column, 1);
  EXPECT_EQ(n.property_pos.count("due"), 0u);
  EXPECT_EQ(n.property_pos.at("reviewed").line, 11);
  EXPECT_EQ(n.property_pos.at("type").line, 2);
  EXPECT_EQ(n.property_pos.size(), 14u);
}

TEST(NoteParse, PlainNoteWithoutFrontMatter) {
  Parsed p = parse("Just text.\n", "Inbox/idea.md");
  EXPECT_TRUE(p.diags.empty());
  EXPECT_EQ(p.note.type, NoteType::Plain);
  EXPECT_EQ(p.note.name, "idea");
  EXPECT_EQ(p.note.title, "idea");
  EXPECT_FALSE(p.note.has_frontmatter);
  EXPECT_TRUE(p.note.property_pos.empty());
}

TEST(NoteParse, NameDropsFolderAndExtension) {
  EXPECT_EQ(parse("", "a/b/c.md").note.name, "c");
  EXPECT_EQ(parse("", "c.MD").note.name, "c");
  EXPECT_EQ(parse("", "top.md").note.title, "top");
}

TEST(NoteParse, TitlePropertyWinsOverH1) {
  Parsed p = parse("---\ntitle: \"From property\"\n---\n# From heading\n");
  EXPECT_EQ(p.note.title, "From property");
  Parsed q = parse("## Not H1\n# First H1\n# Second H1\n");
  EXPECT_EQ(q.note.title, "First H1");
}

TEST(NoteParse, UnknownTypeIsPlainAndNotAnError) {
  Parsed p = parse("---\ntype: meeting\nstatus: whatever\nhorizon: someday\n---\n");
  EXPECT_TRUE(p.diags.empty());
  EXPECT_EQ(p.note.type, NoteType::Plain);
  EXPECT_EQ(p.note.type_name, "meeting");
  EXPECT_EQ(p.note.status, GoalStatus::Active);
  EXPECT_EQ(p.note.horizon, Horizon::None);
}

TEST(NoteParse, TypesAreCaseInsensitive) {
  EXPECT_EQ(parse("---\ntype: VISION\n---\n").note.type, NoteType::Vision);
  EXPECT_EQ(parse("---\ntype: sprint\n---\n").note.type, NoteType::Sprint);
  EXPECT_EQ(parse("---\ntype: Review\n---\n").note.type, NoteType::Review);
}

TEST(NoteParse, UnknownStatusOnAGoalIsAnError) {
  Parsed p = parse("---\ntype: goal\nstatus: finished\nhorizon: LONG\n---\n");
  EXPECT_EQ(p.note.status, GoalStatus::Active);
  EXPECT_EQ(p.note.horizon, Horizon::Long);
  ASSERT_EQ(p.diags.size(), 1u);
  const Diagnostic& d = p.diags[0];
  EXPECT_EQ(d.rule, "invalid-property");
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 9);
  EXPECT_NE(d.message.find("finished"), std::string::npos);
  EXPECT_NE(d.help.find("active, planned, paused, done, dropped"), std::string::npos) << d.help;
}

TEST(NoteParse, UnknownCadenceAndHorizon) {
  Parsed p = parse("---\ntype: review\ncadence: yearly\n---\n");
  EXPECT_EQ(p.note.cadence, Cadence::Quarterly);
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_NE(p.diags[0].help.find("quarterly, monthly, weekly"), std::string::npos);
  Parsed q = parse("---\ntype: goal\nhorizon: [long]\n---\n");
  ASSERT_EQ(q.diags.size(), 1u);
  EXPECT_EQ(q.diags[0].rule, "invalid-property");
  EXPECT_EQ(q.diags[0].line, 3);
  EXPECT_EQ(q.diags[0].column, 11);
  EXPECT_NE(q.diags[0].help.find("long, medium, short"), std::string::npos);
}

TEST(NoteParse, ImpossibleAndIllFormedDates) {
  Parsed p = parse(
      "---\n"
      "type: goal\n"
      "deadline: 2025-02-30\n"
      "created: 2025-2-3\n"
      "completed: next week\n"
      "reviewed: [2025-01-01, 2025-02-01]\n"
      "start:\n"
      "end: \"\"\n"
      "---\n");
  const Note& n = p.note;
  EXPECT_FALSE(n.deadline.has_value());
  EXPECT_FALSE(n.created.has_value());
  EXPECT_FALSE(n.completed.has_value());
  EXPECT_FALSE(n.reviewed.has_value());
  EXPECT_FALSE(n.start.has_value());
  EXPECT_FALSE(n.end.has_value());
  ASSERT_EQ(p.diags.size(), 4u);
  for (const Diagnostic& d : p.diags) {
    EXPECT_EQ(d.rule, "invalid-property");
    EXPECT_EQ(d.severity, Severity::Error);
    EXPECT_NE(d.help.find("YYYY-MM-DD"), std::string::npos);
  }
  EXPECT_EQ(p.diags[0].line, 3);
  EXPECT_EQ(p.diags[0].column, 11);
  EXPECT_NE(p.diags[0].message.find("not a real calendar date"), std::string::npos);
  EXPECT_EQ(p.diags[1].line, 4);
  EXPECT_EQ(p.diags[1].column, 10);
  EXPECT_NE(p.diags[1].message.find("YYYY-MM-DD form"), std::string::npos);
  EXPECT_EQ(p.diags[2].line, 5);
  EXPECT_EQ(p.diags[2].column, 12);
  EXPECT_EQ(p.diags[3].line, 6);
  EXPECT_EQ(p.diags[3].column, 12);
  EXPECT_NE(p.diags[3].message.find("a list"), std::string::npos);
}

TEST(NoteParse, DatesOnEveryKind) {
  Parsed p = parse(
      "---\ntype: review\ndate: 2025-06-30 18:00:00Z\nsprint: \"[[2025-Q2]]\"\ncadence: "
      "Weekly\n---\n");
  EXPECT_TRUE(p.diags.empty());
  EXPECT_EQ(p.note.date, (Date{2025, 6, 30}));
  EXPECT_EQ(p.note.cadence, Cadence::Weekly);
  ASSERT_TRUE(p.note.sprint.has_value());
  EXPECT_EQ(p.note.sprint->target, "2025-Q2");
  EXPECT_EQ(p.note.sprint->property, "sprint");
  EXPECT_EQ(p.note.sprint->line, 4);
  EXPECT_EQ(p.note.sprint->column, 9);
}

TEST(NoteParse, SprintProperties) {
  Parsed p = parse(
      "---\n"
      "type: sprint\n"
      "quarter: 2025-Q2\n"
      "start: 2025-04-01\n"
      "end: 2025-06-30\n"
      "goals:\n"
      "  - \"[[AWS certification]]\"\n"
      "  - \"[[Network|Build network]]\"\n"
      "parent: \"[[Data engineering]]\"\n"
      "---\n",
      "Sprints/2025-Q2.md");
  EXPECT_TRUE(p.diags.empty());
  const Note& n = p.note;
  EXPECT_EQ(n.type, NoteType::Sprint);
  EXPECT_EQ(n.quarter, "2025-Q2");
  EXPECT_EQ(n.start, (Date{2025, 4, 1}));
  EXPECT_EQ(n.end, (Date{2025, 6, 30}));
  ASSERT_EQ(n.goals.size(), 2u);
  EXPECT_EQ(n.goals[0].target, "AWS certification");
  EXPECT_EQ(n.goals[0].line, 7);
  EXPECT_EQ(n.goals[0].column, 5);
  EXPECT_EQ(n.goals[1].target, "Network");
  EXPECT_EQ(n.goals[1].alias, "Build network");
  EXPECT_EQ(n.goals[1].property, "goals");
  ASSERT_EQ(n.parents.size(), 1u);
  EXPECT_EQ(n.parents[0].target, "Data engineering");
}

TEST(NoteParse, BadQuarterAndNumbers) {
  Parsed p = parse("---\ntype: sprint\nquarter: 2025-Q5\ntarget: 50%\ncurrent: [1]\n---\n");
  EXPECT_EQ(p.note.quarter, "");
  EXPECT_FALSE(p.note.target.has_value());
  EXPECT_FALSE(p.note.current.has_value());
  ASSERT_EQ(p.diags.size(), 3u);
  EXPECT_EQ(p.diags[0].line, 3);
  EXPECT_EQ(p.diags[0].column, 10);
  EXPECT_NE(p.diags[0].help.find("YYYY-Qn"), std::string::npos);
  EXPECT_EQ(p.diags[1].line, 4);
  EXPECT_EQ(p.diags[1].column, 9);
  EXPECT_NE(p.diags[1].message.find("not a number"), std::string::npos);
  EXPECT_EQ(p.diags[2].line, 5);
  EXPECT_EQ(count(p.diags, "invalid-property"), 3);
}

TEST(NoteParse, NumbersAccepted) {
  Parsed p = parse("---\ntarget: +1e3\ncurrent: -0.5\n---\n");
  EXPECT_TRUE(p.diags.empty());
  EXPECT_EQ(p.note.target, 1000.0);
  EXPECT_EQ(p.note.current, -0.5);
  EXPECT_FALSE(parse("---\ntarget: .inf\n---\n").note.target.has_value());
  EXPECT_FALSE(parse("---\ntarget: nan\n---\n").note.target.has_value());
}

TEST(NoteParse, ScalarWhereAListBelongsIsOneItem) {
  Parsed p = parse("---\nparent: \"[[Vision]]\"\nvalues: Curiosity\naliases: EM\n---\n");
  EXPECT_TRUE(p.diags.empty());
  ASSERT_EQ(p.note.parents.size(), 1u);
  EXPECT_EQ(p.note.parents[0].target, "Vision");
  EXPECT_EQ(p.note.values, std::vector<std::string>{"Curiosity"});
  EXPECT_EQ(p.note.aliases, std::vector<std::string>{"EM"});
}

TEST(NoteParse, PlainTextWhereALinkBelongs) {
  Parsed p = parse("---\ntype: goal\nparent: Some Goal\n---\n");
  EXPECT_TRUE(p.diags.empty());
  ASSERT_EQ(p.note.parents.size(), 1u);
  EXPECT_EQ(p.note.parents[0].target, "Some Goal");
  EXPECT_EQ(p.note.parents[0].line, 3);
  EXPECT_EQ(p.note.parents[0].column, 9);
  EXPECT_EQ(p.note.parents[0].end_column, 17);
}

TEST(NoteParse, QuotedLinkParts) {
  Parsed p = parse("---\nparent:\n  - \"[[Big#Plan#Q2|the plan]]\"\n  - '![[img.png]]'\n---\n");
  ASSERT_EQ(p.note.parents.size(), 2u);
  const Link& l = p.note.parents[0];
  EXPECT_EQ(l.target, "Big");
  EXPECT_EQ(l.headings(), (std::vector<std::string>{"Plan", "Q2"}));
  EXPECT_EQ(l.alias, "the plan");
  EXPECT_FALSE(l.embed);
  EXPECT_EQ(l.line, 3);
  EXPECT_EQ(l.column, 5);
  EXPECT_TRUE(p.note.parents[1].embed);
  EXPECT_EQ(p.note.parents[1].target, "img.png");
}

TEST(NoteParse, UnquotedLinkIsAcceptedWithAWarning) {
  Parsed p = parse(
      "---\n"
      "type: goal\n"
      "parent: [[Big Goal]]\n"
      "goals:\n"
      "  - [[A]]\n"
      "  - \"[[B]]\"\n"
      "---\n");
  ASSERT_EQ(p.note.parents.size(), 1u);
  EXPECT_EQ(p.note.parents[0].target, "Big Goal");
  EXPECT_EQ(p.note.parents[0].line, 3);
  EXPECT_EQ(p.note.parents[0].column, 9);
  EXPECT_EQ(p.note.parents[0].end_column, 20);
  ASSERT_EQ(p.note.goals.size(), 2u);
  EXPECT_EQ(p.note.goals[0].target, "A");
  EXPECT_EQ(p.note.goals[1].target, "B");
  ASSERT_EQ(p.diags.size(), 2u);
  EXPECT_EQ(p.diags[0].rule, "unquoted-link");
  EXPECT_EQ(p.diags[0].severity, Severity::Warning);
  EXPECT_EQ(p.diags[0].line, 3);
  EXPECT_EQ(p.diags[0].column, 9);
  EXPECT_NE(p.diags[0].help.find("parent: \"[[Big Goal]]\""), std::string::npos) << p.diags[0].help;
  EXPECT_EQ(p.diags[1].line, 5);
  EXPECT_EQ(p.diags[1].column, 5);
}

TEST(NoteParse, AccountabilityTextOrLink) {
  EXPECT_EQ(parse("---\naccountability: \"[[Alice]]\"\n---\n").note.accountability, "[[Alice]]");
  Parsed p = parse("---\naccountability: [[Bob]]\n---\n");
  EXPECT_EQ(p.note.accountability, "[[Bob]]");
  EXPECT_EQ(count(p.diags, "unquoted-link"), 1);
}

TEST(NoteParse, SprintMustBeOneLink) {
  Parsed p = parse("---\ntype: review\nsprint: [\"[[A]]\", \"[[B]]\"]\n---\n");
  ASSERT_TRUE(p.note.sprint.has_value());
  EXPECT_EQ(p.note.sprint->target, "A");
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].rule, "invalid-property");
  EXPECT_EQ(p.diags[0].column, 19);  // the second link's quote
}

TEST(NoteParse, MappingWhereALinkBelongs) {
  Parsed plain = parse("---\nparent: {a: b}\n---\n");
  EXPECT_TRUE(plain.diags.empty());  // a plain note's `parent` is its own business
  Parsed p = parse("---\ntype: goal\nparent: {a: b}\n---\n");
  EXPECT_TRUE(p.note.parents.empty());
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].rule, "invalid-property");
  EXPECT_EQ(p.diags[0].line, 3);
  EXPECT_EQ(p.diags[0].column, 1);
}

TEST(NoteParse, TagsFromFrontMatterThenBodyUnique) {
  Parsed p =
      parse("---\ntags:\n  - \"#goals\"\n  - career/eng\n---\nText #Goals #new #career/eng\n");
  EXPECT_EQ(p.note.tags, (std::vector<std::string>{"goals", "career/eng", "new"}));
}

TEST(NoteParse, ManyTagsStayLinear) {
  std::string text = "---\ntags: [Alpha, beta]\n---\n";
  for (int i = 0; i < 40000; ++i) text += "#t" + std::to_string(i % 20000) + " ";
  text += "#ALPHA\n";
  Parsed p = parse(text);
  ASSERT_EQ(p.note.tags.size(), 20002u);
  EXPECT_EQ(p.note.tags[0], "Alpha");
  EXPECT_EQ(p.note.tags[2], "t0");
}

TEST(NoteParse, AliasesConfigured) {
  Config c;
  c.aliases = {{"by", "deadline"}};
  Parsed p = parse("---\nby: 2025-01-31\ndue: 2025-02-28\n---\n", "x.md", c);
  EXPECT_EQ(p.note.deadline, (Date{2025, 1, 31}));
  EXPECT_EQ(p.note.property_pos.count("due"), 1u);
  EXPECT_TRUE(p.diags.empty());
}

TEST(NoteParse, DueAndDeadlineBothPresent) {
  Parsed p = parse("---\ndeadline: 2025-01-31\ndue: 2025-02-28\n---\n");
  EXPECT_EQ(p.note.deadline, (Date{2025, 2, 28}));
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].rule, "duplicate-key");
  EXPECT_EQ(p.diags[0].line, 3);
}

TEST(NoteParse, InvalidFrontMatterGivesAPlainNote) {
  Parsed p = parse("---\ntype: goal\ntitle: [oops\n---\n# Heading\n#tag\n");
  EXPECT_EQ(p.note.type, NoteType::Plain);
  EXPECT_TRUE(p.note.has_frontmatter);
  EXPECT_TRUE(p.note.property_pos.empty());
  EXPECT_EQ(p.note.title, "Heading");
  ASSERT_GE(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].rule, "invalid-frontmatter");
  EXPECT_EQ(p.diags[0].severity, Severity::Error);
}

TEST(NoteParse, UnclosedFrontMatterIsInvalidAndBody) {
  Parsed p = parse("---\ntype: goal\n# Title\n");
  EXPECT_EQ(p.note.type, NoteType::Plain);
  EXPECT_FALSE(p.note.has_frontmatter);
  EXPECT_EQ(p.note.title, "Title");
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].rule, "invalid-frontmatter");
  EXPECT_EQ(p.diags[0].severity, Severity::Error);
  EXPECT_EQ(p.diags[0].line, 1);
  EXPECT_EQ(p.diags[0].column, 1);
}

TEST(NoteParse, BodyLinesFollowTheFrontMatter) {
  Parsed p = parse("---\na: 1\n---\nline4\n# H\n");
  ASSERT_EQ(p.note.body.headings.size(), 1u);
  EXPECT_EQ(p.note.body.headings[0].line, 5);
}

TEST(NoteEncoding, Utf16BomIsRejected) {
  std::string le("\xFF\xFE-\0-\0-\0\n\0", 10);
  Parsed p = parse(le, "Goals/wide.md");
  EXPECT_EQ(p.note.name, "wide");
  EXPECT_EQ(p.note.title, "wide");
  EXPECT_FALSE(p.note.has_frontmatter);
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].rule, "invalid-encoding");
  EXPECT_EQ(p.diags[0].severity, Severity::Error);
  EXPECT_EQ(p.diags[0].line, 0);
  EXPECT_EQ(p.diags[0].column, 0);
  EXPECT_EQ(parse("\xFE\xFF\x00#").diags.size(), 1u);
  EXPECT_EQ(parse(std::string("\x00\x00\xFE\xFF", 4)).diags.size(), 1u);
}

TEST(NoteEncoding, NulBytesAreRejectedAsUtf16) {
  std::string be("\0#\0 \0T\0i\0t\0l\0e", 14);
  Parsed p = parse(be);
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].rule, "invalid-encoding");
  EXPECT_EQ(p.diags[0].line, 0);
  EXPECT_TRUE(p.note.body.headings.empty());
  EXPECT_EQ(p.note.title, "My Goal");
  // A NUL beyond the first 8 KiB is not sniffed.
  std::string late = "# T\n" + std::string(9000, 'x') + std::string(1, '\0');
  EXPECT_EQ(count(parse(late).diags, "invalid-encoding"), 0);
}

TEST(NoteEncoding, InvalidUtf8IsReportedAndStillParsed) {
  Parsed p = parse("---\ntype: goal\n---\nok line\nab\xC3(cd\n# T\xE9st\n");
  EXPECT_EQ(p.note.type, NoteType::Goal);
  ASSERT_EQ(count(p.diags, "invalid-encoding"), 1);
  const Diagnostic* d = find(p.diags, "invalid-encoding");
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_EQ(d->line, 5);
  EXPECT_EQ(d->column, 3);
  EXPECT_NE(d->message.find("0xC3"), std::string::npos) << d->message;
}

TEST(NoteEncoding, BomIsNotCountedInColumns) {
  Parsed p = parse(
      "\xEF\xBB\xBF"
      "ab\xFF\n");
  const Diagnostic* d = find(p.diags, "invalid-encoding");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->line, 1);
  EXPECT_EQ(d->column, 3);
  Parsed q = parse("\xEF\xBB\xBF---\ntype: goal\n---\n");
  EXPECT_EQ(q.note.type, NoteType::Goal);
  EXPECT_TRUE(q.diags.empty());
}

TEST(NoteEncoding, Utf8Validation) {
  auto bad = [](std::string s) { return count(parse(s).diags, "invalid-encoding") == 1; };
  EXPECT_FALSE(bad("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x93\x85"));  // é € 📅
  EXPECT_TRUE(bad("\xC0\xAF"));                                    // overlong
  EXPECT_TRUE(bad("\xE0\x80\xAF"));                                // overlong
  EXPECT_TRUE(bad("\xED\xA0\x80"));                                // surrogate
  EXPECT_TRUE(bad("\xF4\x90\x80\x80"));                            // > U+10FFFF
  EXPECT_TRUE(bad("\xF5\x80\x80\x80"));
  EXPECT_TRUE(bad("abc\xE2\x82"));  // truncated at the end
  EXPECT_TRUE(bad("\x80"));
}

TEST(NoteParse, NullDiagnosticsPointer) {
  Note n =
      parse_note("---\ntype: goal\nstatus: nope\ndeadline: x\n---\n", "a.md", Config{}, nullptr);
  EXPECT_EQ(n.type, NoteType::Goal);
}

TEST(NoteParse, EnumNames) {
  EXPECT_EQ(to_string(NoteType::Goal), "goal");
  EXPECT_EQ(to_string(NoteType::Plain), "plain");
  EXPECT_EQ(to_string(Horizon::None), "");
  EXPECT_EQ(to_string(Horizon::Short), "short");
  EXPECT_EQ(to_string(GoalStatus::Dropped), "dropped");
  EXPECT_EQ(to_string(Cadence::Monthly), "monthly");
}

// --- Dataview page fields ---------------------------------------------------

TEST(NotePageFields, PlainBoldAndCalloutFieldsFillProperties) {
  Parsed p = parse(
      "---\ntype: goal\n---\n# Lead\n\n"
      "deadline:: 2026-12-31\n"           // line 6
      "**Metric**:: 6 logged sessions\n"  // line 7
      "\n"
      "> [!info] Accountability\n"
      "> Accountability:: [[Priya]]\n"  // line 10
      "\n"
      "Horizon:: Short\n"                      // line 12
      "Some text [parent:: [[Lead team]]].\n"  // line 13
      "- Status:: paused\n");                  // line 14
  const Note& n = p.note;
  EXPECT_TRUE(p.diags.empty()) << p.diags.front().message;
  ASSERT_TRUE(n.deadline);
  EXPECT_EQ(n.deadline->str(), "2026-12-31");
  EXPECT_EQ(n.metric, "6 logged sessions");
  EXPECT_EQ(n.accountability, "[[Priya]]");
  EXPECT_EQ(n.horizon, Horizon::Short);
  EXPECT_EQ(n.status, GoalStatus::Paused);  // a plain list item's field is the page's
  ASSERT_EQ(n.parents.size(), 1u);
  EXPECT_EQ(n.parents[0].target, "Lead team");
  EXPECT_EQ(n.parents[0].line, 13);
  EXPECT_EQ(n.parents[0].column, 21);
  // Each property stands where its field does.
  EXPECT_EQ(n.property_pos.at("deadline").line, 6);
  EXPECT_EQ(n.property_pos.at("deadline").column, 1);
  EXPECT_EQ(n.property_pos.at("metric").line, 7);
  EXPECT_EQ(n.property_pos.at("accountability").line, 10);
  EXPECT_EQ(n.property_pos.at("accountability").column, 3);
  EXPECT_EQ(n.property_pos.at("parent").column, 11);
}

TEST(NotePageFields, FrontMatterWins) {
  Parsed p = parse(
      "---\ntype: goal\ndeadline: 2027-01-31\nmetric:\n---\n"
      "deadline:: 2026-12-31\nmetric:: 3 talks\ntype:: vision\n");
  EXPECT_TRUE(p.diags.empty());
  EXPECT_EQ(p.note.type, NoteType::Goal);
  EXPECT_EQ(p.note.deadline->str(), "2027-01-31");
  EXPECT_EQ(p.note.property_pos.at("deadline").line, 3);
  // A key left empty in the front matter is not set there.
  EXPECT_EQ(p.note.metric, "3 talks");
  EXPECT_EQ(p.note.property_pos.at("metric").line, 7);
}

TEST(NotePageFields, OnlyThePagesFieldsAndOnlyKnownKeys) {
  Parsed p = parse(
      "# Plan\n"
      "Due:: 2026-12-31\n"  // `due` is an alias of `deadline`
      "Type:: goal\n"
      "tags:: career\n"  // Obsidian's tags come from front matter and #tags
      "note: not a field\n"
      "a.b:: not a key\n"
      "Lint Ignore:: no-metric\n"
      "\n"
      "- [ ] Book the room [due:: 2026-11-01]\n"  // a task's fields are the task's
      "- [x] deadline:: 2026-01-01\n"
      "  completed:: 2026-01-02\n");  // still the task's lines
  EXPECT_TRUE(p.diags.empty());
  EXPECT_EQ(p.note.type, NoteType::Goal);
  ASSERT_TRUE(p.note.deadline);
  EXPECT_EQ(p.note.deadline->str(), "2026-12-31");
  EXPECT_EQ(p.note.property_pos.at("deadline").line, 2);
  EXPECT_FALSE(p.note.completed);
  EXPECT_TRUE(p.note.tags.empty());
  EXPECT_EQ(p.note.lint_ignore, std::vector<std::string>{"no-metric"});
  EXPECT_EQ(p.note.property_pos.size(), 3u);
}

TEST(NotePageFields, DiagnosticsPointAtTheFieldsValue) {
  Parsed p = parse(
      "---\ntype: goal\n---\n"
      "Deadline:: next week\n"
      "> status::   someday\n"
      "Some [target:: lots] of it.\n"
      "reviewed:: 2026-01-01\nreviewed:: 2026-02-01\n");
  std::vector<std::string> got;
  for (const Diagnostic& d : p.diags)
    got.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message +
                  " | " + d.help);
  EXPECT_EQ(got, (std::vector<std::string>{
                     "4:12 `deadline:: next week` is not a date in YYYY-MM-DD form | Write the "
                     "date as YYYY-MM-DD, e.g. `deadline:: 2025-06-30`.",
                     "5:14 `status:: someday` is not a known status; `active` is used | Use one "
                     "of: active, planned, paused, done, dropped.",
                     "6:16 `target:: lots` is not a number | Write a plain number without units, "
                     "e.g. `target:: 15`; put the unit in `metric`.",
                     // Given twice, a field is a list, as in Dataview.
                     "7:12 `reviewed` must be one date, not a list | Write one date as "
                     "YYYY-MM-DD: `reviewed:: 2025-06-30`.",
                 }));
  for (const Diagnostic& d : p.diags) EXPECT_EQ(d.rule, "invalid-property");
}

TEST(NotePageFields, ListsOfLinksAndQuotedText) {
  Parsed p = parse(
      "---\ntype: sprint\n---\n"
      "goals:: [[A]], [[B|bee]]\n"
      "parent:: [[Lead]]\n"
      "accountability:: \"[[Priya]] and the team\"\n");
  EXPECT_TRUE(p.diags.empty());
  ASSERT_EQ(p.note.goals.size(), 2u);
  EXPECT_EQ(p.note.goals[0].target, "A");
  EXPECT_EQ(p.note.goals[0].column, 9);
  EXPECT_EQ(p.note.goals[1].target, "B");
  EXPECT_EQ(p.note.goals[1].column, 16);
  EXPECT_EQ(p.note.goals[1].end_column, 24);
  EXPECT_EQ(p.note.goals[0].property, "goals");
  ASSERT_EQ(p.note.parents.size(), 1u);
  EXPECT_EQ(p.note.accountability, "[[Priya]] and the team");
}

}  // namespace
}  // namespace goals
