// The whole CLI in-process, on an in-memory vault with a fake environment.
#include "goals/cli.h"
#include "goals/io/memory_filesystem.h"

#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace goals {
namespace {

using testing_util::Outcome;

struct CliFixture : testing_util::CliRunner {
  CliFixture() {
    fs.add_dir("/home/me/vault/.obsidian");
    fs.add_file("/home/me/vault/Goals/Lead.md",
                "---\ntype: goal\nhorizon: long\ndeadline: 2027-06-30\n---\n# Lead a team\n");
    fs.add_file("/home/me/vault/Goals/Talk.md",
                "---\ntype: goal\nhorizon: short\nparent: \"[[Lead]]\"\n---\n");
    fs.add_file("/home/me/vault/Daily/2025-01-01.md", "Met about [[Talk]].\n");
  }
};

TEST(Cli, FindsVaultByWalkingUpAndPrintsPathsFromTheWorkingDirectory) {
  CliFixture f;
  Outcome r = f.run({"list", "--format", "paths"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "../Goals/Lead.md\n../Goals/Talk.md\n");
}

TEST(Cli, GlobalOptionsBeforeOrAfterTheSubcommand) {
  CliFixture f;
  Outcome a = f.run({"--vault", "/home/me/vault", "list", "--format", "tsv"});
  Outcome b = f.run({"list", "--format", "tsv", "--vault", "/home/me/vault"});
  EXPECT_EQ(a.code, 0);
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.out.substr(0, a.out.find('\n')),
            "path\ttitle\ttype\tstatus\thorizon\tdeadline\tdone\ttotal\ttags");
}

TEST(Cli, NullSeparatedPaths) {
  CliFixture f;
  f.fs = MemoryFileSystem("/home/me/vault");
  f.fs.add_dir("/home/me/vault/.obsidian");
  f.fs.add_file("/home/me/vault/A b.md", "---\ntype: goal\n---\n");
  Outcome r = f.run({"list", "-0"});
  EXPECT_EQ(r.out, std::string("A b.md\0", 7));
  Outcome bad = f.run({"list", "-0", "--format", "json"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "goals: -0 goes with --format paths\n");
}

TEST(Cli, UsageErrorsExitTwo) {
  CliFixture f;
  EXPECT_EQ(f.run({"list", "--sort", "colour"}).code, 2);
  EXPECT_EQ(f.run({"list", "--no-such-flag"}).code, 2);
  EXPECT_EQ(f.run({"show"}).code, 2);  // NOTE is required
  Outcome r = f.run({"--today", "2025-02-30", "show", "Lead"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --today: '2025-02-30' is not a date (YYYY-MM-DD)\nSee 'goals show --help'.\n");
  f.env["GOALS_TODAY"] = "tomorrow";
  EXPECT_EQ(
      f.run({"show", "Lead"}).err,
      "goals: GOALS_TODAY: 'tomorrow' is not a date (YYYY-MM-DD)\nSee 'goals show --help'.\n");
  // The same for the commands that never read today's date: it is refused before anything runs.
  Outcome listed = f.run({"list"});
  EXPECT_EQ(listed.code, 2);
  EXPECT_EQ(listed.out, "");
  EXPECT_EQ(
      listed.err,
      "goals: GOALS_TODAY: 'tomorrow' is not a date (YYYY-MM-DD)\nSee 'goals list --help'.\n");
  f.env.erase("GOALS_TODAY");
  Outcome missing = f.run({"show", "Nope"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err,
            "goals: no note named 'Nope' in vault '..'; create it with: goals new goal Nope\n");
  Outcome no_vault = f.run({"--vault", "/nowhere", "list"});
  EXPECT_EQ(no_vault.code, 2);
  EXPECT_EQ(no_vault.err, "goals: vault folder '/nowhere' does not exist or is not a folder\n");
}

/// CliFixture on a terminal with a pager that records its command line.
struct PagerCli : CliFixture {
  std::vector<std::string> pagers;
  PagerCli() {
    tty = true;
    start_pager = [this](const std::string& command) {
      pagers.push_back(command);
      return true;
    };
  }
};

// Like git: long read-only output on a terminal goes through GOALS_PAGER,
// else PAGER, else `less -FRX`; the command's text and exit code are as before.
TEST(Cli, ReadOnlyCommandsOnATerminalArePagedAsGitPages) {
  PagerCli f;
  const Outcome lint = f.run({"--today", "2026-11-22", "lint"});
  EXPECT_EQ(lint.code, 1);
  EXPECT_NE(lint.out.find("[no-deadline]"), std::string::npos) << lint.out;
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"list"}, {"show", "Lead"}, {"graph"}, {"wins"}, {"status"}, {}, {"report"}})
    EXPECT_NE(f.run(args).code, 2) << args.size();
  EXPECT_EQ(f.pagers, std::vector<std::string>(8, "less -FRX"));
  f.pagers.clear();
  f.env["PAGER"] = "more";
  f.run({"list"});
  f.env["GOALS_PAGER"] = " most -s ";
  f.run({"list"});
  EXPECT_EQ(f.pagers, (std::vector<std::string>{"more", "most -s"}));
}

TEST(Cli, NoPagerForPipesInteractiveCommandsWatchOrWhenTurnedOff) {
  PagerCli f;
  f.run({"--no-pager", "list"});
  f.run({"list", "--no-pager"});
  f.env["GOALS_PAGER"] = "cat";
  f.run({"list"});
  f.env["GOALS_PAGER"] = "";
  f.env["PAGER"] = "less";
  f.run({"list"});
  f.env.erase("GOALS_PAGER");
  f.env.erase("PAGER");
  f.run({"--help"});
  f.run({"--version"});
  f.run({"review", "--no-input", "--dry-run"});
  f.run({"new", "goal", "Paged", "--dry-run"});
  f.run({"report", "--watch"});
  f.run({"touch", "Lead", "--dry-run"});
  EXPECT_EQ(f.pagers, std::vector<std::string>{});
  f.tty = false;
  f.run({"list"});
  EXPECT_EQ(f.pagers, std::vector<std::string>{});
  f.tty = true;
  f.run({"list"});
  EXPECT_EQ(f.pagers, std::vector<std::string>{"less -FRX"});  // the fixture can page at all
}

TEST(Cli, UnknownCommandSuggestsTheNearest) {
  CliFixture f;
  Outcome r = f.run({"lsit"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "goals: unknown command 'lsit'; did you mean 'list'?\nSee 'goals --help'.\n");
  EXPECT_EQ(f.run({"frobnicate"}).err,
            "goals: unknown command 'frobnicate'\nSee 'goals --help'.\n");
  // A prefix of one command is near enough; two letters are not.
  EXPECT_EQ(f.run({"stat"}).err,
            "goals: unknown command 'stat'; did you mean 'status'?\nSee 'goals --help'.\n");
}

TEST(Cli, VersionAndHelpExitZero) {
  CliFixture f;
  Outcome v = f.run({"--version"});
  EXPECT_EQ(v.code, 0);
  EXPECT_EQ(v.out, std::string("goals ") + GOALS_VERSION + "\n");
  Outcome h = f.run({"--help"});
  EXPECT_EQ(h.code, 0);
  EXPECT_NE(h.out.find("list"), std::string::npos);
  EXPECT_EQ(f.run({"list", "--help"}).code, 0);
}

TEST(Cli, VaultFromEnvironment) {
  CliFixture f;
  f.fs = MemoryFileSystem("/tmp");
  f.fs.add_file("/elsewhere/G.md", "---\ntype: goal\n---\n");
  f.env["GOALS_VAULT"] = "/elsewhere";
  Outcome r = f.run({"list", "--format", "jsonl"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"path\":\"G.md\""), std::string::npos);
  Outcome verbose = f.run({"-v", "list"});
  EXPECT_EQ(verbose.err.rfind("goals: vault /elsewhere\ngoals: config (defaults)\n", 0), 0u)
      << verbose.err;
}

TEST(Cli, ColourFollowsTtyNoColorAndTerm) {
  CliFixture f;
  const std::string bold = "\x1b[1m";
  EXPECT_EQ(f.run({"list"}).out.find(bold), std::string::npos);  // not a terminal
  f.tty = true;
  EXPECT_NE(f.run({"list"}).out.find(bold), std::string::npos);
  f.env["NO_COLOR"] = "1";
  EXPECT_EQ(f.run({"list"}).out.find(bold), std::string::npos);
  EXPECT_NE(f.run({"--color", "always", "list"}).out.find(bold), std::string::npos);
  f.env.erase("NO_COLOR");
  f.env["TERM"] = "dumb";
  EXPECT_EQ(f.run({"list"}).out.find(bold), std::string::npos);
  f.tty = false;
  EXPECT_EQ(f.run({"--color", "never", "list"}).out.find(bold), std::string::npos);
}

TEST(Cli, LoadProblemsGoToStderrAndDoNotStopTheRun) {
  CliFixture f;
  f.fs.add_file("/home/me/vault/Bad.md", "---\ntype: goal\ndeadline: 2025-02-30\n---\n");
  Outcome r = f.run({"list", "--format", "paths"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "../Bad.md\n../Goals/Lead.md\n../Goals/Talk.md\n");
  EXPECT_NE(r.err.find("Bad.md:3:11: error: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[invalid-property]"), std::string::npos);
  EXPECT_EQ(f.run({"-q", "list"}).err, "");
}

}  // namespace
}  // namespace goals
