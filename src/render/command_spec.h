/// The command line as data, walked from the CLI11 app that parses it: what
/// shell completions and the man page are generated from, so that neither can
/// drift from the parser.
#pragma once

#include <string>
#include <vector>

namespace goals {

/// What an option's value is, for completing it in a shell.
enum class ValueKind {
  None,       ///< a flag: takes no value
  Text,       ///< free text
  Choice,     ///< one of OptionSpec::choices
  Path,       ///< a file
  Directory,  ///< a folder
  Date,       ///< YYYY-MM-DD
  Note,       ///< a note's title or path, as in a [[link]]
  Goal,       ///< a goal's title or path
  Rule,       ///< a lint rule id
};

/// A worked example for a command's help and man page.
struct Example {
  const char* command;  ///< what to type, starting with `goals`
  const char* what;     ///< what it does, one short line
};

/// One option or positional argument.
struct OptionSpec {
  std::vector<std::string> names;  ///< "-q", "--quiet"; a positional's name alone
  bool positional = false;
  bool repeatable = false;
  bool required = false;
  std::string value_name;  ///< "TEXT", "DATE", ...; empty for a flag
  ValueKind kind = ValueKind::None;
  std::vector<std::string> choices;  ///< for ValueKind::Choice: the words allowed
  std::string help;
};

/// A command and everything under it.
struct CommandSpec {
  std::string name;  ///< "goal"; "goals" for the whole tool
  std::string path;  ///< "new goal"; "" for the whole tool
  std::string description;
  std::vector<OptionSpec> options;
  std::vector<Example> examples;
  std::vector<CommandSpec> subcommands;
};

}  // namespace goals
