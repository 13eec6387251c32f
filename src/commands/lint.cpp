#include <filesystem>
#include <iterator>
#include <map>
#include <sstream>

#include "commands/command.h"
#include "goals/passes/lint.h"
#include "render/render.h"
#include "support/edit_distance.h"

namespace goals {

namespace {

struct LintCommandOptions {
  std::vector<std::string> paths;
  std::optional<std::string> format;
  std::string fail_on = "warning";
  std::vector<std::string> select, ignore;
  bool list_rules = false;
  std::optional<std::string> explain;
  std::optional<std::string> stdin_path;
  bool no_summary = false;
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
  const std::string root = find_vault_root(s.io.fs, s.options.vault, s.io.getenv("GOALS_VAULT"));
  ConfigResult cfg = load_config(s.io.fs, root);
  for (const Diagnostic& d : cfg.diagnostics) render_diagnostic_line(s.io.err, d, s.color_err());
  if (!cfg.ok()) return kExitUsage;
  render_rule_list(s.io.out, rules, cfg.config, json, Style{s.color_out()});
  return kExitOk;
}

/// Reads notes' lines for the text excerpts, one file at a time (findings come sorted by path).
class SourceLines {
 public:
  SourceLines(const FileSystem& fs, std::string root) : fs_(fs), root_(std::move(root)) {}

  std::optional<std::string> operator()(const std::string& path, int line) {
    if (path != path_) {
      path_ = path;
      lines_.clear();
      std::string text, err;
      if (fs_.read_file(path_join(root_, path), &text, &err, kMaxBytes) ==
          FileSystem::Status::Okay) {
        if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
        std::size_t start = 0;
        while (start <= text.size()) {
          std::size_t end = text.find_first_of("\r\n", start);
          if (end == std::string::npos) end = text.size();
          lines_.push_back(text.substr(start, end - start));
          if (end < text.size() && text[end] == '\r' && end + 1 < text.size() &&
              text[end + 1] == '\n')
            ++end;
          start = end + 1;
        }
      }
    }
    if (line < 1 || static_cast<std::size_t>(line) > lines_.size()) return std::nullopt;
    return lines_[static_cast<std::size_t>(line) - 1];
  }

 private:
  static constexpr std::size_t kMaxBytes = 8 * 1024 * 1024;
  const FileSystem& fs_;
  std::string root_;
  std::string path_;
  std::vector<std::string> lines_;
};

Severity threshold(const std::string& fail_on) {
  return fail_on == "error"  ? Severity::Error
         : fail_on == "info" ? Severity::Info
                             : Severity::Warning;
}

int run_lint(Session& outer, const LintCommandOptions& o) {
  const std::vector<std::unique_ptr<Rule>> rules = make_rules();
  if (o.explain) return explain(outer, rules, *o.explain);

  LintFormat format = LintFormat::Text;
  if (o.format) {
    const std::string& f = *o.format;
    format = f == "json"     ? LintFormat::Json
             : f == "jsonl"  ? LintFormat::Jsonl
             : f == "sarif"  ? LintFormat::Sarif
             : f == "github" ? LintFormat::Github
                             : LintFormat::Text;
  } else if (outer.io.getenv("GITHUB_ACTIONS").value_or("") == "true") {
    format = LintFormat::Github;
  }
  if (o.list_rules) {
    if (o.format && format != LintFormat::Text && format != LintFormat::Json) {
      outer.error("--list-rules prints text or json");
      return kExitUsage;
    }
    return list_rules(outer, rules, format == LintFormat::Json);
  }

  LintOptions lo;
  lo.select = split_values(o.select);
  lo.ignore = split_values(o.ignore);
  if (!known_rules(outer, rules, lo.select, "--select") ||
      !known_rules(outer, rules, lo.ignore, "--ignore"))
    return kExitUsage;

  const bool from_stdin = o.paths.size() == 1 && o.paths.front() == "-";
  if (!from_stdin && std::find(o.paths.begin(), o.paths.end(), "-") != o.paths.end()) {
    outer.error("'-' (a note from standard input) cannot be mixed with other paths");
    return kExitUsage;
  }
  if (o.stdin_path && !from_stdin) {
    outer.error("--stdin-path names the note read by 'goals lint -'");
    return kExitUsage;
  }

  const std::string root =
      find_vault_root(outer.io.fs, outer.options.vault, outer.io.getenv("GOALS_VAULT"));
  // The vault as the user would type it, for messages (never loads it).
  std::string shown = outer.options.vault.value_or(outer.io.getenv("GOALS_VAULT").value_or(""));
  if (shown.empty())
    shown = std::filesystem::path(root).lexically_relative(outer.io.fs.current_dir()).string();
  if (shown.empty()) shown = ".";
  // An editor's unsaved buffer stands in for the file on disk (or a new one).
  std::unique_ptr<OverlayFileSystem> overlay;
  std::optional<Io> overlay_io;
  std::optional<Session> overlay_session;
  if (from_stdin) {
    const std::string name = o.stdin_path.value_or("stdin.md");
    std::optional<std::string> rel = vault_relative(outer.io.fs, root, name);
    if (!rel || rel->empty()) {
      outer.error("--stdin-path '" + name + "' is not inside the vault '" + shown + "'");
      return kExitUsage;
    }
    if (!rel->ends_with(".md")) {
      outer.error("--stdin-path '" + name + "' must name a Markdown note (.md)");
      return kExitUsage;
    }
    if (outer.io.fs.kind(path_join(root, path_dirname(*rel)), true) != EntryKind::Directory) {
      outer.error("--stdin-path '" + name + "': its folder does not exist");
      return kExitUsage;
    }
    if (!outer.io.in) {
      outer.error("no standard input to read");
      return kExitUsage;
    }
    std::string text(std::istreambuf_iterator<char>(*outer.io.in), {});
    overlay =
        std::make_unique<OverlayFileSystem>(outer.io.fs, path_join(root, *rel), std::move(text));
    overlay_io.emplace(outer.io.with_fs(*overlay));
    overlay_session.emplace(*overlay_io, outer.options);
    lo.paths = std::vector<std::string>{*rel};
  } else if (!o.paths.empty()) {
    lo.paths.emplace();
    for (const std::string& p : o.paths) {
      std::optional<std::string> rel = vault_relative(outer.io.fs, root, p);
      if (!rel) {
        outer.error("'" + p + "' is not inside the vault '" + shown + "'");
        return kExitUsage;
      }
      if (outer.io.fs.kind(path_join(outer.io.fs.current_dir(), p), true) == EntryKind::Other &&
          outer.io.fs.kind(path_join(root, *rel), true) == EntryKind::Other) {
        outer.error("'" + p + "': no such file or folder");
        return kExitUsage;
      }
      lo.paths->push_back(*rel);
    }
  }

  Session& s = overlay_session ? *overlay_session : outer;
  s.print_load_problems = false;
  const Vault* v = s.vault();
  if (!v) return kExitUsage;
  const std::optional<Date> today = s.today();
  if (!today) return kExitUsage;

  LintResult result = lint(*v, *s.graph(), *today, rules, lo);
  for (const Diagnostic& d : result.config_problems)
    render_diagnostic_line(s.io.err, d, s.color_err());

  SourceLines source(s.io.fs, v->root);
  LintReport report{result.diagnostics, result.notes_checked,
                    [&](const std::string& path, int line) { return source(path, line); },
                    s.vault_prefix(), !o.no_summary && !s.options.quiet};
  render_lint(s.io.out, report, format, rules, Style{s.color_out()});

  // A file that could not be read is an I/O error, never mere findings.
  for (const Diagnostic& d : result.diagnostics)
    if (d.rule == "unreadable") return kExitUsage;
  if (o.fail_on == "never") return kExitOk;
  const Severity bar = threshold(o.fail_on);
  for (const Diagnostic& d : result.diagnostics)
    if (static_cast<int>(d.severity) <= static_cast<int>(bar)) return kExitFindings;
  return kExitOk;
}

}  // namespace

void setup_lint(CLI::App& app, Runner* run) {
  auto o = std::make_shared<LintCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "lint", "Check goals for SMART gaps, overdue work, missing reviews and broken links");
  sub->add_option("paths", o->paths,
                  "Notes or folders to report on (default: the whole vault); - reads one note "
                  "from standard input");
  sub->add_option("--format", o->format,
                  "text (default), json, jsonl, sarif or github (the default when "
                  "GITHUB_ACTIONS=true)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "github"}));
  sub->add_option("--fail-on", o->fail_on,
                  "Exit 1 on findings of this severity or worse: error, warning (default), info "
                  "or never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  // One value per flag (repeat it or use commas), so that paths after it stay paths.
  sub->add_option("--select", o->select, "Run only these rules (ids, comma-separated)")
      ->allow_extra_args(false)
      ->option_text("RULE,...");
  sub->add_option("--ignore", o->ignore, "Do not run these rules (ids, comma-separated)")
      ->allow_extra_args(false)
      ->option_text("RULE,...");
  sub->add_flag("--list-rules", o->list_rules, "List the rules with their severities and exit");
  sub->add_option("--explain", o->explain, "Print a rule's documentation and exit")
      ->option_text("RULE");
  sub->add_option("--stdin-path", o->stdin_path,
                  "With -, the path of the note read from standard input (for editors)");
  sub->add_flag("--no-summary", o->no_summary, "Leave out the text format's summary line");
  sub->callback([o, run] { *run = [o](Session& s) { return run_lint(s, *o); }; });
}

}  // namespace goals
