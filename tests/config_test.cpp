#include "goals/parse/config.h"
#include "goals/io/memory_filesystem.h"

#include <gtest/gtest.h>

#include <string>

namespace goals {
namespace {

const Diagnostic* find_rule_at(const Diagnostics& ds, int line) {
  for (const Diagnostic& d : ds) {
    if (d.line == line) return &d;
  }
  return nullptr;
}

TEST(ConfigParse, EmptyTextGivesDefaults) {
  for (const char* text : {"", "# only a comment\n", "---\n"}) {
    ConfigResult r = parse_config(text, ".goals.yaml");
    EXPECT_TRUE(r.ok()) << text;
    EXPECT_TRUE(r.diagnostics.empty()) << text;
    const Config& c = r.config;
    EXPECT_EQ(c.folders.at("vision"), "Vision");
    EXPECT_EQ(c.folders.at("goals"), "Goals");
    EXPECT_EQ(c.folders.at("sprints"), "Sprints");
    EXPECT_EQ(c.folders.at("reviews"), "Reviews");
    EXPECT_EQ(c.aliases.at("due"), "deadline");
    EXPECT_EQ(c.aliases.at("updated"), "reviewed");
    EXPECT_EQ(c.max_goals_per_sprint, 3);
    EXPECT_EQ(c.stale_after_days, 90);
    EXPECT_EQ(c.sprint_min_days, 80);
    EXPECT_EQ(c.sprint_max_days, 100);
    EXPECT_TRUE(c.ignore.empty());
    EXPECT_TRUE(c.rules.empty());
    EXPECT_TRUE(c.rule_options.empty());
    EXPECT_EQ(c.path, ".goals.yaml");
  }
}

TEST(ConfigParse, EveryKey) {
  const std::string text = R"(folders: {vision: North, goals: G, sprints: S, reviews: R}
aliases: {due: deadline, updated: reviewed, by: deadline}
max-goals-per-sprint: 2
stale-after-days: 30
sprint-length: {min: 70, max: 95}
ignore: ["Templates/**", "**/draft-*.md"]
rules:
  vague-goal: warning
  stale-goal: off
  orphan-goal: ERROR
  missing-metric: info
  long-title:
    severity: warning
    max-words: 12
    words: [a, b]
)";
  ConfigResult r = parse_config(text, ".goals.yaml");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.diagnostics.empty());
  const Config& c = r.config;
  EXPECT_EQ(c.folders.at("vision"), "North");
  EXPECT_EQ(c.folders.at("goals"), "G");
  EXPECT_EQ(c.folders.at("sprints"), "S");
  EXPECT_EQ(c.folders.at("reviews"), "R");
  EXPECT_EQ(c.aliases.size(), 3u);
  EXPECT_EQ(c.aliases.at("by"), "deadline");
  EXPECT_EQ(c.max_goals_per_sprint, 2);
  EXPECT_EQ(c.stale_after_days, 30);
  EXPECT_EQ(c.sprint_min_days, 70);
  EXPECT_EQ(c.sprint_max_days, 95);
  EXPECT_EQ(c.ignore, (std::vector<std::string>{"Templates/**", "**/draft-*.md"}));
  EXPECT_EQ(c.rules.at("vague-goal"), RuleLevel::Warning);
  EXPECT_EQ(c.rules.at("stale-goal"), RuleLevel::Off);
  EXPECT_EQ(c.rules.at("orphan-goal"), RuleLevel::Error);
  EXPECT_EQ(c.rules.at("missing-metric"), RuleLevel::Info);
  EXPECT_EQ(c.rules.at("long-title"), RuleLevel::Warning);
  ASSERT_EQ(c.rule_options.count("long-title"), 1u);
  EXPECT_EQ(c.rule_options.at("long-title"), "max-words: 12\nwords:\n  - a\n  - b");
  EXPECT_EQ(c.rule_options.count("vague-goal"), 0u);
}

TEST(ConfigParse, RuleMapWithoutSeverityKeepsOptionsOnly) {
  ConfigResult r = parse_config("rules:\n  stale-goal: {days: 30}\n", "c.yaml");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.config.rules.count("stale-goal"), 0u);
  EXPECT_EQ(r.config.rule_options.at("stale-goal"), "days: 30");
}

TEST(ConfigParse, UserAliasesMergeOverDefaults) {
  ConfigResult r = parse_config("aliases:\n  due: target-date\n  updated: ~\n  when: date\n", "c");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.config.aliases.at("due"), "target-date");
  EXPECT_EQ(r.config.aliases.count("updated"), 0u);
  EXPECT_EQ(r.config.aliases.at("when"), "date");
}

TEST(ConfigParse, IgnoreAsOneString) {
  ConfigResult r = parse_config("ignore: Archive/**\n", "c");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.config.ignore, std::vector<std::string>{"Archive/**"});
}

// yaml-cpp marks are 0-based: a syntax error on the file's third line, fifth
// column must be reported as 3:5, not 2:4.
TEST(ConfigParse, YamlSyntaxErrorHasFileLineAndColumn) {
  ConfigResult r = parse_config("stale-after-days: 30\nfolders:\n  - a\n bad: 1\n", ".goals.yaml");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  const Diagnostic& d = r.diagnostics[0];
  EXPECT_EQ(d.rule, "config");
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.path, ".goals.yaml");
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.column, 2);
  EXPECT_NE(d.message.find("not valid YAML"), std::string::npos) << d.message;
  EXPECT_FALSE(d.help.empty());
}

TEST(ConfigParse, UnclosedFlowListPointsAtFileLine) {
  ConfigResult r = parse_config("a: 1\nignore: [x, y\nrules: {}\n", ".goals.yaml");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  // yaml-cpp stops at the `:` of `rules:` (0-based 2:5).
  EXPECT_EQ(r.diagnostics[0].line, 3);
  EXPECT_EQ(r.diagnostics[0].column, 6);
  EXPECT_FALSE(r.ok());
}

TEST(ConfigParse, WrongTypesAreErrorsAtTheValue) {
  ConfigResult r = parse_config(
      "max-goals-per-sprint: three\n"        // 1
      "stale-after-days: [1]\n"              // 2
      "folders: Goals\n"                     // 3
      "sprint-length: {min: 0, max: 100}\n"  // 4
      "rules: {vague-goal: loud}\n"          // 5
      "ignore: {a: b}\n"                     // 6
      "aliases: [due]\n",                    // 7
      ".goals.yaml");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 7u);
  for (const Diagnostic& d : r.diagnostics) {
    EXPECT_EQ(d.rule, "config");
    EXPECT_EQ(d.severity, Severity::Error) << d.message;
    EXPECT_FALSE(d.help.empty());
  }
  const Diagnostic* d1 = find_rule_at(r.diagnostics, 1);
  ASSERT_NE(d1, nullptr);
  EXPECT_EQ(d1->column, 23);
  EXPECT_NE(d1->message.find("whole number"), std::string::npos);
  const Diagnostic* d4 = find_rule_at(r.diagnostics, 4);
  ASSERT_NE(d4, nullptr);
  EXPECT_EQ(d4->column, 22);
  EXPECT_NE(d4->message.find("between 1 and"), std::string::npos) << d4->message;
  const Diagnostic* d5 = find_rule_at(r.diagnostics, 5);
  ASSERT_NE(d5, nullptr);
  EXPECT_EQ(d5->column, 21);
  EXPECT_NE(d5->message.find("`loud`"), std::string::npos);
  // Defaults stay where the value was wrong.
  EXPECT_EQ(r.config.max_goals_per_sprint, 3);
  EXPECT_EQ(r.config.stale_after_days, 90);
  EXPECT_EQ(r.config.sprint_min_days, 80);
}

TEST(ConfigParse, RangeChecks) {
  EXPECT_FALSE(parse_config("max-goals-per-sprint: 0\n", "c").ok());
  EXPECT_FALSE(parse_config("stale-after-days: -5\n", "c").ok());
  EXPECT_FALSE(parse_config("stale-after-days: 99999999999999\n", "c").ok());
  EXPECT_FALSE(parse_config("stale-after-days: 1.5\n", "c").ok());
  ConfigResult r = parse_config("sprint-length: {min: 120, max: 100}\n", "c");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].message.find("greater than max"), std::string::npos);
  EXPECT_EQ(r.config.sprint_min_days, 80);
  EXPECT_EQ(r.config.sprint_max_days, 100);
}

TEST(ConfigParse, UnknownKeysAreWarningsWithSuggestions) {
  ConfigResult r = parse_config(
      "stale-after-day: 30\nfolders: {goal: Goals, archive: Old}\ncolour: blue\n", ".goals.yaml");
  EXPECT_TRUE(r.ok());  // warnings only
  ASSERT_EQ(r.diagnostics.size(), 4u);
  const Diagnostic& d0 = r.diagnostics[0];
  EXPECT_EQ(d0.severity, Severity::Warning);
  EXPECT_EQ(d0.rule, "config");
  EXPECT_EQ(d0.line, 1);
  EXPECT_EQ(d0.column, 1);
  EXPECT_NE(d0.message.find("`stale-after-day`"), std::string::npos);
  EXPECT_NE(d0.message.find("did you mean `stale-after-days`"), std::string::npos) << d0.message;
  const Diagnostic& d1 = r.diagnostics[1];
  EXPECT_EQ(d1.line, 2);
  EXPECT_EQ(d1.column, 11);
  EXPECT_NE(d1.message.find("did you mean `goals`"), std::string::npos) << d1.message;
  const Diagnostic& d2 = r.diagnostics[2];
  EXPECT_NE(d2.message.find("`archive`"), std::string::npos);
  EXPECT_EQ(d2.message.find("did you mean"), std::string::npos) << d2.message;
  const Diagnostic& d3 = r.diagnostics[3];
  EXPECT_EQ(d3.line, 3);
  EXPECT_NE(d3.message.find("`colour`"), std::string::npos);
  EXPECT_EQ(d3.message.find("did you mean"), std::string::npos);
  EXPECT_FALSE(d3.help.empty());
  // The known folder key of the same map still applies.
  EXPECT_EQ(r.config.folders.at("goals"), "Goals");
}

TEST(ConfigParse, NotAMapping) {
  ConfigResult r = parse_config("- a\n- b\n", "c");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].line, 1);
  EXPECT_EQ(r.diagnostics[0].column, 1);
}

TEST(ConfigParse, SelfReferencingRuleOptionsDoNotHang) {
  ConfigResult r = parse_config("rules:\n  x: &a {severity: info, o: [*a]}\n", "c");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.config.rule_options.count("x"), 0u);
}

TEST(ConfigLoad, MissingFileGivesDefaults) {
  MemoryFileSystem fs("/");
  fs.add_dir("/vault");
  ConfigResult r = load_config(fs, "/vault");
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.config.path, "");
  EXPECT_EQ(r.config.max_goals_per_sprint, 3);
}

TEST(ConfigLoad, ReadsTheVaultFile) {
  MemoryFileSystem fs("/");
  fs.add_file("/vault/.goals.yaml", "stale-after-days: 45\nnope: 1\n");
  ConfigResult r = load_config(fs, "/vault");
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.config.stale_after_days, 45);
  EXPECT_EQ(r.config.path, "/vault/.goals.yaml");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].path, ".goals.yaml");
  EXPECT_EQ(r.diagnostics[0].line, 2);
}

TEST(ConfigLoad, UnreadableFileIsAnError) {
  MemoryFileSystem fs("/");
  fs.add_unreadable("/vault/.goals.yaml");
  ConfigResult r = load_config(fs, "/vault/");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].rule, "config");
  EXPECT_FALSE(r.diagnostics[0].help.empty());
}

TEST(ConfigGlob, StarStaysInOneComponent) {
  EXPECT_TRUE(glob_match("*.md", "a.md"));
  EXPECT_FALSE(glob_match("*.md", "dir/a.md"));
  EXPECT_TRUE(glob_match("Goals/*.md", "Goals/x.md"));
  EXPECT_FALSE(glob_match("Goals/*.md", "Goals/sub/x.md"));
  EXPECT_TRUE(glob_match("Goals/*", "Goals/x.md"));
  EXPECT_TRUE(glob_match("*", "x"));
  EXPECT_FALSE(glob_match("*", "a/b"));
  EXPECT_TRUE(glob_match("a*b*c", "aXXbYYc"));
  EXPECT_TRUE(glob_match("a*b*c", "abc"));
  EXPECT_FALSE(glob_match("a*b*c", "aXXbYY"));
  EXPECT_TRUE(glob_match("draft-*", "draft-"));
}

TEST(ConfigGlob, DoubleStarCrossesComponents) {
  EXPECT_TRUE(glob_match("Templates/**", "Templates/a.md"));
  EXPECT_TRUE(glob_match("Templates/**", "Templates/x/y/z.md"));
  EXPECT_TRUE(glob_match("Templates/**", "Templates"));
  EXPECT_FALSE(glob_match("Templates/**", "Other/a.md"));
  EXPECT_FALSE(glob_match("Templates/**", "TemplatesX/a.md"));
  EXPECT_TRUE(glob_match("**/x.md", "x.md"));
  EXPECT_TRUE(glob_match("**/x.md", "a/x.md"));
  EXPECT_TRUE(glob_match("**/x.md", "a/b/c/x.md"));
  EXPECT_FALSE(glob_match("**/x.md", "a/b/c/y.md"));
  EXPECT_FALSE(glob_match("**/x.md", "a/xx.md"));
  EXPECT_TRUE(glob_match("a/**/b/*.md", "a/b/c.md"));
  EXPECT_TRUE(glob_match("a/**/b/*.md", "a/x/y/b/c.md"));
  EXPECT_FALSE(glob_match("a/**/b/*.md", "a/x/y/b/z/c.md"));
  EXPECT_TRUE(glob_match("**", "anything/at/all"));
  EXPECT_TRUE(glob_match("**/Archive/**", "x/Archive/y/z.md"));
}

TEST(ConfigGlob, QuestionMarkAndClasses) {
  EXPECT_TRUE(glob_match("?.md", "a.md"));
  EXPECT_FALSE(glob_match("?.md", "ab.md"));
  EXPECT_FALSE(glob_match("a?b", "a/b"));
  EXPECT_TRUE(glob_match("[abc].md", "b.md"));
  EXPECT_FALSE(glob_match("[abc].md", "d.md"));
  EXPECT_TRUE(glob_match("[a-c]x", "cx"));
  EXPECT_FALSE(glob_match("[a-c]x", "dx"));
  EXPECT_TRUE(glob_match("[!a-c]x", "dx"));
  EXPECT_FALSE(glob_match("[!a-c]x", "ax"));
  EXPECT_TRUE(glob_match("2025-Q[1-4].md", "2025-Q3.md"));
  EXPECT_TRUE(glob_match("[]]x", "]x"));
  EXPECT_TRUE(glob_match("a[b", "a[b"));  // unclosed class: literal
  EXPECT_TRUE(glob_match("a\\*b", "a*b"));
  EXPECT_FALSE(glob_match("a\\*b", "axb"));
}

TEST(ConfigGlob, CaseSensitive) {
  EXPECT_FALSE(glob_match("templates/**", "Templates/a.md"));
  EXPECT_FALSE(glob_match("*.MD", "a.md"));
}

TEST(ConfigGlob, EmptyAndExact) {
  EXPECT_TRUE(glob_match("", ""));
  EXPECT_FALSE(glob_match("", "a"));
  EXPECT_FALSE(glob_match("a", ""));
  EXPECT_TRUE(glob_match("a/b.md", "a/b.md"));
  EXPECT_FALSE(glob_match("a/b.md", "a/b.mdx"));
}

TEST(ConfigGlob, NoExponentialBacktracking) {
  std::string pattern;
  for (int i = 0; i < 30; ++i) pattern += "a*";
  pattern += "b";
  std::string text(5000, 'a');
  std::string deep_pattern;
  for (int i = 0; i < 30; ++i) deep_pattern += "**/a/";
  deep_pattern += "b";
  std::string deep_text;
  for (int i = 0; i < 500; ++i) deep_text += "a/";
  deep_text += "c";
  // Finishing at all is the point: backtracking globs would take years here.
  EXPECT_FALSE(glob_match(pattern, text));
  EXPECT_TRUE(glob_match(pattern, text + "b"));
  EXPECT_FALSE(glob_match(deep_pattern, deep_text));
}

}  // namespace
}  // namespace goals
