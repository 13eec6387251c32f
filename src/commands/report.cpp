#include "commands/report.h"

#include <filesystem>
#include <sstream>

#include "commands/new_note.h"
#include "goals/passes/dashboard.h"
#include "goals/write/scaffold.h"
#include "render/report.h"

namespace goals {

namespace {

/// The vault path of `file` (relative to the working directory, or
/// absolute) when it lies inside the vault at `root` (a real path), else "".
/// Its folders are resolved as far as they exist, so that a way in through a
/// symlink (`--vault link`) still names the note inside.
std::string vault_path_of(const FileSystem& fs, const std::string& root, const std::string& file) {
  namespace stdfs = std::filesystem;
  const stdfs::path abs = stdfs::path(path_join(fs.current_dir(), file)).lexically_normal();
  stdfs::path existing = abs.parent_path(), rest = abs.filename();
  std::string real = fs.real_path(existing.string());
  while (real.empty() && existing.has_relative_path()) {
    rest = existing.filename() / rest;
    existing = existing.parent_path();
    real = fs.real_path(existing.string());
  }
  const stdfs::path resolved = real.empty() ? abs : stdfs::path(real) / rest;
  const std::string rel =
      resolved.lexically_relative(stdfs::path(root).lexically_normal()).string();
  if (rel.empty() || rel == "." || rel == ".." || rel.starts_with("../")) return "";
  return rel;
}

/// The dashboard of the session's vault as text: the note, or JSON. nullopt
/// after saying why not (exit 2).
std::optional<std::string> dashboard_text(Session& s, const ReportOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return std::nullopt;
  const std::vector<std::unique_ptr<Rule>> rules = make_rules();
  DashboardOptions options;
  if (o.output) options.note_path = vault_path_of(s.io.fs, l->vault.root, *o.output);
  options.all_sprints = o.all;
  options.rules = &rules;
  const Dashboard d = build_dashboard(l->vault, l->graph, l->today, options);
  if (o.format == NoteFormat::Json) return json_text(report_json(d), 2) + "\n";
  std::ostringstream note;
  render_report_markdown(note, d);
  return note.str();
}

/// Writes the dashboard note to --output; false after saying why not.
bool write_dashboard(Session& s, const std::string& file, const std::string& text) {
  const Vault* v = s.vault();
  if (!v) return false;
  const GeneratedResult r = write_generated_note(s.io.fs, v->root, file, text);
  if (r.status == GeneratedStatus::Created || r.status == GeneratedStatus::Replaced) return true;
  report_generated(s, file, r, "a dashboard");  // says why on stderr
  return false;
}

std::string what_changed(const std::vector<std::string>& paths) {
  if (paths.empty()) return "the vault changed";
  if (paths.size() == 1) return paths.front() + " changed";
  return std::to_string(paths.size()) + " files changed";
}

int watch(Session& s, const ReportOptions& o, const WatcherFactory& make_watcher) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const std::string own = vault_path_of(s.io.fs, l->vault.root, *o.output);
  WatchSpec spec;
  spec.root = l->vault.root;
  // The dashboard's own writes are no change to the vault.
  spec.ignore = [own](std::string_view path) { return !own.empty() && path == own; };
  std::string error;
  // Made before the first write, so that no change after it is missed.
  const std::unique_ptr<Watcher> watcher = make_watcher(spec, &error);
  if (!watcher) {
    s.error("--watch: " + error);
    return kExitUsage;
  }
  const std::string note =
      std::filesystem::path(path_join(s.io.fs.current_dir(), *o.output)).lexically_normal();
  const std::optional<std::string> first = dashboard_text(s, o);
  if (!first || !write_dashboard(s, *o.output, *first)) return kExitUsage;
  if (!s.options.quiet)
    s.io.err << "goals: wrote " << *o.output << "; watching " << s.vault_name()
             << " for changes (Ctrl-C stops)" << std::endl;
  for (;;) {
    const WatchEvent e = watcher->wait();
    switch (e.kind) {
      case WatchEvent::Kind::Stopped:
        // Stopped by Ctrl-C or SIGTERM, it ends as a program the signal
        // killed would, so that a shell or script sees 130 or 143.
        return e.signal == 0 ? kExitOk : 128 + e.signal;
      case WatchEvent::Kind::Failed:
        s.error("--watch: " + e.error);
        return kExitUsage;
      case WatchEvent::Kind::Changed:
        break;
    }
    // A fresh session reads the vault (and today's date) again. Its notes'
    // problems are the dashboard's "Needs attention" now, not stderr's.
    Session again(s.io, s.options);
    again.print_load_problems = false;
    const std::optional<std::string> text = dashboard_text(again, o);
    // A half-typed `.goals.yaml` or a dashboard replaced by hand is said and
    // waited out: the next change may mend it.
    if (!text) continue;
    // The same note is not written again: no needless reload in Obsidian,
    // and no event that could start the watch over.
    std::string now, ignored;
    const bool same =
        s.io.fs.read_file(note, &now, &ignored, text->size() + 1) == FileSystem::Status::Okay &&
        now == *text;
    if (!same && !write_dashboard(again, *o.output, *text)) continue;
    if (!s.options.quiet)
      s.io.err << "goals: " << (same ? "kept " : "wrote ") << *o.output << " ("
               << what_changed(e.paths) << (same ? "; the note is the same" : "") << ")"
               << std::endl;
  }
}

}  // namespace

int run_report(Session& s, const ReportOptions& o, const WatcherFactory& make_watcher) {
  if (o.output && o.format != NoteFormat::Markdown) {
    s.error("--output writes the dashboard note; for JSON, redirect standard output");
    return kExitUsage;
  }
  if (o.output && o.output->empty()) {
    s.error("--output: the file name is empty");
    return kExitUsage;
  }
  if (o.watch && !o.output) {
    s.error("--watch keeps a dashboard note up to date: name it with --output FILE");
    return kExitUsage;
  }
  if (o.watch) return watch(s, o, make_watcher);
  const std::optional<std::string> text = dashboard_text(s, o);
  if (!text) return kExitUsage;
  if (!o.output) {
    s.io.out << *text;
    return kExitOk;
  }
  const Vault* v = s.vault();
  return report_generated(s, *o.output, write_generated_note(s.io.fs, v->root, *o.output, *text),
                          "a dashboard");
}

void setup_report(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* sub =
      app.add_subcommand("report", "Write a dashboard note: progress tables and Mermaid charts");
  add_choice(sub, "--format", &o->format, "markdown (default): an Obsidian note; or json");
  completes(
      sub->add_option("--output", o->output,
                      "Write the note to FILE (from the working directory) instead of stdout; "
                      "replaces only a dashboard goals wrote"),
      ValueKind::Path);
  sub->add_flag("--all", o->all,
                "Show every sprint on the timeline, not only the current and the next");
  sub->add_flag("--watch", o->watch,
                "With --output: write the note again whenever a note of the vault changes, "
                "until Ctrl-C (exit 0)");
  sub->callback(
      [o, run] { *run = [o](Session& s) { return run_report(s, *o, make_inotify_watcher); }; });
}

}  // namespace goals
