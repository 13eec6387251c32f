#include "goals/cli.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "commands/command.h"
#include "goals/parse/config.h"
#include "render/diagnostic.h"
#include "support/edit_distance.h"

namespace goals {

bool Session::use_color(bool tty) const {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  if (!tty) return false;
  if (io.getenv("NO_COLOR").value_or("") != "") return false;
  return io.getenv("TERM").value_or("") != "dumb";
}

std::string Session::vault_name() {
  std::string p = vault_prefix();
  if (p.size() > 1 && p.back() == '/') p.pop_back();
  return p.empty() ? "." : p;
}

std::string Session::vault_prefix() {
  std::string named = options.vault.value_or(io.getenv("GOALS_VAULT").value_or(""));
  if (named.empty()) {
    const Vault* v = vault();
    named =
        v ? std::filesystem::path(v->root).lexically_relative(io.fs.current_dir()).string() : "";
    if (named == ".") named.clear();
  }
  if (!named.empty() && named.back() != '/') named += '/';
  return named;
}

std::optional<Date> parse_date_flag(Session& s, const std::optional<std::string>& v,
                                    const char* flag, bool* ok) {
  if (!v) return std::nullopt;
  std::optional<Date> d = Date::parse(*v);
  if (!d) {
    s.error(std::string(flag) + ": '" + *v + "' is not a date (YYYY-MM-DD)");
    *ok = false;
  }
  return d;
}

std::vector<std::string> split_values(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  for (const std::string& v : in) {
    std::size_t start = 0;
    while (start <= v.size()) {
      std::size_t comma = v.find(',', start);
      if (comma == std::string::npos) comma = v.size();
      if (comma > start) out.push_back(v.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

void Session::error(const std::string& message) const { io.err << "goals: " << message << '\n'; }

std::optional<Date> Session::today() {
  std::optional<std::string> text = options.today;
  const char* source = "--today";
  if (!text) {
    text = io.getenv("GOALS_TODAY");
    source = "GOALS_TODAY";
  }
  if (!text || text->empty()) return Date::today();
  if (auto d = Date::parse(*text)) return d;
  error(std::string(source) + " '" + *text + "' is not a date (YYYY-MM-DD)");
  return std::nullopt;
}

const Vault* Session::vault() {
  if (loaded_) return vault_.get();
  loaded_ = true;
  const auto started = std::chrono::steady_clock::now();
  const std::string root = find_vault_root(io.fs, options.vault, io.getenv("GOALS_VAULT"));
  if (io.fs.kind(root, /*follow=*/true) != EntryKind::Directory) {
    error("vault folder '" + options.vault.value_or(io.getenv("GOALS_VAULT").value_or(root)) +
          "' does not exist or is not a folder");
    return nullptr;
  }
  ConfigResult cfg = load_config(io.fs, root);
  const bool color = color_err();
  for (const Diagnostic& d : cfg.diagnostics) render_diagnostic_line(io.err, d, color);
  if (!cfg.ok()) return nullptr;
  if (options.verbose) {
    io.err << "goals: vault " << root << '\n';
    io.err << "goals: config " << (cfg.config.path.empty() ? "(defaults)" : cfg.config.path)
           << '\n';
  }
  vault_ = std::make_unique<Vault>(load_vault(io.fs, root, cfg.config));
  if (!options.quiet && print_load_problems)
    for (const Diagnostic& d : vault_->diagnostics) render_diagnostic_line(io.err, d, color);
  graph_ = std::make_unique<GoalGraph>(GoalGraph::build(*vault_));
  if (options.verbose) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    io.err << "goals: loaded " << vault_->notes.size() << " notes and "
           << vault_->files.size() - vault_->notes.size() << " other files in " << ms << " ms\n";
  }
  return vault_.get();
}

bool vault_at_hand(const Io& io, const GlobalOptions& options) {
  const std::optional<std::string> env = io.getenv("GOALS_VAULT");
  if ((options.vault && !options.vault->empty()) || (env && !env->empty())) return true;
  const std::string root = find_vault_root(io.fs, std::nullopt, std::nullopt);
  return io.fs.kind(path_join(root, ".obsidian"), true) == EntryKind::Directory ||
         io.fs.kind(path_join(root, ".goals.yaml"), true) == EntryKind::File;
}

const Vault* Session::vault_to_write() {
  const Vault* v = vault();
  if (!v) return nullptr;
  if (vault_at_hand(io, options)) return v;
  error("no vault here: no folder at or above " + v->root +
        " holds .obsidian/ or .goals.yaml; run `goals init` to make this one a vault, or name "
        "the vault with --vault DIR");
  return nullptr;
}

const GoalGraph* Session::graph() { return vault() ? graph_.get() : nullptr; }

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

}  // namespace

int run_cli(int argc, const char* const* argv, Io& io) {
  CLI::App app{"Lint, track and plan career goals kept in an Obsidian vault.", "goals"};
  GlobalOptions opts;
  app.set_version_flag("--version", std::string("goals ") + GOALS_VERSION);
  app.fallthrough();
  app.require_subcommand(0, 1);
  app.add_option("--vault", opts.vault,
                 "Vault folder (default: $GOALS_VAULT, else the nearest "
                 "folder above holding .obsidian/ or .goals.yaml)");
  app.add_option("--today", opts.today, "Treat this date (YYYY-MM-DD) as today ($GOALS_TODAY)");
  app.add_option("--color", opts.color, "Colour output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", opts.quiet, "Do not print problems found while loading notes");
  app.add_flag("-v,--verbose", opts.verbose, "Say which vault and config are used, and timings");

  Runner run;
  setup_export(app, &run);
  setup_graph(app, &run);
  setup_init(app, &run);
  setup_lint(app, &run);
  setup_list(app, &run);
  setup_new(app, &run);
  setup_report(app, &run);
  setup_review(app, &run);
  setup_show(app, &run);
  setup_status(app, &run);
  setup_wins(app, &run);

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
    // says where things stand; anywhere else it says how to use it.
    if (!vault_at_hand(io, opts)) {
      io.out << app.help();
      return kExitUsage;
    }
    run = run_default_status;
  }
  Session session(io, opts);
  return run(session);
}

}  // namespace goals
