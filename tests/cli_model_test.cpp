// describe_cli(): the command model completions and the man page come from.
#include <gtest/gtest.h>

#include <algorithm>

#include "commands/command.h"

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
  EXPECT_EQ(names, (std::vector<std::string>{"base", "done", "drop", "export", "graph", "help",
                                             "init", "lint", "list", "move", "new", "report",
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
