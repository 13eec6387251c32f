#include "goals/cli.h"

#include <algorithm>

#include "commands/command.h"
#include "goals/support/text.h"
#include "support/edit_distance.h"

namespace goals {

namespace {

/// `goals new goal` for the `new goal` subcommand; `goals` for the app.
std::string command_line(const CLI::App* app) {
  std::string path;
  for (; app->get_parent(); app = app->get_parent()) path = " " + app->get_name() + path;
  return "goals" + path;
}

/// The app at the top of `app`'s tree.
const CLI::App* root_of(const CLI::App* app) {
  while (app->get_parent()) app = app->get_parent();
  return app;
}

/// CLI11's help, then what a subcommand's help also needs: the global
/// options (they work after the command too), its notes and its examples.
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_footer(const CLI::App* app) const override {
    std::string out;
    const CLI::App* root = root_of(app);
    if (app != root) {
      const std::string group =
          make_group("Global options", false, root->get_options([](const CLI::Option* o) {
            return o->get_name() != "--help" && o->get_name() != "--version";
          }));
      out += group.substr(group.find_first_not_of('\n')) + "\n";
    }
    if (!app->get_footer().empty()) out += app->get_footer() + "\n\n";
    const std::string path = command_line(app).substr(std::string_view("goals").size());
    const std::span<const Example> examples = examples_of(path.empty() ? path : path.substr(1));
    if (!examples.empty()) {
      out += "Examples:\n";
      for (const Example& e : examples)
        out += std::string("  # ") + e.what + "\n  " + e.command + "\n";
    }
    return out;
  }
};

/// The deepest subcommand the command line chose (`new goal`), else the app.
const CLI::App* chosen(const CLI::App& app) {
  const CLI::App* a = &app;
  while (!a->get_subcommands().empty()) a = a->get_subcommands().front();
  return a;
}

/// Every option name that works at `app`: its own and, through fallthrough, its parents'.
std::vector<std::string> option_names(const CLI::App* app) {
  std::vector<std::string> names;
  for (; app; app = app->get_parent())
    for (const CLI::Option* o : app->get_options()) {
      for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
      for (const std::string& sn : o->get_snames()) names.push_back("-" + sn);
    }
  return names;
}

/// What CLI11 left unparsed, said the way the rest of goals says usage errors.
std::string extras_message(const CLI::App& app) {
  const CLI::App* at = chosen(app);
  const std::vector<std::string> extras = app.remaining(true);
  const std::string word = extras.empty() ? std::string() : extras.front();
  const std::string where = at == &app ? std::string() : " for '" + command_line(at) + "'";
  if (word.size() > 1 && word[0] == '-') {
    const std::string name = word.substr(0, word.find('='));
    return "unknown option '" + name + "'" + where + did_you_mean(name, option_names(at));
  }
  std::vector<std::string> commands;
  for (const CLI::App* sub : at->get_subcommands({}))
    if (!sub->get_group().empty()) commands.push_back(sub->get_name());
  if (!commands.empty()) {
    std::string m = "unknown command '" + word + "'" + where;
    if (at != &app) m += " (one of " + joined(commands, ", ") + ")";
    return m + did_you_mean(word, commands);
  }
  return "unexpected argument '" + word + "'" + where;
}

/// A missing command, option or argument, with what it is for.
std::string required_message(const CLI::App& app, const std::string& what) {
  const CLI::App* at = chosen(app);
  if (what == "A subcommand is required") {
    if (!app.remaining(true).empty()) return extras_message(app);
    std::vector<std::string> commands;
    for (const CLI::App* sub : at->get_subcommands({}))
      if (!sub->get_group().empty()) commands.push_back(sub->get_name());
    return "'" + command_line(at) + "' needs a command: " + joined(commands, ", ");
  }
  const std::string suffix = " is required";
  if (what.size() <= suffix.size() || !what.ends_with(suffix)) return what;
  const std::string name = what.substr(0, what.size() - suffix.size());
  const CLI::Option* opt = at->get_option_no_throw(name);
  std::string m = "'" + command_line(at) + "' needs " +
                  (opt && opt->get_positional() && opt->get_lnames().empty() ? "a " + name : name);
  if (opt && !opt->get_description().empty()) m += ": " + opt->get_description();
  return m;
}

/// An option given without its value (`--today` last on the line).
std::string value_message(const CLI::App& app, const std::string& what) {
  const std::size_t colon = what.find(':');
  if (colon == std::string::npos || !what.ends_with(" missing")) return what;
  const std::string name = what.substr(0, colon);
  for (const CLI::App* at = chosen(app); at; at = at->get_parent())
    if (const CLI::Option* opt = at->get_option_no_throw(name))
      return name + " needs a value: " + opt->get_description();
  return what;
}

/// The commands whose text output can run long and that ask nothing: what
/// git would page. `goals` alone is `status`.
constexpr std::string_view kPagedCommands[] = {"graph", "lint",   "list", "report",
                                               "show",  "status", "wins"};

/// Starts the pager, as git does, when the chosen command writes its text
/// to a terminal: GOALS_PAGER, else PAGER, else `less -FRX`, which leaves
/// at once when the text fits the screen; an empty pager or `cat` is none.
/// Never for a command that asks questions or keeps running (`--watch`).
void maybe_page(Io& io, const GlobalOptions& opts, const CLI::App& app) {
  if (opts.no_pager || !io.out_is_tty || !io.start_pager) return;
  const std::vector<CLI::App*> chosen = app.get_subcommands();
  const std::string name = chosen.empty() ? "status" : chosen.front()->get_name();
  if (std::find(std::begin(kPagedCommands), std::end(kPagedCommands), name) ==
      std::end(kPagedCommands))
    return;
  for (const CLI::App* sub : chosen)
    if (const CLI::Option* watch = sub->get_option_no_throw("--watch"); watch && watch->count() > 0)
      return;
  std::optional<std::string> pager = io.getenv("GOALS_PAGER");
  if (!pager) pager = io.getenv("PAGER");
  const std::string command = pager ? std::string(trim(*pager)) : "less -FRX";
  if (command.empty() || command == "cat") return;
  io.start_pager(command);
}

}  // namespace

void build_cli(CLI::App& app, GlobalOptions* opts, Runner* run) {
  app.formatter(std::make_shared<HelpFormatter>());
  app.set_version_flag("--version", std::string("goals ") + GOALS_VERSION);
  app.fallthrough();
  app.require_subcommand(0, 1);
  completes(app.add_option("--vault", opts->vault,
                           "Vault folder (default: $GOALS_VAULT, else the nearest "
                           "folder above holding .obsidian/ or .goals.yaml)"),
            ValueKind::Directory);
  completes(app.add_option("--today", opts->today,
                           "Treat this date (YYYY-MM-DD) as today ($GOALS_TODAY)"),
            ValueKind::Date);
  add_choice(&app, "--color", &opts->color, "Colour output: auto, always or never");
  app.add_flag("-q,--quiet", opts->quiet,
               "Do not print hints or problems found while loading notes (results and errors "
               "still print)");
  app.add_flag("-v,--verbose", opts->verbose, "Say which vault and config are used, and timings");
  app.add_flag("--ascii", opts->ascii, "Draw with ASCII only, even on a UTF-8 terminal");
  app.add_flag("--no-pager", opts->no_pager,
               "Do not page long output on a terminal ($GOALS_PAGER, else $PAGER, else less)");

  setup_base(app, run);
  setup_completion(app, run);
  setup_done(app, run);
  setup_drop(app, run);
  setup_export(app, run);
  setup_graph(app, run);
  setup_help(app, run);
  setup_init(app, run);
  setup_lint(app, run);
  setup_list(app, run);
  setup_move(app, run);
  setup_new(app, run);
  setup_report(app, run);
  setup_review(app, run);
  setup_show(app, run);
  setup_status(app, run);
  setup_touch(app, run);
  setup_wins(app, run);
}

int run_cli(int argc, const char* const* argv, Io& io) {
  CLI::App app{kAppDescription, "goals"};
  GlobalOptions opts;
  Runner run;
  build_cli(app, &opts, &run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    io.out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    io.out << e.what() << '\n';
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) message = extras_message(app);
    if (dynamic_cast<const CLI::RequiredError*>(&e)) message = required_message(app, message);
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) message = value_message(app, message);
    return usage_error(io, message, command_line(chosen(app)));
  }
  // GOALS_TODAY stands in for --today, so it is checked as early and the same way.
  if (!opts.today) {
    const std::string env = io.getenv("GOALS_TODAY").value_or("");
    if (!env.empty() && !Date::parse(env))
      return usage_error(io, "GOALS_TODAY: " + not_a_date(env), command_line(chosen(app)));
  }
  if (!run) {
    // Like `git status` in a repository: on its own inside a vault, `goals`
    // says where things stand; anywhere else it says there is no vault.
    if (!vault_at_hand(io, opts)) {
      return usage_error(io, kNoVaultMessage, "goals");
    }
    run = run_default_status;
  }
  maybe_page(io, opts, app);
  Session session(io, opts);
  return run(session);
}

}  // namespace goals
