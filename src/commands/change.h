/// What the routine's verbs share (`done`, `drop`, `move`, `touch`, and
/// `review`'s write-back): finding the target the user named, turning a
/// change into edits of the notes, and writing them all at the end, or
/// printing the diff with --dry-run.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "commands/command.h"
#include "goals/passes/targets.h"
#include "goals/write/note_edit.h"
#include "render/common.h"

namespace goals {

struct ChangeOptions {
  bool dry_run = false;
  TextFormat format = TextFormat::Text;
};

/// Adds --dry-run and --format to `sub`.
void add_change_flags(CLI::App* sub, ChangeOptions* o);
/// The required TARGET of `done`, `drop` and `move`: a milestone or a goal.
void add_target_option(CLI::App* sub, std::string* target);

/// The one target `query` names; nullopt after reporting none, or the
/// candidates when it names several (exit 2, nothing changed). A
/// `PATH:LINE` or `PATH` may be given from the working directory.
std::optional<Target> one_target(Session& s, const Loaded& l, const std::string& query,
                                 TargetKinds kinds);

/// The edits of one run, note by note, written together at the end.
class NoteEditor {
 public:
  NoteEditor(Session& s, const Loaded& l) : s_(s), l_(l) {}

  /// A milestone gets `[x]` and its done date; a goal `status: done` and `completed:`.
  bool done(const Target& t);
  /// A milestone gets `[-]` and its cancelled date; a goal `status: dropped`.
  /// A reason goes under the milestone, or in the goal's `## Log`.
  bool drop(const Target& t, const std::string& reason);
  /// A milestone's due date, or a goal's deadline, becomes `to`; the move
  /// and its reason are logged as for drop().
  bool move(const Target& t, const Date& to, const std::string& reason);
  /// A goal's `reviewed:` becomes today.
  bool touch(const Target& t);

  bool empty() const { return changes_.empty(); }
  /// Writes every note changed (with --dry-run: prints the diffs instead)
  /// and prints the changes. 0, or 2 when a note could not be written.
  int finish(const ChangeOptions& o);

 private:
  struct Pending {
    std::string rel;
    std::string text;  // as read
    std::vector<TextEdit> edits;
  };
  /// The note's text as it is on disk, read once; nullptr after reporting why not.
  Pending* note(int index);
  bool set_property(const Target& t, std::string_view key, std::string_view value);
  bool log(const Target& t, const std::string& line);
  /// The milestone's checkbox gets the symbol of `status`, and its `field` date today.
  bool close_task(const Target& t, TaskStatus status, TaskDateField field);
  void record(const Target& t, std::string action, std::string detail);

  Session& s_;
  const Loaded& l_;
  std::map<int, Pending> pending_;
  std::vector<Change> changes_;
};

}  // namespace goals
