// Fixture vaults that carry their own expectations: tests/fixtures/rules/<dir>/.
//
// A marker names the rules expected on a line: `<!-- expect: rule [rule ...] -->`
// in a body, `# expect: rule` in front matter (a YAML comment). A marker on a
// line of its own applies to the next line; at the end of a line, to that
// line. `expect-file: rule` expects a finding about the whole file (line 0);
// `<!-- expect-path: PATH: rule -->` one about the whole file or folder at
// vault path PATH (a skipped symlink is no note that could carry a marker),
// `<!-- expect-path: PATH:LINE: rule -->` one at a line of a file that is no
// note (the Tasks plugin's settings).
// In a folder named after a rule only that rule's findings are compared, both
// ways (every expectation met, nothing unexpected: clean notes stay silent);
// in any other folder every rule's are. Today is 2026-11-22 in all of them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "goals/passes/lint.h"

namespace goals {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(GOALS_SOURCE_DIR) / "tests/fixtures/rules";

/// (path, line, rule)
using Finding = std::tuple<std::string, int, std::string>;

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::multiset<Finding> expectations(const Vault& v) {
  static const std::regex marker(R"((?:<!--|#)\s*expect(-file)?:\s*([a-z0-9, -]+?)\s*(?:-->|$))");
  static const std::regex path_marker(
      R"(<!--\s*expect-path:\s*(.+?)(?::(\d+))?:\s*([a-z0-9-]+)\s*-->)");
  std::multiset<Finding> out;
  for (const std::string& rel : v.files) {
    if (!rel.ends_with(".md")) continue;
    std::istringstream in(read_bytes(fs::path(v.root) / rel));
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
      if (!text.empty() && text.back() == '\r') text.pop_back();
      std::smatch pm;
      if (std::regex_search(text, pm, path_marker)) {
        out.emplace(pm[1].str(), pm[2].matched ? std::stoi(pm[2].str()) : 0, pm[3].str());
        continue;
      }
      for (std::sregex_iterator it(text.begin(), text.end(), marker), end; it != end; ++it) {
        const std::smatch& m = *it;
        const bool alone =
            text.substr(0, m.position(0)).find_first_not_of(" \t") == std::string::npos;
        const int target = m[1].matched ? 0 : alone ? line + 1 : line;
        std::istringstream rules(std::regex_replace(m[2].str(), std::regex(","), " "));
        for (std::string r; rules >> r;) out.emplace(rel, target, r);
      }
    }
  }
  return out;
}

struct FixtureRun {
  std::unique_ptr<Vault> vault;
  std::unique_ptr<GoalGraph> graph;
  LintResult result;
};

FixtureRun run_fixture(const fs::path& dir) {
  RealFileSystem rfs;
  FixtureRun r;
  ConfigResult cfg = load_config(rfs, dir.string());
  EXPECT_TRUE(cfg.ok()) << dir;
  r.vault = std::make_unique<Vault>(load_vault(rfs, dir.string(), cfg.config));
  r.graph = std::make_unique<GoalGraph>(GoalGraph::build(*r.vault));
  r.result = lint(*r.vault, *r.graph, *Date::parse("2026-11-22"), make_rules(), {});
  return r;
}

std::set<std::string> rule_ids() {
  std::set<std::string> ids;
  for (const auto& r : make_rules()) ids.emplace(r->info().id);
  return ids;
}

std::vector<fs::path> fixture_dirs() {
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(kFixtures))
    if (e.is_directory()) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

class RuleFixture : public testing::TestWithParam<fs::path> {};

TEST_P(RuleFixture, FindsExactlyWhatItsNotesExpect) {
  const fs::path dir = GetParam();
  const std::string name = dir.filename().string();
  const bool one_rule = rule_ids().contains(name);
  FixtureRun run = run_fixture(dir);
  EXPECT_TRUE(run.result.config_problems.empty())
      << dir << ": " << run.result.config_problems.front().message;

  std::multiset<Finding> expected;
  for (const Finding& f : expectations(*run.vault))
    if (!one_rule || std::get<2>(f) == name) expected.insert(f);
  ASSERT_FALSE(expected.empty()) << dir << " expects nothing: a fixture that cannot fail";

  std::multiset<Finding> actual;
  std::map<Finding, std::string> messages;
  for (const Diagnostic& d : run.result.diagnostics) {
    if (one_rule && d.rule != name) continue;
    Finding f{d.path, d.line, d.rule};
    actual.insert(f);
    messages[f] = d.message;
  }
  for (const Finding& f : expected)
    if (actual.count(f) < expected.count(f))
      ADD_FAILURE() << "missing: " << std::get<0>(f) << ":" << std::get<1>(f) << " ["
                    << std::get<2>(f) << "]";
  for (const Finding& f : actual)
    if (expected.count(f) < actual.count(f))
      ADD_FAILURE() << "unexpected: " << std::get<0>(f) << ":" << std::get<1>(f) << " ["
                    << std::get<2>(f) << "] " << messages[f];
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, testing::ValuesIn(fixture_dirs()),
                         [](const testing::TestParamInfo<fs::path>& p) {
                           std::string n = p.param.filename().string();
                           std::replace(n.begin(), n.end(), '-', '_');
                           return n;
                         });

// Rules whose trigger cannot live in a checked-in file; their unit tests
// build the vault in memory instead (lint_loader_rules_test.cpp).
const std::set<std::string> kNoFixture = {"file-too-large", "unreadable"};

TEST(RuleCatalog, EveryRuleHasAFixtureAndADocPage) {
  for (const std::string& id : rule_ids()) {
    if (!kNoFixture.contains(id)) {
      EXPECT_TRUE(fs::is_directory(kFixtures / id)) << "no fixture folder for " << id;
    }
    EXPECT_TRUE(fs::exists(fs::path(GOALS_SOURCE_DIR) / "docs/rules" / (id + ".md")))
        << "no docs/rules/" << id << ".md";
    EXPECT_FALSE(rule_doc(id).empty()) << "no embedded page for " << id;
  }
}

TEST(RuleCatalog, EveryDocPageIsARule) {
  const std::set<std::string> ids = rule_ids();
  for (const auto& e : fs::directory_iterator(fs::path(GOALS_SOURCE_DIR) / "docs/rules")) {
    if (e.path().extension() != ".md" || e.path().stem() == "README") continue;
    EXPECT_TRUE(ids.contains(e.path().stem().string())) << e.path() << " documents no rule";
  }
}

TEST(RuleCatalog, RegisteredOncePerIdInSortedOrder) {
  std::vector<std::string> ids;
  for (const auto& r : make_rules()) ids.emplace_back(r->info().id);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
  EXPECT_EQ(ids.size(), 32u);
}

TEST(RuleCatalog, EmbeddedPageIsTheDocFile) {
  EXPECT_EQ(std::string(rule_doc("vague-goal")),
            read_bytes(fs::path(GOALS_SOURCE_DIR) / "docs/rules/vague-goal.md"));
  EXPECT_TRUE(rule_doc("no-such-rule").empty());
}

}  // namespace
}  // namespace goals
