// The completion scripts' generator on a tiny hand-built command tree, and
// on the real one: the tables each script completes from.
#include <gtest/gtest.h>

#include "commands/command.h"
#include "render/completion.h"

namespace goals {
namespace {

OptionSpec flag(std::vector<std::string> names) {
  OptionSpec o;
  o.names = std::move(names);
  return o;
}

OptionSpec value(std::vector<std::string> names, ValueKind kind,
                 std::vector<std::string> choices = {}) {
  OptionSpec o;
  o.names = std::move(names);
  o.kind = kind;
  o.value_name = "TEXT";
  o.choices = std::move(choices);
  return o;
}

OptionSpec positional(const std::string& name, ValueKind kind, bool repeatable) {
  OptionSpec o = value({name}, kind);
  o.positional = true;
  o.repeatable = repeatable;
  return o;
}

/// tool [--color auto|never] [-q] {open NOTE | add {task [--rule RULE] FILE...}}
CommandSpec tiny() {
  CommandSpec root;
  root.name = "tool";
  root.options = {value({"--color"}, ValueKind::Choice, {"auto", "never"}),
                  flag({"-q", "--quiet"})};
  CommandSpec open;
  open.name = open.path = "open";
  open.options = {positional("note", ValueKind::Note, false)};
  CommandSpec add;
  add.name = add.path = "add";
  add.options = {value({"--dir"}, ValueKind::Directory)};
  CommandSpec task;
  task.name = "task";
  task.path = "add task";
  task.options = {value({"--rule"}, ValueKind::Rule), positional("files", ValueKind::Path, true)};
  add.subcommands = {task};
  root.subcommands = {open, add};
  return root;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CompletionScript, BashTables) {
  const std::string s = completion_script(tiny(), Shell::Bash);
  EXPECT_TRUE(has(s,
                  "__tool_subcommands() {\n  case $1 in\n"
                  "    '') REPLY='open add' ;;\n"
                  "    'add') REPLY='task' ;;\n"
                  "    *) REPLY='' ;;\n"))
      << s;
  // A subcommand's options include those of the commands above it (not the
  // root's: every command gets those).
  EXPECT_TRUE(has(s,
                  "    'add') REPLY='--dir' ;;\n"
                  "    'add task') REPLY='--rule --dir' ;;\n"))
      << s;
  EXPECT_TRUE(has(s, "  REPLY=\"$REPLY --color -q --quiet\"\n")) << s;
  EXPECT_TRUE(has(s,
                  "    'open|#1') REPLY='note' ;;\n"
                  "    'add|--dir') REPLY='dir' ;;\n"
                  "    'add task|--rule') REPLY='rule' ;;\n"
                  "    'add task|--dir') REPLY='dir' ;;\n"
                  "    'add task|#1'*) REPLY='path' ;;\n"
                  "    *'|--color') REPLY='choice auto never' ;;\n"
                  "    *) REPLY='' ;;\n"))
      << s;
  EXPECT_TRUE(has(s, "done < <(command \"$tool\" \"${args[@]}\" __complete \"$what\" 2>/dev/null)"))
      << s;
  EXPECT_TRUE(s.ends_with("complete -F _tool tool\n")) << s;
}

TEST(CompletionScript, ZshIsAnFpathFunctionWithTheSameTables) {
  const std::string s = completion_script(tiny(), Shell::Zsh);
  EXPECT_TRUE(s.starts_with("#compdef tool\n")) << s;
  EXPECT_TRUE(has(s, "    'add task|#1'*) REPLY='path' ;;\n")) << s;
  EXPECT_TRUE(has(s, "    dir) _files -/ ;;\n")) << s;
  EXPECT_TRUE(
      s.ends_with("if [[ $funcstack[1] == _tool ]]; then\n  _tool \"$@\"\nelse\n"
                  "  compdef _tool tool\nfi\n"))
      << s;
}

TEST(CompletionScript, FishTables) {
  const std::string s = completion_script(tiny(), Shell::Fish);
  EXPECT_TRUE(has(s,
                  "function __tool_subcommands\n    switch \"$argv[1]\"\n"
                  "        case ''\n            string split ' ' -- 'open add'\n"
                  "        case 'add'\n            string split ' ' -- 'task'\n    end\nend\n"))
      << s;
  EXPECT_TRUE(has(s,
                  "        case 'add task|#1*'\n            echo 'path'\n"
                  "        case '*|--color'\n            echo 'choice auto never'\n    end\n"))
      << s;
  EXPECT_TRUE(s.ends_with("complete -c tool -f -a '(__tool_complete)'\n")) << s;
}

TEST(CompletionScript, QuotesWhatItQuotes) {
  CommandSpec root;
  root.name = "tool";
  root.options = {value({"--mode"}, ValueKind::Choice, {"it's"})};
  EXPECT_TRUE(has(completion_script(root, Shell::Bash), "*'|--mode') REPLY='choice it'\\''s' ;;"));
  EXPECT_TRUE(has(completion_script(root, Shell::Fish), "echo 'choice it\\'s'"));
}

TEST(CompletionScript, EveryCommandOfTheRealToolIsInEachScript) {
  CLI::App app{kAppDescription, "goals"};
  GlobalOptions opts;
  Runner run;
  build_cli(app, &opts, &run);
  const CommandSpec spec = describe_cli(app);
  for (Shell shell : {Shell::Bash, Shell::Zsh, Shell::Fish}) {
    const std::string s = completion_script(spec, shell);
    for (const CommandSpec& c : spec.subcommands) {
      EXPECT_TRUE(has(s, " " + c.name + " ") || has(s, "'" + c.name + " ") ||
                  has(s, " " + c.name + "'"))
          << c.name;
      for (const CommandSpec& sub : c.subcommands)
        EXPECT_TRUE(has(s, "'" + sub.path + "'")) << sub.path;
    }
    EXPECT_FALSE(has(s, "__complete'")) << "the hidden command is no candidate";
  }
}

}  // namespace
}  // namespace goals
