#include "commands/new_note.h"
#include "goals/write/scaffold.h"
#include "goals/write/templates.h"

namespace goals {

void add_new_note_flags(CLI::App* sub, NewNoteOptions* o) {
  sub->add_flag("--dry-run", o->dry_run, "Print the note instead of writing it");
  sub->add_flag("--edit", o->edit, "Open the new note in $GOALS_EDITOR, $VISUAL or $EDITOR");
}

std::optional<std::string> render_note(Session& s, const Vault& v, std::string_view name,
                                       const nlohmann::json& data) {
  std::string error;
  std::optional<std::string> text =
      render_template(load_template(s.io.fs, v.root, name), data, &error);
  if (!text) s.error("template " + std::string(name) + ".md: " + error);
  return text;
}

bool check_title(Session& s, std::string_view title) {
  const std::optional<std::string> problem = title_problem(title);
  if (problem) s.error("title " + *problem + "; nothing was written");
  return !problem;
}

std::string new_note_path(const Vault& v, const std::string& kind, std::string_view title) {
  auto it = v.config.folders.find(kind);
  std::string folder = it == v.config.folders.end() ? "" : it->second;
  while (!folder.empty() && folder.back() == '/') folder.pop_back();
  // An empty folder (or ".") in .goals.yaml means the vault's top level.
  if (folder == ".") folder.clear();
  return (folder.empty() ? "" : folder + "/") + slugify(title) + ".md";
}

namespace {

/// The editor as git finds one: GOALS_EDITOR, VISUAL, EDITOR, else vi.
std::string editor(const Io& io) {
  for (const char* var : {"GOALS_EDITOR", "VISUAL", "EDITOR"})
    if (auto e = io.getenv(var); e && !e->empty()) return *e;
  return "vi";
}

}  // namespace

int write_new_note(Session& s, const Vault& v, const std::string& rel, const std::string& text,
                   const NewNoteOptions& o) {
  if (o.dry_run) {
    s.io.out << text;
    return kExitOk;
  }
  const std::string shown = s.vault_prefix() + rel;
  const CreateResult r = create_note(s.io.fs, v.root, rel, text);
  switch (r.status) {
    case CreateStatus::Created:
      break;
    case CreateStatus::Exists:
      s.error(shown + " already exists; nothing was written (goals never overwrites a note)");
      return kExitUsage;
    case CreateStatus::OutsideVault:
      s.error(shown + " would be outside the vault; nothing was written");
      return kExitUsage;
    case CreateStatus::Error:
      s.error("cannot write " + shown + ": " + r.error);
      return kExitUsage;
  }
  s.io.out << shown << '\n';
  return o.edit ? open_in_editor(s, r.path, shown) : kExitOk;
}

void say_next(Session& s, const std::vector<std::string>& commands) {
  if (s.options.quiet || !s.io.err_is_tty || commands.empty()) return;
  s.io.err << "Next:\n";
  for (const std::string& c : commands) s.io.err << "  " << c << '\n';
}

int report_generated(Session& s, const std::string& file, const GeneratedResult& r,
                     std::string_view what) {
  switch (r.status) {
    case GeneratedStatus::Created:
    case GeneratedStatus::Replaced:
      s.io.out << file << '\n';
      return kExitOk;
    case GeneratedStatus::Foreign:
      s.error(file + " exists and " + r.error + "; nothing was written (goals replaces only " +
              std::string(what) + " it wrote itself)");
      return kExitUsage;
    case GeneratedStatus::NotAFile:
      s.error(file + " " + r.error + "; nothing was written");
      return kExitUsage;
    case GeneratedStatus::OutsideVault:
      s.error(file + " would be outside the vault: " + r.error + "; nothing was written");
      return kExitUsage;
    case GeneratedStatus::Error:
      break;
  }
  s.error("cannot write " + file + ": " + r.error);
  return kExitUsage;
}

int open_in_editor(Session& s, const std::string& path, const std::string& shown) {
  const std::string command = editor(s.io);
  // The note is written by now: an editor that fails is the user's to fix
  // and costs nothing, so it is a warning and the run still succeeds.
  const auto warn = [&](const std::string& what) {
    s.io.err << "goals: warning: " << what << "; the note is written: open it with: " << command
             << ' ' << shell_word(shown) << '\n';
    return kExitOk;
  };
  if (!s.io.spawn) return warn("no editor can be started here");
  // Through `sh -c` so that settings such as `code --wait` work; the path is
  // an argument, never part of the command text.
  s.io.out.flush();
  const int code = s.io.spawn({"sh", "-c", command + " \"$1\"", "sh", path});
  if (code == 0) return kExitOk;
  if (code == kExitInterrupted || code == kExitTerminated) return code;
  if (code == 127) return warn("the editor (" + command + ") was not found");
  if (code < 0) return warn("the editor (" + command + ") could not be started");
  return warn("the editor (" + command + ") exited with " + std::to_string(code));
}

void setup_new(CLI::App& app, Runner* run) {
  CLI::App* sub = app.add_subcommand("new", "Write a new sprint, goal, review or vision note");
  sub->require_subcommand(1);
  setup_new_goal(*sub, run);
  setup_new_review(*sub, run);
  setup_new_sprint(*sub, run);
  setup_new_vision(*sub, run);
}

}  // namespace goals
