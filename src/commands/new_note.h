/// What the `goals new ...` commands (and `goals review`) share: writing a
/// rendered note safely, --dry-run and --edit, and naming notes in links.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands/command.h"
#include "goals/write/scaffold.h"

namespace goals {

struct NewNoteOptions {
  bool dry_run = false;  ///< print the note on stdout, write nothing
  bool edit = false;     ///< open the written note in GOALS_EDITOR, VISUAL or EDITOR
};

/// Reports what write_generated_note or write_generated_base did with
/// `file`: its path on stdout when written, else why not (exit 2). `what`
/// names what goals replaces ("a dashboard").
int report_generated(Session& s, const std::string& file, const GeneratedResult& r,
                     std::string_view what);

/// Opens the written note at `path` (absolute; `shown` as the user names
/// it) in GOALS_EDITOR, VISUAL or EDITOR. An editor that cannot start or
/// fails is a warning saying how to open the note, and kExitOk; an editor
/// killed by Ctrl-C or SIGTERM passes on 130 or 143.
int open_in_editor(Session& s, const std::string& path, const std::string& shown);

/// Adds --dry-run and --edit to `sub`.
void add_new_note_flags(CLI::App* sub, NewNoteOptions* o);

/// Renders the vault's template `name` with `data`; nullopt after reporting
/// a template that does not parse.
std::optional<std::string> render_note(Session& s, const Vault& v, std::string_view name,
                                       const nlohmann::json& data);

/// Writes `text` as the new note `rel` (vault-relative) and prints its path
/// on stdout (and nothing else), or with --dry-run prints `text` instead;
/// with --edit opens it. Exit code: 0, or 2 when the note exists, would
/// leave the vault or cannot be written (nothing is overwritten).
int write_new_note(Session& s, const Vault& v, const std::string& rel, const std::string& text,
                   const NewNoteOptions& o);

/// True when `title` may become a note; else says why (title_problem in
/// scaffold.h) on stderr and returns false: a usage error.
bool check_title(Session& s, std::string_view title);

/// Where a new note titled `title` goes: the folder .goals.yaml names for
/// `kind` ("goals", "sprints", "reviews", "vision"), then slugify(title) + ".md".
std::string new_note_path(const Vault& v, const std::string& kind, std::string_view title);

/// Plans the sprint for `quarter` with `goals` (goal nodes; dates default to
/// the quarter's bounds) and writes it as write_new_note() does.
int write_sprint(Session& s, const Loaded& l, const Quarter& quarter, const std::vector<int>& goals,
                 std::optional<Date> start, std::optional<Date> end, const NewNoteOptions& o);

/// Prints the commands a user would run next on stderr, under "Next:";
/// nothing under -q or when stderr is no terminal (scripts read stdout and
/// need no advice).
void say_next(Session& s, const std::vector<std::string>& commands);

/// `goals new goal TITLE` with nothing else given, in the loaded vault.
int write_goal(Session& s, const Loaded& l, const std::string& title);

// `goals new KIND`, one file each.
void setup_new_goal(CLI::App& parent, Runner* run);
void setup_new_review(CLI::App& parent, Runner* run);
void setup_new_sprint(CLI::App& parent, Runner* run);
void setup_new_vision(CLI::App& parent, Runner* run);

}  // namespace goals
