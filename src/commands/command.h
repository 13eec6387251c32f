/// What every subcommand gets: the global options and a lazily loaded vault.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "goals/io/io.h"
#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/support/date.h"
#include "goals/support/names.h"
#include "render/command_spec.h"
#include "render/common.h"

namespace goals {

/// `--color`: whether text is coloured.
enum class ColorMode { Auto, Always, Never };
inline constexpr Named<ColorMode> kColorModeNames[] = {
    {"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}};
constexpr std::span<const Named<ColorMode>> names_of(ColorMode) { return kColorModeNames; }

struct GlobalOptions {
  std::optional<std::string> vault;
  std::optional<std::string> today;
  ColorMode color = ColorMode::Auto;
  bool quiet = false;
  bool verbose = false;
  bool ascii = false;
  bool no_pager = false;
};

/// What a command works on: the vault, its goal graph and today's date.
struct Loaded {
  const Vault& vault;
  const GoalGraph& graph;
  Date today;
};

/// How wide text for people may be: COLUMNS when it is a positive number,
/// else `terminal_columns` (the terminal's, 0 when none), else 80 with
/// prose unwrapped (a pipe). Clamped to 60..200: narrower than 60 is laid
/// out at 60 (the terminal wraps what is left; bars and columns below that
/// say nothing), and wider than 200 lines only get harder to read.
Width text_width(const Io& io, int terminal_columns);

/// One run of the tool: loads the vault once, on first use.
class Session {
 public:
  Session(Io& io, const GlobalOptions& options) : io(io), options(options) {}

  /// The vault, its graph and today (`--today`, else GOALS_TODAY, else the
  /// clock); nullopt after reporting why not (exit 2): a date that is no
  /// date (checked first, so nothing is read then) or a vault that could not
  /// be loaded. Load problems in notes are printed to stderr.
  std::optional<Loaded> load();
  /// The vault's root folder (find_vault_root), unread; nullopt after
  /// reporting kNoVaultMessage when no vault is named or found.
  std::optional<std::string> root() const;
  /// The vault alone, for the commands that never read today's date (`list`,
  /// `graph`: a bad --today is none of their business); nullptr as load().
  const Vault* vault();
  /// The goal graph of vault(); nullptr when vault() is.
  const GoalGraph* graph();
  /// Whether to colour text written to stdout / stderr (`--color`, NO_COLOR, TERM=dumb).
  bool color_out() const { return use_color(io.out_is_tty); }
  bool color_err() const { return use_color(io.err_is_tty); }
  /// How wide text to stdout / stderr may be (text_width()).
  Width width_out() const { return text_width(io, io.out_columns); }
  Width width_err() const { return text_width(io, io.err_columns); }
  /// What to put before a vault-relative path so that it works from the
  /// working directory: the vault as named by --vault or GOALS_VAULT, else the
  /// way from the working directory to the root found ("" or "../" ...).
  std::string vault_prefix();
  /// The vault folder as the user can type it (vault_prefix() without the slash, or ".").
  std::string vault_name();
  /// Prints `goals: message` to stderr.
  void error(const std::string& message) const;
  /// The time of day as HH:mm for `{{time}}` in templates: the clock's,
  /// or 00:00 when the day is given (`--today`, GOALS_TODAY), so that a
  /// given day writes the same note every time.
  std::string time_of_day();

  Io& io;
  const GlobalOptions& options;
  /// Whether vault() prints the loader's findings to stderr (lint reports them itself).
  bool print_load_problems = true;
  /// Whether vault() keeps templates' own findings (`goals lint --include-templates`).
  bool lint_templates = false;

 private:
  std::optional<Date> today();
  bool use_color(bool tty) const;
  bool loaded_ = false;
  std::unique_ptr<Vault> vault_;
  std::unique_ptr<GoalGraph> graph_;
};

/// A subcommand's body, chosen while parsing and run afterwards.
using Runner = std::function<int(Session&)>;

/// The date a `--flag YYYY-MM-DD` option holds (nullopt when not given);
/// a bad value is reported and clears `*ok`.
std::optional<Date> parse_date_flag(Session& s, const std::optional<std::string>& v,
                                    const char* flag, bool* ok);

/// The name of add_choice()'s validator, by which describe_cli() finds the words.
inline constexpr std::string_view kChoiceValidator = "choice";

// Usage errors, worded one way for commands, options and values alike: what
// was wrong, what is allowed, and the nearest allowed word when one is near.

/// `a, b, c`.
std::string joined(const std::vector<std::string>& words, std::string_view sep);
/// "; did you mean 'list'?" for the candidate nearest `word`, or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);
/// "'gaol' is not one of vision, goal, ...; did you mean 'goal'?"
std::string not_one_of(std::string_view word, const std::vector<std::string>& allowed);
/// "'garbage' is not a date (YYYY-MM-DD)"
std::string not_a_date(std::string_view text);
/// Prints `goals: message` and "See '<command> --help'." to stderr; returns kExitUsage.
int usage_error(Io& io, const std::string& message, const std::string& command);

/// The check behind add_choice(): accepts exactly the words of E's table and
/// refuses anything else with not_one_of(); help shows `TEXT:{text,json}`.
/// (CLI::CheckedTransformer would also take the enum's numbers.)
template <class E>
CLI::Validator word_check() {
  return CLI::Validator(
      [](std::string& word) {
        return from_word<E>(word) ? std::string() : not_one_of(word, words_of<E>());
      },
      "{" + joined_words<E>(",") + "}", std::string(kChoiceValidator));
}

/// Adds an option `name` taking one of the words of E's table into `*out`.
template <class E>
CLI::Option* add_choice(CLI::App* app, const std::string& name, E* out, const std::string& help) {
  return app
      ->add_option_function<std::string>(
          name, [out](const std::string& word) { *out = *from_word<E>(word); }, help)
      ->check(word_check<E>());
}
/// add_choice() for an option whose absence matters (`*out` stays nullopt).
template <class E>
CLI::Option* add_choice(CLI::App* app, const std::string& name, std::optional<E>* out,
                        const std::string& help) {
  return app
      ->add_option_function<std::string>(
          name, [out](const std::string& word) { *out = from_word<E>(word); }, help)
      ->check(word_check<E>());
}

/// Splits repeated and comma-separated values: `--type goal,sprint --type review`.
std::vector<std::string> split_values(const std::vector<std::string>& in);

/// `text` as one word for a POSIX shell, as the user would type it: bare
/// when it holds only safe characters, else in double quotes when nothing
/// in it is special there, else in single quotes.
std::string shell_word(std::string_view text);

/// What kind of note a name the user gave was meant to be, for the command
/// that creates one.
enum class WantedNote { Goal, LongGoal, Sprint };

/// The error for a note named by the user that is not in the vault, with
/// the command that creates it: "--parent: no note named 'X' in vault 'v';
/// create it with: goals new goal "X" --horizon long". `flag` ("--parent",
/// or "" for an argument) starts the message.
std::string no_note_message(Session& s, std::string_view flag, const std::string& name,
                            WantedNote wanted);

/// `goals status` with its defaults: what a bare `goals` runs inside a vault.
int run_default_status(Session& s);

/// Whether a vault is at hand: one named by --vault or GOALS_VAULT, or a
/// folder at or above the working directory holding `.obsidian/` or `.goals.yaml`.
bool vault_at_hand(const Io& io, const GlobalOptions& options);

/// What every command says when no vault is named or found (exit 2), as
/// git says "not a git repository".
inline constexpr const char* kNoVaultMessage =
    "not inside a vault (no .obsidian/ or .goals.yaml here or above); use --vault DIR or "
    "`goals init`";

/// The one-line description `goals --help` starts with.
inline constexpr const char* kAppDescription =
    "Lint, track and plan career goals kept in an Obsidian vault.";

/// Builds the whole command line into `app`: the global options into `*opts`
/// and every subcommand, whose body is put in `*run` when it is chosen. The
/// one model that parsing, help, completions and the man page come from.
void build_cli(CLI::App& app, GlobalOptions* opts, Runner* run);

/// The command line `app` holds, as data (after build_cli()).
CommandSpec describe_cli(CLI::App& app);

/// Tags `opt` with what its value is, for completions (a choice needs no tag).
CLI::Option* completes(CLI::Option* opt, ValueKind kind);

/// The examples of the command at `path` ("" for `goals`, "new goal" for
/// `goals new goal`); empty when it has none.
std::span<const Example> examples_of(std::string_view path);

// One file per subcommand: each adds itself to `app` and sets `*run` when chosen.
void setup_base(CLI::App& app, Runner* run);
void setup_completion(CLI::App& app, Runner* run);
void setup_done(CLI::App& app, Runner* run);
void setup_drop(CLI::App& app, Runner* run);
void setup_export(CLI::App& app, Runner* run);
void setup_graph(CLI::App& app, Runner* run);
void setup_help(CLI::App& app, Runner* run);
void setup_init(CLI::App& app, Runner* run);
void setup_lint(CLI::App& app, Runner* run);
void setup_list(CLI::App& app, Runner* run);
void setup_move(CLI::App& app, Runner* run);
void setup_new(CLI::App& app, Runner* run);
void setup_report(CLI::App& app, Runner* run);
void setup_review(CLI::App& app, Runner* run);
void setup_show(CLI::App& app, Runner* run);
void setup_status(CLI::App& app, Runner* run);
void setup_touch(CLI::App& app, Runner* run);
void setup_wins(CLI::App& app, Runner* run);

}  // namespace goals
