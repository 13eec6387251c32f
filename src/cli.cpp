#include "goals/cli.h"

#include <algorithm>

#include "commands/command.h"
#include "goals/support/text.h"
#include "support/edit_distance.h"

namespace goals {

namespace {

/// git's "did you mean": the nearest subcommand names within a small distance.
std::string suggest_command(const CLI::App& app, const std::string& word) {
  std::string best;
  std::size_t best_d = 3;
  for (const CLI::App* sub : app.get_subcommands({})) {
    std::size_t d = edit_distance(word, sub->get_name());
    if (d < best_d || (sub->get_name().rfind(word, 0) == 0 && !word.empty() && best.empty())) {
      best_d = std::min(d, best_d);
      best = sub->get_name();
    }
  }
  return best;
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
  app.add_flag("--no-pager", opts->no_pager,
               "Do not page long output on a terminal ($GOALS_PAGER, else $PAGER, else less)");

  setup_base(app, run);
  setup_done(app, run);
  setup_drop(app, run);
  setup_export(app, run);
  setup_graph(app, run);
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
  } catch (const CLI::ExtrasError& e) {
    const std::vector<std::string> extras = app.remaining();
    if (app.get_subcommands().empty() && !extras.empty() && extras.front().rfind('-', 0) != 0) {
      io.err << "goals: '" << extras.front() << "' is not a goals command. See 'goals --help'.\n";
      std::string near = suggest_command(app, extras.front());
      if (!near.empty()) io.err << "\nThe most similar command is\n\t" << near << '\n';
    } else {
      io.err << "goals: " << e.what() << '\n';
    }
    return kExitUsage;
  } catch (const CLI::ParseError& e) {
    io.err << "goals: " << e.what() << '\n';
    const CLI::App* sub = app.get_subcommands().empty() ? &app : app.get_subcommands().front();
    io.err << "Run 'goals " << (sub == &app ? "" : sub->get_name() + " ") << "--help' for usage.\n";
    return kExitUsage;
  }
  if (!run) {
    // Like `git status` in a repository: on its own inside a vault, `goals`
    // says where things stand; anywhere else it says there is no vault.
    if (!vault_at_hand(io, opts)) {
      io.err << "goals: " << kNoVaultMessage << "\nSee 'goals --help'.\n";
      return kExitUsage;
    }
    run = run_default_status;
  }
  maybe_page(io, opts, app);
  Session session(io, opts);
  return run(session);
}

}  // namespace goals
