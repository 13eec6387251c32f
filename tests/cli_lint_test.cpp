// `goals lint` in-process: formats, exit codes, rule choice, paths and stdin.
// Two loader rules (always complete) keep these independent of the SMART rules.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_test_util.h"
#include "goals/passes/lint.h"

namespace goals {
namespace {

using testing_util::Outcome;
using Json = nlohmann::json;

const std::vector<std::string> kTwoRules = {"--select", "duplicate-key,invalid-frontmatter"};

struct LintCli : testing_util::CliRunner {
  LintCli() {
    fs.add_dir("/home/me/vault/.obsidian");
    fs.add_file("/home/me/vault/Notes/Dup.md", "---\na: 1\na: 2\n---\ntext\n");
    // A warning and an error to tell apart: duplicate-key is an error by default.
    fs.add_file("/home/me/vault/.goals.yaml", "rules: {duplicate-key: warning}\n");
    fs.add_file("/home/me/vault/Goals/Bad.md", "---\nkey: [unclosed\n---\n");
    fs.add_file("/home/me/vault/Daily/2026-11-22.md", "nothing wrong\n");
  }
  Outcome lint(std::vector<std::string> extra) {
    std::vector<std::string> args{"lint"};
    args.insert(args.end(), kTwoRules.begin(), kTwoRules.end());
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
  }
};

TEST(LintCli, TextQuotesTheLineWithACaretThenHelpThenASummary) {
  LintCli f;
  Outcome r = f.lint({"../Notes"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            "Notes/Dup.md:3:1: warning: property `a` is set twice (also on line 2), so Obsidian "
            "reads none of the note's properties; neither does goals [duplicate-key]\n"
            " 3 | a: 2\n"
            "   | ^\n"
            "  help: Remove one of the two `a:` lines.\n"
            "\n"
            "1 warning in 1 note\n");
  EXPECT_EQ(r.err, "");
}

TEST(LintCli, SummaryCountsEachSeverityAndQuietDropsIt) {
  LintCli f;
  Outcome r = f.lint({});
  EXPECT_NE(r.out.find("\n1 error, 1 warning in 2 notes\n"), std::string::npos) << r.out;
  EXPECT_EQ(f.lint({"-q"}).out.find("in 2 notes"), std::string::npos);
  EXPECT_EQ(f.lint({"--no-summary"}).out.find("in 2 notes"), std::string::npos);
  Outcome clean = f.lint({"../Daily"});
  EXPECT_EQ(clean.code, 0);
  EXPECT_EQ(clean.out, "no problems in 1 note\n");
}

TEST(LintCli, FailOnSetsTheSeverityThatFails) {
  LintCli f;
  EXPECT_EQ(f.lint({"../Notes"}).code, 1);  // a warning fails by default
  EXPECT_EQ(f.lint({"../Notes", "--fail-on", "error"}).code, 0);
  EXPECT_EQ(f.lint({"../Notes", "--fail-on", "info"}).code, 1);
  EXPECT_EQ(f.lint({"--fail-on", "error"}).code, 1);
  EXPECT_EQ(f.lint({"--fail-on", "never"}).code, 0);
  f.fs.add_file("/home/me/vault/.goals.yaml", "rules: {duplicate-key: info}\n");
  EXPECT_EQ(f.lint({"../Notes"}).code, 0);  // info does not fail by default
  EXPECT_EQ(f.lint({"../Notes", "--fail-on", "info"}).code, 1);
  EXPECT_EQ(f.lint({"../Notes", "--fail-on", "sometimes"}).code, 2);
}

TEST(LintCli, JsonHasTheSchemaDiagnosticsAndSummary) {
  LintCli f;
  Outcome r = f.lint({"--format", "json"});
  EXPECT_EQ(r.code, 1);
  const Json j = Json::parse(r.out);
  EXPECT_EQ(j["schema_version"], 1);
  ASSERT_EQ(j["diagnostics"].size(), 2u);
  EXPECT_EQ(j["diagnostics"][1],
            Json::parse(R"({"path": "Notes/Dup.md", "line": 3, "column": 1, "end_line": null,
              "end_column": null, "severity": "warning", "rule": "duplicate-key",
              "message": "property `a` is set twice (also on line 2), so Obsidian reads none of the note's properties; neither does goals",
              "help": "Remove one of the two `a:` lines."})"));
  EXPECT_EQ(j["summary"], Json::parse(R"({"errors": 1, "warnings": 1, "infos": 0,
              "notes_with_findings": 2, "notes_checked": 3})"));
}

TEST(LintCli, JsonlIsOneObjectPerLine) {
  LintCli f;
  Outcome r = f.lint({"--format", "jsonl"});
  std::istringstream in(r.out);
  std::vector<std::string> rules;
  for (std::string line; std::getline(in, line);) rules.push_back(Json::parse(line)["rule"]);
  EXPECT_EQ(rules, (std::vector<std::string>{"invalid-frontmatter", "duplicate-key"}));
}

TEST(LintCli, GithubFormatEscapesAsTheActionsToolkitDoes) {
  LintCli f;
  f.fs.add_file("/home/me/vault/Notes/50%, a: b.md", "---\na: 1\na: 2\n---\n");
  Outcome r = f.run({"--vault", "/home/me/vault", "lint", "--select", "duplicate-key", "--format",
                     "github", "/home/me/vault/Notes/50%, a: b.md"});
  EXPECT_EQ(r.out,
            "::warning file=/home/me/vault/Notes/50%25%2C a%3A b.md,line=3,col=1,"
            "title=duplicate-key::property `a` is set twice (also on line 2), so Obsidian reads "
            "none of the note's properties; neither does goals%0Ahelp: Remove one of the two `a:` "
            "lines.\n");
}

TEST(LintCli, GithubActionsPicksTheGithubFormatUnlessOneIsGiven) {
  LintCli f;
  f.env["GITHUB_ACTIONS"] = "true";
  EXPECT_EQ(f.lint({"../Notes"}).out.rfind("::warning file=../Notes/Dup.md,line=3,col=1,", 0), 0u);
  EXPECT_EQ(f.lint({"../Notes", "--format", "text"}).out.rfind("Notes/Dup.md:3:1: warning", 0), 0u);
}

// SARIF 2.1.0's required properties, and the references between them.
TEST(LintCli, SarifCarriesTheRequiredFieldsAndTheRuleCatalog) {
  LintCli f;
  f.fs.add_file("/home/me/vault/Notes/é.md", "---\né: 1\né: 2\n---\n");
  Outcome r = f.lint({"--format", "sarif"});
  EXPECT_EQ(r.code, 1);
  const Json j = Json::parse(r.out);
  EXPECT_EQ(j["version"], "2.1.0");
  EXPECT_EQ(j["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_EQ(j["runs"].size(), 1u);
  const Json& run = j["runs"][0];
  const Json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "goals");
  EXPECT_EQ(driver["version"], GOALS_VERSION);
  const Json& rules = driver["rules"];
  EXPECT_EQ(rules.size(), make_rules().size());
  for (const Json& rule : rules) {
    EXPECT_TRUE(rule["id"].is_string());
    EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty()) << rule["id"];
    EXPECT_TRUE(rule["defaultConfiguration"]["level"] == "error" ||
                rule["defaultConfiguration"]["level"] == "warning" ||
                rule["defaultConfiguration"]["level"] == "note");
    EXPECT_FALSE(rule["help"]["markdown"].get<std::string>().empty());
  }
  ASSERT_EQ(run["results"].size(), 3u);
  for (const Json& res : run["results"]) {
    EXPECT_TRUE(res["message"]["text"].is_string());
    const int index = res["ruleIndex"];
    EXPECT_EQ(rules[index]["id"], res["ruleId"]);
    const Json& loc = res["locations"][0]["physicalLocation"];
    EXPECT_TRUE(loc["artifactLocation"]["uri"].is_string());
    EXPECT_GE(loc["region"]["startLine"].get<int>(), 1);
    EXPECT_GE(loc["region"]["startColumn"].get<int>(), 1);
  }
  // Paths are URI references from the working directory; columns count code points.
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  EXPECT_EQ(run["results"][2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "../Notes/%C3%A9.md");
  EXPECT_EQ(run["results"][2]["level"], "warning");
  EXPECT_EQ(run["results"][0]["level"], "error");
}

TEST(LintCli, UnknownRuleIdsAreUsageErrors) {
  LintCli f;
  Outcome r = f.run({"lint", "--select", "vauge-goal"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --select: no rule 'vauge-goal'; did you mean 'vague-goal'? (goals lint "
            "--list-rules lists them)\n");
  EXPECT_EQ(f.run({"lint", "--ignore", "nope-nope-nope"}).code, 2);
}

TEST(LintCli, ExplainPrintsTheRulePage) {
  LintCli f;
  Outcome r = f.run({"lint", "--explain", "duplicate-key"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, std::string(rule_doc("duplicate-key")));
  Outcome bad = f.run({"lint", "--explain", "duplicate-keys"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("did you mean 'duplicate-key'?"), std::string::npos);
}

TEST(LintCli, ListRulesShowsConfiguredSeverities) {
  LintCli f;
  f.fs.add_file("/home/me/vault/.goals.yaml", "rules: {stale-goal: off, no-metric: error}\n");
  Outcome r = f.run({"lint", "--list-rules"});
  EXPECT_EQ(r.code, 0);
  std::istringstream in(r.out);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  EXPECT_EQ(lines.size(), make_rules().size());
  auto line_of = [&](const std::string& id) {
    for (const std::string& l : lines)
      if (l.rfind(id + " ", 0) == 0) return l;
    return std::string();
  };
  EXPECT_NE(line_of("stale-goal").find("  off "), std::string::npos);
  EXPECT_NE(line_of("no-metric").find("  error "), std::string::npos);
  EXPECT_NE(line_of("vague-goal").find("  warning "), std::string::npos);
  const Json j = Json::parse(f.run({"lint", "--list-rules", "--format", "json"}).out);
  EXPECT_EQ(j["rules"].size(), make_rules().size());
  EXPECT_EQ(f.run({"lint", "--list-rules", "--format", "sarif"}).code, 2);
}

TEST(LintCli, StdinStandsInForTheNamedNote) {
  LintCli f;
  f.stdin_text = "---\nb: 1\nb: 2\n---\n";
  // The buffer replaces the saved Dup.md (whose duplicate is `a`) ...
  Outcome r = f.lint({"-", "--stdin-path", "../Notes/Dup.md", "--format", "jsonl"});
  EXPECT_EQ(r.code, 1) << r.err;
  const Json d = Json::parse(r.out);
  EXPECT_EQ(d["path"], "Notes/Dup.md");
  EXPECT_EQ(d["message"],
            "property `b` is set twice (also on line 2), so Obsidian reads none of the note's "
            "properties; neither does goals");
  // ... or is a note not yet saved; only it is reported.
  Outcome fresh = f.lint({"-", "--stdin-path", "New.md"});
  EXPECT_EQ(fresh.code, 1) << fresh.err;
  EXPECT_EQ(fresh.out.rfind("Daily/New.md:3:1: warning: property `b`", 0), 0u) << fresh.out;
  f.stdin_text = "fine\n";
  EXPECT_EQ(f.lint({"-", "--stdin-path", "New.md"}).out, "no problems in 1 note\n");
}

TEST(LintCli, StdinPathMustBeANoteInsideTheVault) {
  LintCli f;
  f.stdin_text = "x\n";
  EXPECT_EQ(f.lint({"-", "--stdin-path", "/tmp/x.md"}).code, 2);
  EXPECT_EQ(f.lint({"-", "--stdin-path", "x.txt"}).code, 2);
  EXPECT_EQ(f.lint({"-", "--stdin-path", "No/Such/Folder/x.md"}).code, 2);
  EXPECT_EQ(f.lint({"-", "Notes"}).code, 2);
  EXPECT_EQ(f.lint({"../Notes", "--stdin-path", "x.md"}).code, 2);
}

TEST(LintCli, PathsMustExistInsideTheVault) {
  LintCli f;
  Outcome r = f.lint({"/etc"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "goals: '/etc' is not inside the vault '..'\n");
  Outcome missing = f.lint({"Nope.md"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err, "goals: 'Nope.md': no such file or folder\n");
  EXPECT_EQ(f.lint({"../Goals/Bad.md"}).code, 1);
}

TEST(LintCli, AnUnreadableNoteIsAnIoErrorNotAFinding) {
  LintCli f;
  f.fs.add_unreadable("/home/me/vault/Notes/Locked.md");
  Outcome r = f.run({"lint", "--select", "unreadable"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("Notes/Locked.md"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[unreadable]"), std::string::npos);
}

TEST(LintCli, ConfigProblemsGoToStderrAndDoNotChangeTheExitCode) {
  LintCli f;
  f.fs.add_file("/home/me/vault/.goals.yaml", "rules: {duplicate-kee: off}\n");
  Outcome r = f.lint({"../Daily"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, ".goals.yaml: warning: `rules` names unknown rule `duplicate-kee` [config]\n");
}

TEST(LintCli, ColourOnlyWhenAsked) {
  LintCli f;
  EXPECT_EQ(f.lint({"../Notes"}).out.find('\x1b'), std::string::npos);
  EXPECT_NE(f.lint({"../Notes", "--color", "always"}).out.find("\x1b[1;33mwarning"),
            std::string::npos);
}

TEST(LintCli, ControlCharactersInTheQuotedLineAreNeutralised) {
  LintCli f;
  f.fs.add_file("/home/me/vault/Notes/Esc.md", "---\nc: 1\nc: \"\x1b[31mred\"\n---\n");
  Outcome r =
      f.run({"lint", "--select", "duplicate-key", "../Notes/Esc.md", "--vault", "/home/me/vault"});
  EXPECT_NE(r.out.find(" 3 | c: \"\xEF\xBF\xBD[31mred\"\n"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace goals
