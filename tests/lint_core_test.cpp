// The lint pass itself, with stand-in rules: severities, options, suppression, scope.
#include <gtest/gtest.h>

#include "goals/io/memory_filesystem.h"
#include "goals/passes/lint.h"
#include "lint_test_util.h"

namespace goals {
namespace {

/// Reports one finding per note whose title contains "flag", at the line given in the title.
class FlagRule : public Rule {
 public:
  explicit FlagRule(std::string_view id = "flag-rule")
      : info_{id, Severity::Warning, "s", "c", Smart::None} {}
  const RuleInfo& info() const override { return info_; }
  void configure(const RuleOptions& options, const Config&) override {
    if (auto w = options.strings("words")) words_ = *w;
    limit_ = options.integer("limit").value_or(100);
  }
  void check(const LintContext& ctx, Reporter& out) const override {
    int n = 0;
    for (std::size_t i = 0; i < ctx.vault.notes.size(); ++i) {
      const Note& note = ctx.vault.notes[i];
      for (const std::string& w : words_)
        if (note.name.find(w) != std::string::npos && n++ < limit_)
          out.report(static_cast<int>(i), 2, 3, "flagged \"" + note.name + "\"", "Unflag it.");
    }
  }

 private:
  RuleInfo info_;
  std::vector<std::string> words_{"flag"};
  int limit_ = 100;
};

struct Outcome {
  std::unique_ptr<Vault> vault;
  std::unique_ptr<GoalGraph> graph;
  LintResult result;
  std::vector<std::string> found() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics)
      out.push_back(d.path + ":" + std::to_string(d.line) + " " +
                    std::string(to_string(d.severity)) + " " + d.rule);
    return out;
  }
};

Outcome run_with(const std::map<std::string, std::string>& files, const LintOptions& options = {},
                 std::vector<std::string> ids = {"flag-rule"}) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  for (const auto& [p, t] : files) fs.add_file("/v/" + p, t);
  Outcome r;
  ConfigResult cfg = load_config(fs, "/v");
  EXPECT_TRUE(cfg.ok());
  r.vault = std::make_unique<Vault>(load_vault(fs, "/v", cfg.config));
  r.graph = std::make_unique<GoalGraph>(GoalGraph::build(*r.vault));
  std::vector<std::unique_ptr<Rule>> rules;
  for (const std::string& id : ids) rules.push_back(std::make_unique<FlagRule>(id));
  r.result = lint(*r.vault, *r.graph, *Date::parse("2026-11-22"), rules, options);
  return r;
}

TEST(Lint, ReportsWithTheRuleIdDefaultSeverityAndNotePath) {
  Outcome r = run_with({{"a flag.md", "x\ny\n"}, {"b.md", "x\n"}});
  ASSERT_EQ(r.result.diagnostics.size(), 1u);
  const Diagnostic& d = r.result.diagnostics[0];
  EXPECT_EQ(d.rule, "flag-rule");
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.path, "a flag.md");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 3);
  EXPECT_EQ(d.message, "flagged \"a flag\"");
  EXPECT_EQ(d.help, "Unflag it.");
  EXPECT_EQ(r.result.notes_checked, 2);
}

TEST(Lint, ConfigSetsSeverityOrSwitchesARuleOff) {
  EXPECT_EQ(run_with({{"flag.md", ""}, {".goals.yaml", "rules: {flag-rule: error}\n"}}).found(),
            std::vector<std::string>{"flag.md:2 error flag-rule"});
  EXPECT_EQ(run_with({{"flag.md", ""}, {".goals.yaml", "rules: {flag-rule: info}\n"}}).found(),
            std::vector<std::string>{"flag.md:2 info flag-rule"});
  EXPECT_TRUE(
      run_with({{"flag.md", ""}, {".goals.yaml", "rules: {flag-rule: off}\n"}}).found().empty());
  EXPECT_TRUE(
      run_with({{"flag.md", ""}, {".goals.yaml", "rules:\n  flag-rule:\n    severity: off\n"}})
          .found()
          .empty());
}

TEST(Lint, RuleOptionsComeFromTheConfig) {
  Outcome r =
      run_with({{"flag.md", ""},
                {"red.md", ""},
                {"blue.md", ""},
                {".goals.yaml", "rules:\n  flag-rule:\n    words: [red, blue]\n    limit: 1\n"}});
  EXPECT_EQ(r.found(), std::vector<std::string>{"blue.md:2 warning flag-rule"});
  EXPECT_TRUE(r.result.config_problems.empty());
}

TEST(Lint, BadOrUnknownOptionsAreConfigWarnings) {
  Outcome r =
      run_with({{"flag.md", ""},
                {".goals.yaml",
                 "rules:\n  flag-rule:\n    words: {a: 1}\n    limit: lots\n    colour: red\n"}});
  ASSERT_EQ(r.result.config_problems.size(), 3u);
  EXPECT_EQ(r.result.config_problems[0].message,
            "rule `flag-rule`, option `words`: must be a list of texts");
  EXPECT_EQ(r.result.config_problems[1].message,
            "rule `flag-rule`, option `limit`: must be a whole number of at least 0");
  EXPECT_EQ(r.result.config_problems[2].message, "rule `flag-rule` has no option `colour`");
  EXPECT_EQ(r.result.config_problems[2].severity, Severity::Warning);
  // Bad options read as unset: the defaults still run.
  EXPECT_EQ(r.found(), std::vector<std::string>{"flag.md:2 warning flag-rule"});
}

TEST(Lint, UnknownRuleInConfigIsReportedWithTheNearestId) {
  Outcome r = run_with({{".goals.yaml", "rules: {flag-rul: off, zzzzzzzzzz: info}\n"}});
  ASSERT_EQ(r.result.config_problems.size(), 2u);
  EXPECT_EQ(r.result.config_problems[0].message, "`rules` names unknown rule `flag-rul`");
  EXPECT_EQ(r.result.config_problems[0].help, "Did you mean `flag-rule`?");
  EXPECT_EQ(r.result.config_problems[1].help, "Run `goals lint --list-rules` for the rule ids.");
}

TEST(Lint, LintIgnorePropertySilencesTheNamedRulesOnly) {
  EXPECT_TRUE(run_with({{"flag.md", "---\nlint-ignore: [flag-rule]\n---\n"}}).found().empty());
  EXPECT_TRUE(run_with({{"flag.md", "---\nlint-ignore: [all]\n---\n"}}).found().empty());
  EXPECT_EQ(run_with({{"flag.md", "---\nlint-ignore: [other-rule]\n---\n"}}).found(),
            std::vector<std::string>{"flag.md:2 warning flag-rule"});
}

TEST(Lint, IgnoreCommentSilencesTheLineAfterIt) {
  // The finding is on line 2: the comment on line 1 covers it.
  EXPECT_TRUE(run_with({{"flag.md", "<!-- goals-ignore flag-rule -->\nx\n"}}).found().empty());
  EXPECT_TRUE(run_with({{"flag.md", "<!-- goals-ignore -->\nx\n"}}).found().empty());
  EXPECT_TRUE(
      run_with({{"flag.md", "<!-- goals-ignore: other, flag-rule -->\nx\n"}}).found().empty());
  EXPECT_EQ(run_with({{"flag.md", "<!-- goals-ignore other-rule -->\nx\n"}}).found(),
            std::vector<std::string>{"flag.md:2 warning flag-rule"});
  // Two lines above is not "the line before".
  EXPECT_EQ(run_with({{"flag.md", "x\ny\n<!-- goals-ignore flag-rule -->\n"}}).found(),
            std::vector<std::string>{"flag.md:2 warning flag-rule"});
}

TEST(Lint, SelectAndIgnoreChooseRules) {
  const std::map<std::string, std::string> files{{"flag.md", ""}};
  const std::vector<std::string> ids{"a-rule", "b-rule"};
  EXPECT_EQ(run_with(files, {}, ids).found().size(), 2u);
  LintOptions select;
  select.select = {"b-rule"};
  EXPECT_EQ(run_with(files, select, ids).found(),
            std::vector<std::string>{"flag.md:2 warning b-rule"});
  LintOptions ignore;
  ignore.ignore = {"b-rule"};
  EXPECT_EQ(run_with(files, ignore, ids).found(),
            std::vector<std::string>{"flag.md:2 warning a-rule"});
}

TEST(Lint, PathsLimitWhatIsReportedNotWhatIsLoaded) {
  LintOptions o;
  o.paths = std::vector<std::string>{"Goals", "top flag.md"};
  Outcome r = run_with({{"Goals/flag.md", ""},
                        {"Goals2/flag.md", ""},
                        {"Goals/Sub/flag x.md", ""},
                        {"top flag.md", ""},
                        {"other flag.md", ""}},
                       o);
  EXPECT_EQ(r.found(), (std::vector<std::string>{"Goals/Sub/flag x.md:2 warning flag-rule",
                                                 "Goals/flag.md:2 warning flag-rule",
                                                 "top flag.md:2 warning flag-rule"}));
  EXPECT_EQ(r.result.notes_checked, 3);
  EXPECT_EQ(r.vault->notes.size(), 5u);
}

TEST(Lint, FindingsComeSortedByPathLineAndRule) {
  Outcome r = run_with({{"b flag.md", ""}, {"a flag.md", ""}}, {}, {"z-rule", "a-rule"});
  EXPECT_EQ(r.found(),
            (std::vector<std::string>{"a flag.md:2 warning a-rule", "a flag.md:2 warning z-rule",
                                      "b flag.md:2 warning a-rule", "b flag.md:2 warning z-rule"}));
}

TEST(Lint, AnchorsPointAtTheTypeKeyOrTheFirstLine) {
  testing_util::LintRun r = testing_util::lint_files(
      {{"a.md", "---\ntitle: A\ntype: goal\ndeadline: 2027-01-01\n---\n"}, {"b.md", "text\n"}});
  const Note& a = r.vault->notes[0];
  EXPECT_EQ(note_anchor(a).line, 3);
  EXPECT_EQ(property_anchor(a, "deadline").line, 4);
  EXPECT_EQ(property_anchor(a, "metric").line, 3);
  EXPECT_EQ(note_anchor(r.vault->notes[1]).line, 1);
  EXPECT_EQ(note_anchor(r.vault->notes[1]).column, 1);
}

}  // namespace
}  // namespace goals
