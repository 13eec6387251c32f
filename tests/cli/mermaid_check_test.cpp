// The Mermaid that goals writes, checked with Mermaid's own parser: the real
// binary's `report` and `graph --format mermaid` on the example vaults and on
// a vault of hostile titles go through tests/js/mermaid/check.mjs (Node.js,
// the mermaid package pinned by its package-lock.json). And the check itself
// must fail on broken blocks, so a pass means something.
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "run_binary.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;

const fs::path kCheckDir = fs::path(GOALS_SOURCE_DIR) / "tests" / "js" / "mermaid";

struct ProgramRun {
  int code = -1;
  std::string out, err;
};

// Runs `argv` (argv[0] looked up in PATH) with this process's environment,
// stdout and stderr captured through files.
ProgramRun run_program(const std::vector<std::string>& args, const fs::path& scratch) {
  const std::string out_path = (scratch / "stdout.txt").string();
  const std::string err_path = (scratch / "stderr.txt").string();
  std::vector<std::string> copy = args;
  std::vector<char*> argv;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ProgramRun r;
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    r.err = "cannot run " + args[0] + ": " + std::strerror(rc);
    return r;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  const auto slurp = [](const std::string& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
  };
  r.out = slurp(out_path);
  r.err = slurp(err_path);
  return r;
}

void write_file(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

class MermaidCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    // Never skipped: without the pinned parser this test cannot say anything.
    ASSERT_TRUE(fs::exists(kCheckDir / "node_modules" / "mermaid" / "package.json") &&
                fs::exists(kCheckDir / "node_modules" / "jsdom" / "package.json"))
        << "the Mermaid checker is not installed: run `npm ci` in tests/js/mermaid "
           "(scripts/test.sh does)";
    const char* tmp = std::getenv("TMPDIR");
    std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/goals-mermaid-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  /// Runs check.mjs on `files`.
  ProgramRun check(const std::vector<fs::path>& files) {
    std::vector<std::string> args{"node", (kCheckDir / "check.mjs").string()};
    for (const fs::path& f : files) args.push_back(f.string());
    return run_program(args, dir_);
  }

  /// The real binary's stdout for `args`, which must succeed.
  std::string goals(const std::vector<std::string>& args) {
    const goals_test::Result r = goals_test::run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  /// Writes the report and the graph (fenced) of `vault` as of `today` and checks both.
  void expect_parses(const std::string& vault, const std::string& name) {
    const fs::path report = fs::path(dir_) / (name + "-report.md");
    const fs::path graph = fs::path(dir_) / (name + "-graph.md");
    write_file(report, goals({"--vault", vault, "--today", "2026-11-22", "report"}));
    write_file(graph, "```mermaid\n" + goals({"--vault", vault, "graph", "--format", "mermaid"}) +
                          "```\n");
    const ProgramRun r = check({report, graph});
    EXPECT_EQ(r.code, 0) << r.err << r.out;
    // Both charts of the report and the graph were seen.
    EXPECT_NE(r.out.find("mermaid block 1 (gantt): ok"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("mermaid block 2 (flowchart-v2): ok"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(name + "-graph.md:1: mermaid block 1 (flowchart-v2): ok"),
              std::string::npos)
        << r.out;
  }

  std::string dir_;
};

TEST_F(MermaidCheck, EngineeringManagerExample) {
  expect_parses("examples/engineering-manager", "em");
}

TEST_F(MermaidCheck, ProductManagerExample) { expect_parses("examples/product-manager", "pm"); }

TEST_F(MermaidCheck, UxDesignerExample) { expect_parses("examples/ux-designer", "ux"); }

// Titles holding everything Mermaid, Markdown and YAML give meaning to.
TEST_F(MermaidCheck, HostileTitles) {
  const fs::path vault = fs::path(dir_) / "hostile";
  fs::create_directories(vault / ".obsidian");
  const std::map<std::string, std::string> notes{
      {"Vision/V.md",
       "---\ntype: vision\ntitle: \"Vision #1: [[all]] of it; 100% \\\"quoted\\\"\"\n---\n"},
      {"Goals/Hostile.md",
       "---\ntype: goal\nhorizon: medium\nparent: \"[[V]]\"\ndeadline: 2026-01-01\n"
       "title: \"Title: ship \\\"v2\\\" #1; 100% [[x]] <b>x</b> | a`b` & {c} (d) 中文 🚀\"\n---\n"},
      {"Goals/Section.md",
       "---\ntype: goal\nhorizon: short\nparent: \"[[Hostile]]\"\n---\n"
       "# section 2: click call href; end %% not a comment\n"},
      {"Goals/Emoji.md",
       "---\ntype: goal\nhorizon: short\nstatus: done\nparent: \"[[Hostile]]\"\n---\n"
       "# 🚀🎯 目標を達成する ﷽ e\xCC\x81 — “curly” ‘quotes’ ```fence``` ~~~\n"},
      {"Goals/Dropped.md",
       "---\ntype: goal\nhorizon: short\nstatus: dropped\nparent: \"[[Hostile]]\"\n---\n"
       "# title gantt dateFormat excludes weekday monday\n"},
      {"Sprints/S.md",
       "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4: sprint #2; 50% \"best\" [a] {b} <c>\n\n"
       "## Goal 1: [[Hostile]]\n"
       "- [ ] Week 1-2: Call: the #team; 0% done [[z]] 📅 2026-10-05\n"
       "- [x] Week 3: section 2 <done> & \"more\" ✅ 2026-10-16\n"
       "- [ ] Week 4: 2026-10-28 review; title: x\n"
       "## Goal 2: [[Section]]\n"
       "- [ ] Week 5: %% comment? #35; entity? &amp; ﬂ°°35¶ß\n"
       "## Goal 3: 2026-12-01 launch: v3 — 中文 🚀\n"
       "- [ ] Week 12: click here; call mom\n"},
      {"Sprints/Old.md",
       "---\ntype: sprint\nstart: 2026-07-01\nend: 2026-09-30\n---\n# todayMarker off\n\n"
       "## Goal 1: [[Emoji]]\n"
       "- [x] Week 1-13: accTitle: x ✅ 2026-09-01\n"},
  };
  for (const auto& [path, text] : notes) write_file(vault / path, text);
  expect_parses(vault.string(), "hostile");

  // In the vault, the dashboard itself gives lint nothing to say.
  const goals_test::Result w =
      goals_test::run({"--vault", vault.string(), "--today", "2026-11-22", "report", "--output",
                       (vault / "Dashboard.md").string()});
  ASSERT_EQ(w.exit_code, 0) << w.err;
  const goals_test::Result lint =
      goals_test::run({"--vault", vault.string(), "--today", "2026-11-22", "lint"});
  EXPECT_EQ(lint.out.find("Dashboard.md"), std::string::npos) << lint.out;
  EXPECT_EQ(lint.err.find("Dashboard.md"), std::string::npos) << lint.err;
}

// The check fails when it should: a parse error, a task Mermaid silently
// drops, a file without a block.
TEST_F(MermaidCheck, FailsOnABrokenFlowchart) {
  const fs::path f = fs::path(dir_) / "broken.md";
  write_file(f,
             "# ok then broken\n\n```mermaid\nflowchart LR\n  a(\"fine\") --> b\n```\n\n"
             "```mermaid\nflowchart LR\n  n1(\"a \"quoted\" word\")\n```\n");
  const ProgramRun r = check({f});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("broken.md:8: mermaid block 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Parse error on line 2"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("broken.md:3: mermaid block 1 (flowchart-v2): ok"), std::string::npos);
}

TEST_F(MermaidCheck, FailsOnAGanttTaskReadAsAKeyword) {
  const fs::path f = fs::path(dir_) / "dropped.md";
  write_file(f,
             "```mermaid\ngantt\n    dateFormat YYYY-MM-DD\n    section S\n"
             "    fine :done, s1, 2026-07-01, 92d\n"
             "    title of a goal :s2, 2026-07-01, 92d\n```\n");
  const ProgramRun r = check({f});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("names task s2, but Mermaid read no such task"), std::string::npos) << r.err;
}

TEST_F(MermaidCheck, FailsOnAGanttNameWithAColon) {
  const fs::path f = fs::path(dir_) / "colon.md";
  write_file(f,
             "```mermaid\ngantt\n    dateFormat YYYY-MM-DD\n    section S\n"
             "    Week 1: plan :done, s1, 2026-07-01, 92d\n```\n");
  const ProgramRun r = check({f});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("colon.md:1: mermaid block 1 (gantt)"), std::string::npos) << r.err;
}

TEST_F(MermaidCheck, FailsWithoutAMermaidBlock) {
  const fs::path f = fs::path(dir_) / "none.md";
  write_file(f, "# Nothing\n\n```js\nflowchart LR\n```\n");
  const ProgramRun r = check({f});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("none.md: no ```mermaid block"), std::string::npos) << r.err;
}

}  // namespace
