// `goals help [COMMAND...]`: the man page on a terminal when it is installed,
// else the command's --help text; an unknown command is a usage error.
#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace goals {
namespace {

using testing_util::CliRunner;
using Argv = std::vector<std::string>;

TEST(HelpCommand, PrintsWhatDashDashHelpPrints) {
  CliRunner r;
  for (const Argv& words : {Argv{}, Argv{"list"}, Argv{"new"}, Argv{"new", "goal"}}) {
    Argv help = {"help"};
    help.insert(help.end(), words.begin(), words.end());
    Argv dash = words;
    dash.push_back("--help");
    const auto got = r.run(help);
    const auto want = r.run(dash);
    EXPECT_EQ(got.code, 0);
    EXPECT_EQ(got.err, "");
    EXPECT_EQ(got.out, want.out) << "goals help " << ::testing::PrintToString(words);
  }
  EXPECT_EQ(r.run({"help", "new", "goal"}).out.rfind("Write a goal note", 0), 0u)
      << r.run({"help", "new", "goal"}).out;
}

TEST(HelpCommand, OpensTheManPageOnATerminalWhenManFindsIt) {
  CliRunner r;
  r.tty = true;
  std::vector<Argv> ran;
  r.spawn = [&](const Argv& argv) {
    ran.push_back(argv);
    return 0;
  };
  const auto o = r.run({"help", "list"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(ran,
            (std::vector<Argv>{{"sh", "-c", "man -w goals >/dev/null 2>&1"}, {"man", "goals"}}));
}

TEST(HelpCommand, PrintsTheHelpWhenManHasNoPage) {
  CliRunner r;
  r.tty = true;
  std::vector<Argv> ran;
  r.spawn = [&](const Argv& argv) {
    ran.push_back(argv);
    return 16;  // man -w: no page found
  };
  const auto o = r.run({"help", "list"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(ran.size(), 1u);
  EXPECT_EQ(o.out, r.run({"list", "--help"}).out);
}

TEST(HelpCommand, NeverRunsManIntoAPipe) {
  CliRunner r;
  int spawned = 0;
  r.spawn = [&](const Argv&) { return ++spawned, 0; };
  EXPECT_EQ(r.run({"help"}).code, 0);
  EXPECT_EQ(spawned, 0);
}

TEST(HelpCommand, UnknownCommandIsAUsageErrorWithASuggestion) {
  CliRunner r;
  auto o = r.run({"help", "new", "gaol"});
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err,
            "goals: unknown command 'gaol' for 'goals new'; did you mean 'goal'?\n"
            "See 'goals help --help'.\n");
  o = r.run({"help", "list", "goal"});
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(o.err, "goals: unknown command 'goal' for 'goals list'\nSee 'goals help --help'.\n");
}

}  // namespace
}  // namespace goals
