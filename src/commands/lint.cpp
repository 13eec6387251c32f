#include <filesystem>
#include <iterator>
#include <map>
#include <sstream>

#include "commands/command.h"
#include "goals/passes/lint.h"
#include "goals/support/rule_ids.h"
#include "goals/support/text.h"
#include "render/diagnostic.h"
#include "render/lint.h"
#include "support/edit_distance.h"

namespace goals {

namespace {

/// `--fail-on`: the least severe finding that makes lint exit 1.
enum class FailOn { Error, Warning, Info, Never };
constexpr Named<FailOn> kFailOnNames[] = {{"error", FailOn::Error},
                                          {"warning", FailOn::Warning},
                                          {"info", FailOn::Info},
                                          {"never", FailOn::Never}};
constexpr std::span<const Named<FailOn>> names_of(FailOn) { return kFailOnNames; }

struct LintCommandOptions {
  std::vector<std::string> paths;
  std::optional<LintFormat> format;
  FailOn fail_on = FailOn::Warning;
  std::vector<std::string> select, ignore;
  bool list_rules = false;
  std::optional<std::string> explain;
  std::optional<std::string> stdin_path;
  bool no_summary = false;
  bool include_templates = false;
};

std::string near_rule(const std::vector<std::unique_ptr<Rule>>& rules, std::string_view word) {
  std::string best;
  std::size_t best_d = 4;
  for (const auto& r : rules)
    if (const std::size_t d = edit_distance(word, r->info().id); d < best_d) {
      best_d = d;
      best = std::string(r->info().id);
    }
  return best;
}

/// Checks rule ids given on the command line; a typo is a usage error, not a silent no-op.
bool known_rules(Session& s, const std::vector<std::unique_ptr<Rule>>& rules,
                 const std::vector<std::string>& ids, const char* flag) {
  for (const std::string& id : ids) {
    if (id == "all") continue;
    const bool found =
        std::any_of(rules.begin(), rules.end(), [&](const auto& r) { return r->info().id == id; });
    if (found) continue;
    const std::string near = near_rule(rules, id);
    s.error(std::string(flag) + ": no rule '" + id + "'" +
            (near.empty() ? "" : "; did you mean '" + near + "'?") +
            " (goals lint --list-rules lists them)");
    return false;
  }
  return true;
}

/// `arg` (relative to the working directory) as a path below `root`, or nullopt.
std::optional<std::string> vault_relative(const FileSystem& fs, const std::string& root,
                                          const std::string& arg) {
  namespace stdfs = std::filesystem;
  const stdfs::path abs = stdfs::path(path_join(fs.current_dir(), arg)).lexically_normal();
  std::string rel = abs.lexically_relative(stdfs::path(root).lexically_normal()).string();
  if (rel.empty() || rel == ".." || rel.starts_with("../")) return std::nullopt;
  if (rel == ".") rel.clear();
  while (!rel.empty() && rel.back() == '/') rel.pop_back();
  return rel;
}

int explain(Session& s, const std::vector<std::unique_ptr<Rule>>& rules, const std::string& id) {
  const std::string_view page = rule_doc(id);
  if (page.empty()) {
    const std::string near = near_rule(rules, id);
    s.error("no rule '" + id + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?") +
            " (goals lint --list-rules lists them)");
    return kExitUsage;
  }
  s.io.out << page;
  return kExitOk;
}

int list_rules(Session& s, const std::vector<std::unique_ptr<Rule>>& rules, bool json) {
  // Outside a vault the catalog still lists, with the default severities.
  const std::optional<std::string> root =
      find_vault_root(s.io.fs, s.options.vault, s.io.getenv("GOALS_VAULT"));
  ConfigResult cfg = root ? load_config(s.io.fs, *root) : ConfigResult{};
  for (const Diagnostic& d : cfg.diagnostics) render_diagnostic_line(s.io.err, d, s.color_err());
  if (!cfg.ok()) return kExitUsage;
  render_rule_list(s.io.out, rules, cfg.config, json, Style{s.color_out()});
  return kExitOk;
}

/// Reads notes' lines for the text excerpts, one file at a time (findings come sorted by path).
class SourceLines {
 public:
  SourceLines(const FileSystem& fs, std::string root) : fs_(fs), root_(std::move(root)) {}

  /// Line `line` of `path`; valid until a call for another note.
  std::optional<std::string_view> operator()(const std::string& path, int line) {
    if (path != path_) {
      path_ = path;
      text_.clear();
      starts_.clear();
      std::string err;
      if (fs_.read_file(path_join(root_, path), &text_, &err, kMaxBytes) ==
          FileSystem::Status::Okay) {
        if (text_.starts_with("\xEF\xBB\xBF")) text_.erase(0, 3);
        // Lines as the parser counts them: `\n`, `\r\n` or a lone `\r` ends one.
        for (std::size_t start = 0;;) {
          const std::size_t end = find_line_end(text_, start);
          starts_.emplace_back(start, end);
          if (end == text_.size()) break;
          start = end + line_ending_size(text_, end);
        }
      }
    }
    if (line < 1 || static_cast<std::size_t>(line) > starts_.size()) return std::nullopt;
    const auto [start, end] = starts_[static_cast<std::size_t>(line) - 1];
    return std::string_view(text_).substr(start, end - start);
  }

 private:
  static constexpr std::size_t kMaxBytes = 8 * 1024 * 1024;
  const FileSystem& fs_;
  std::string root_;
  std::string path_;
  std::string text_;
  std::vector<std::pair<std::size_t, std::size_t>> starts_;  // [start, end) of each line
};

/// The format asked for; without --format, github under GitHub Actions, else text.
LintFormat chosen_format(const Session& s, const LintCommandOptions& o) {
  if (o.format) return *o.format;
  return s.io.getenv("GITHUB_ACTIONS").value_or("") == "true" ? LintFormat::Github
                                                              : LintFormat::Text;
}

/// Whether the paths ask for one note read from standard input (`goals lint -`).
bool reads_stdin(const LintCommandOptions& o) {
  return o.paths.size() == 1 && o.paths.front() == "-";
}

/// `-` stands alone, and --stdin-path goes with it; false after saying otherwise.
bool stdin_flags_fit(Session& s, const LintCommandOptions& o) {
  if (!reads_stdin(o) && std::find(o.paths.begin(), o.paths.end(), "-") != o.paths.end()) {
    s.error("'-' (a note from standard input) cannot be mixed with other paths");
    return false;
  }
  if (o.stdin_path && !reads_stdin(o)) {
    s.error("--stdin-path names the note read by 'goals lint -'");
    return false;
  }
  return true;
}

/// The vault as the user would type it, for messages (never loads it).
std::string shown_vault(const Session& s, const std::string& root) {
  std::string shown = s.options.vault.value_or(s.io.getenv("GOALS_VAULT").value_or(""));
  if (shown.empty())
    shown = std::filesystem::path(root).lexically_relative(s.io.fs.current_dir()).string();
  return shown.empty() ? "." : shown;
}

/// The vault path the note on standard input stands for (--stdin-path, else
/// stdin.md); nullopt after reporting one outside the vault, not a note, or
/// in no folder.
std::optional<std::string> stdin_note_path(Session& s, const std::string& root,
                                           const LintCommandOptions& o) {
  const std::string name = o.stdin_path.value_or("stdin.md");
  std::optional<std::string> rel = vault_relative(s.io.fs, root, name);
  if (!rel || rel->empty()) {
    s.error("--stdin-path '" + name + "' is not inside the vault '" + shown_vault(s, root) + "'");
    return std::nullopt;
  }
  if (!rel->ends_with(".md")) {
    s.error("--stdin-path '" + name + "' must name a Markdown note (.md)");
    return std::nullopt;
  }
  if (s.io.fs.kind(path_join(root, path_dirname(*rel)), true) != EntryKind::Directory) {
    s.error("--stdin-path '" + name + "': its folder does not exist");
    return std::nullopt;
  }
  return rel;
}

/// Sets `lo->paths` to the paths given, as vault paths (none given: the
/// whole vault); false after reporting one outside the vault or not there.
bool set_vault_paths(Session& s, const std::string& root, const std::vector<std::string>& paths,
                     LintOptions* lo) {
  if (paths.empty()) return true;
  lo->paths.emplace();
  for (const std::string& p : paths) {
    std::optional<std::string> rel = vault_relative(s.io.fs, root, p);
    if (!rel) {
      s.error("'" + p + "' is not inside the vault '" + shown_vault(s, root) + "'");
      return false;
    }
    if (s.io.fs.kind(path_join(s.io.fs.current_dir(), p), true) == EntryKind::Other &&
        s.io.fs.kind(path_join(root, *rel), true) == EntryKind::Other) {
      s.error("'" + p + "': no such file or folder");
      return false;
    }
    lo->paths->push_back(*rel);
  }
  return true;
}

/// 2 when a file could not be read (an I/O error, never mere findings),
/// else 1 when a finding is at least as severe as --fail-on, else 0.
int exit_code(const Diagnostics& found, FailOn fail_on) {
  for (const Diagnostic& d : found)
    if (d.rule == findings::kUnreadable.rule) return kExitUsage;
  Severity bar = Severity::Warning;
  switch (fail_on) {
    case FailOn::Never:
      return kExitOk;
    case FailOn::Error:
      bar = Severity::Error;
      break;
    case FailOn::Warning:
      bar = Severity::Warning;
      break;
    case FailOn::Info:
      bar = Severity::Info;
      break;
  }
  for (const Diagnostic& d : found)
    if (static_cast<int>(d.severity) <= static_cast<int>(bar)) return kExitFindings;
  return kExitOk;
}

/// Lints the session's vault as `lo` says and prints the findings.
int lint_and_report(Session& s, const std::vector<std::unique_ptr<Rule>>& rules,
                    const LintOptions& lo, LintFormat format, const LintCommandOptions& o) {
  s.print_load_problems = false;
  s.lint_templates = o.include_templates;
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  LintResult result = lint(l->vault, l->graph, l->today, rules, lo);
  for (const Diagnostic& d : result.config_problems)
    render_diagnostic_line(s.io.err, d, s.color_err());

  SourceLines source(s.io.fs, l->vault.root);
  LintReport report{result.diagnostics,
                    result.notes_checked,
                    [&](const std::string& path, int line) { return source(path, line); },
                    s.vault_prefix(),
                    !o.no_summary && !s.options.quiet,
                    s.width_out()};
  render_lint(s.io.out, report, format, rules, Style{s.color_out()});
  return exit_code(result.diagnostics, o.fail_on);
}

int run_lint(Session& s, const LintCommandOptions& o) {
  const std::vector<std::unique_ptr<Rule>> rules = make_rules();
  if (o.explain) return explain(s, rules, *o.explain);
  const LintFormat format = chosen_format(s, o);
  if (o.list_rules) {
    if (o.format && format != LintFormat::Text && format != LintFormat::Json) {
      s.error("--list-rules prints text or json");
      return kExitUsage;
    }
    return list_rules(s, rules, format == LintFormat::Json);
  }

  LintOptions lo;
  lo.select = split_values(o.select);
  lo.ignore = split_values(o.ignore);
  if (!known_rules(s, rules, lo.select, "--select") ||
      !known_rules(s, rules, lo.ignore, "--ignore") || !stdin_flags_fit(s, o))
    return kExitUsage;

  const std::optional<std::string> found = s.root();
  if (!found) return kExitUsage;
  const std::string& root = *found;
  if (!reads_stdin(o)) {
    if (!set_vault_paths(s, root, o.paths, &lo)) return kExitUsage;
    return lint_and_report(s, rules, lo, format, o);
  }
  // An editor's unsaved buffer stands in for the file on disk (or a new one).
  const std::optional<std::string> rel = stdin_note_path(s, root, o);
  if (!rel) return kExitUsage;
  if (!s.io.in) {
    s.error("no standard input to read");
    return kExitUsage;
  }
  OverlayFileSystem overlay(s.io.fs, path_join(root, *rel),
                            std::string(std::istreambuf_iterator<char>(*s.io.in), {}));
  Io io = s.io.with_fs(overlay);
  Session with_note(io, s.options);
  lo.paths = std::vector<std::string>{*rel};
  return lint_and_report(with_note, rules, lo, format, o);
}

}  // namespace

void setup_lint(CLI::App& app, Runner* run) {
  auto o = std::make_shared<LintCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "lint", "Check goals for SMART gaps, overdue work, missing reviews and broken links");
  completes(
      sub->add_option("paths", o->paths,
                      "Notes or folders to report on (default: the whole vault); - reads one note "
                      "from standard input"),
      ValueKind::Path);
  add_choice(sub, "--format", &o->format,
             "text (default), json, jsonl, sarif or github (the default when "
             "GITHUB_ACTIONS=true)");
  add_choice(sub, "--fail-on", &o->fail_on,
             "Exit 1 on findings of this severity or worse: error, warning (default), info "
             "or never");
  // One value per flag (repeat it or use commas), so that paths after it stay paths.
  completes(sub->add_option("--select", o->select, "Run only these rules (ids, comma-separated)"),
            ValueKind::Rule)
      ->allow_extra_args(false)
      ->option_text("RULE,...");
  completes(sub->add_option("--ignore", o->ignore, "Do not run these rules (ids, comma-separated)"),
            ValueKind::Rule)
      ->allow_extra_args(false)
      ->option_text("RULE,...");
  sub->add_flag("--list-rules", o->list_rules, "List the rules with their severities and exit");
  completes(sub->add_option("--explain", o->explain, "Print a rule's documentation and exit"),
            ValueKind::Rule)
      ->option_text("RULE");
  completes(sub->add_option("--stdin-path", o->stdin_path,
                            "With -, the path of the note read from standard input (for editors)"),
            ValueKind::Path);
  sub->add_flag("--no-summary", o->no_summary, "Leave out the text format's summary line");
  sub->add_flag("--include-templates", o->include_templates,
                "Lint the notes of Obsidian's template folders and template files too, each "
                "on its own (they stay out of the goal graph)");
  sub->callback([o, run] { *run = [o](Session& s) { return run_lint(s, *o); }; });
}

}  // namespace goals
