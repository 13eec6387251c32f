// describe_cli(): the command model completions and the man page come from.
#include <gtest/gtest.h>

#include <algorithm>

#include "commands/command.h"
#include "shell_words.h"

namespace goals {
namespace {

struct Model {
  CLI::App app{kAppDescription, "goals"};
  GlobalOptions opts;
  Runner run;
  CommandSpec spec;
  Model() {
    build_cli(app, &opts, &run);
    spec = describe_cli(app);
  }
};

const CommandSpec& sub(const CommandSpec& c, const std::string& name) {
  for (const CommandSpec& s : c.subcommands)
    if (s.name == name) return s;
  ADD_FAILURE() << "no subcommand " << name << " under '" << c.path << "'";
  return c;
}

const OptionSpec& option(const CommandSpec& c, const std::string& name) {
  for (const OptionSpec& o : c.options)
    if (std::find(o.names.begin(), o.names.end(), name) != o.names.end()) return o;
  ADD_FAILURE() << "no option " << name << " in '" << c.path << "'";
  return c.options.front();
}

TEST(CliModel, NamesEveryCommandWithItsPath) {
  Model m;
  EXPECT_EQ(m.spec.name, "goals");
  EXPECT_EQ(m.spec.path, "");
  EXPECT_EQ(m.spec.description, kAppDescription);
  std::vector<std::string> names;
  for (const CommandSpec& c : m.spec.subcommands) names.push_back(c.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"base", "completion", "done", "drop", "export", "graph",
                                      "help", "init", "lint", "list", "move", "new", "report",
                                      "review", "show", "status", "touch", "wins"}));
  EXPECT_EQ(sub(sub(m.spec, "new"), "goal").path, "new goal");
}

TEST(CliModel, GlobalOptionsCarryTheirValueKinds) {
  Model m;
  const OptionSpec& quiet = option(m.spec, "--quiet");
  EXPECT_EQ(quiet.names, (std::vector<std::string>{"-q", "--quiet"}));
  EXPECT_EQ(quiet.kind, ValueKind::None);
  EXPECT_EQ(quiet.value_name, "");
  EXPECT_EQ(option(m.spec, "--vault").kind, ValueKind::Directory);
  EXPECT_EQ(option(m.spec, "--today").kind, ValueKind::Date);
  const OptionSpec& color = option(m.spec, "--color");
  EXPECT_EQ(color.kind, ValueKind::Choice);
  EXPECT_EQ(color.choices, (std::vector<std::string>{"auto", "always", "never"}));
}

TEST(CliModel, SubcommandOptionsPositionalsAndDynamicValues) {
  Model m;
  const CommandSpec& lint = sub(m.spec, "lint");
  const OptionSpec& paths = option(lint, "paths");
  EXPECT_TRUE(paths.positional);
  EXPECT_TRUE(paths.repeatable);
  EXPECT_EQ(paths.kind, ValueKind::Path);
  EXPECT_EQ(option(lint, "--explain").kind, ValueKind::Rule);
  EXPECT_EQ(option(lint, "--select").kind, ValueKind::Rule);
  EXPECT_EQ(option(lint, "--fail-on").choices,
            (std::vector<std::string>{"error", "warning", "info", "never"}));
  const OptionSpec& note = option(sub(m.spec, "show"), "note");
  EXPECT_TRUE(note.required);
  EXPECT_EQ(note.kind, ValueKind::Note);
  EXPECT_EQ(option(sub(sub(m.spec, "new"), "goal"), "--parent").kind, ValueKind::Goal);
  EXPECT_EQ(option(sub(m.spec, "list"), "--tag").kind, ValueKind::Text);
}

TEST(CliModel, ExamplesComeFromTheTable) {
  Model m;
  ASSERT_FALSE(m.spec.examples.empty());
  EXPECT_EQ(std::string(m.spec.examples.front().command), "goals");
}

}  // namespace
}  // namespace goals

namespace goals {
namespace {

/// The words of an example up to its first `|` or `>`: what goals itself gets.
std::vector<std::string> shell_words(const std::string& line) {
  std::vector<std::string> words = goals_test::shell_words(line);
  const auto end = std::find_if(words.begin(), words.end(), [](const std::string& w) {
    return w == "|" || w.starts_with(">");
  });
  words.erase(end, words.end());
  return words;
}

TEST(CliModel, ShellWordsSplitLikeTheShell) {
  EXPECT_EQ(shell_words("goals touch Goals/A\\ b.md \"x y\" --to 'z' | wc -l"),
            (std::vector<std::string>{"goals", "touch", "Goals/A b.md", "x y", "--to", "z"}));
}

void expect_examples_parse(CLI::App& app, const std::string& path, int* seen) {
  const std::span<const Example> examples = examples_of(path);
  const bool hidden = app.get_group().empty() && app.get_parent();
  if (!hidden) {
    EXPECT_GE(examples.size(), 2u) << "'goals " << path << "' needs 2 or 3 examples";
    EXPECT_LE(examples.size(), 3u) << "'goals " << path << "'";
  }
  for (const Example& e : examples) {
    ++*seen;
    const std::vector<std::string> words = shell_words(e.command);
    ASSERT_FALSE(words.empty());
    EXPECT_EQ(words.front(), "goals");
    // A fresh app per example: CLI11 keeps what it parsed.
    CLI::App fresh{kAppDescription, "goals"};
    GlobalOptions opts;
    Runner run;
    build_cli(fresh, &opts, &run);
    std::vector<std::string> rev(words.rbegin(), words.rend() - 1);
    try {
      fresh.parse(rev);
    } catch (const CLI::ParseError& err) {
      ADD_FAILURE() << e.command << ": " << err.what();
    }
    // It shows the command it belongs to (the table's `export` examples are `export ics`'s).
    const std::string typed = "goals " + path;
    EXPECT_TRUE(std::string(e.command).starts_with(path.empty() ? "goals" : typed))
        << e.command << " is listed under '" << typed << "'";
  }
  for (CLI::App* sub : app.get_subcommands({}))
    expect_examples_parse(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(),
                          seen);
}

TEST(CliModel, EveryCommandHasExamplesThatParse) {
  Model m;
  int seen = 0;
  expect_examples_parse(m.app, "", &seen);
  EXPECT_EQ(seen, 55);  // all of the table: none is listed under a command that does not exist
}

}  // namespace
}  // namespace goals
