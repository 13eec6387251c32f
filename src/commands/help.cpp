#include <algorithm>
#include <memory>

#include "commands/command.h"

namespace goals {

namespace {

/// Whether goals(1) is installed where man finds it (`man -w` prints its
/// path, which the shell throws away).
bool man_page_installed(const Io& io) {
  return io.spawn({"sh", "-c", "man -w goals >/dev/null 2>&1"}) == 0;
}

int run_help(CLI::App& app, const std::vector<std::string>& words, Session& s) {
  // Checked against the command model, so that hidden commands stay hidden.
  const CommandSpec spec = describe_cli(app);
  const CommandSpec* at = &spec;
  CLI::App* target = &app;
  std::string typed;
  for (const std::string& w : words) {
    typed += (typed.empty() ? "" : " ") + w;
    const auto it = std::find_if(at->subcommands.begin(), at->subcommands.end(),
                                 [&](const CommandSpec& c) { return c.name == w; });
    if (it == at->subcommands.end()) {
      // Worded as an unknown command on the command line is (cli.cpp).
      std::vector<std::string> names;
      for (const CommandSpec& c : at->subcommands) names.push_back(c.name);
      const std::string where = at->path.empty() ? "" : " for 'goals " + at->path + "'";
      return usage_error(s.io, "unknown command '" + w + "'" + where + did_you_mean(w, names),
                         "goals help");
    }
    at = &*it;
    target = target->get_subcommand(w);
  }
  // On a terminal the whole manual, when it is installed; man finds the
  // command's section by search (/goals list). In a pipe, or without the
  // page, the command's own --help text.
  if (s.io.out_is_tty && s.io.spawn && man_page_installed(s.io) &&
      s.io.spawn({"man", "goals"}) == 0)
    return kExitOk;
  // What `goals list --help` prints: CLI11 names the command by its whole path.
  s.io.out << target->get_formatter()->make_help(
      target, at->path.empty() ? "goals" : "goals " + at->path, CLI::AppFormatMode::Normal);
  return kExitOk;
}

}  // namespace

void setup_help(CLI::App& app, Runner* run) {
  auto words = std::make_shared<std::vector<std::string>>();
  CLI::App* sub = app.add_subcommand(
      "help", "Show a command's help: the man page on a terminal, else its --help text");
  sub->add_option("command", *words, "The command, as typed after goals: list, new goal");
  // The app outlives the run: run_cli() holds both.
  sub->callback([&app, words, run] {
    *run = [&app, words](Session& s) { return run_help(app, *words, s); };
  });
}

}  // namespace goals
