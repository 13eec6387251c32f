#include "commands/change.h"

#include <filesystem>

#include "render/changes.h"

namespace goals {

namespace {

// How a task's checkbox reads as done or cancelled: the Tasks plugin's own
// symbols when its settings name them, else `x` and `-`.
char symbol_for(const TaskSettings& t, TaskStatus want) {
  const char preferred = want == TaskStatus::Done ? 'x' : '-';
  if (t.status_of(preferred) == want) return preferred;
  for (int c = 33; c < 127; ++c)
    if (t.status_of(static_cast<char>(c)) == want) return static_cast<char>(c);
  return preferred;
}

// The word the vault writes for `word` of property `key`: its own alias
// when .goals.yaml maps one to it (`completed` for done), else ours.
std::string vault_word(const Config& c, std::string_view key, std::string_view word) {
  const auto aliases = c.value_aliases.find(key);
  if (aliases != c.value_aliases.end())
    for (const auto& [theirs, ours] : aliases->second)
      if (ours == word) return theirs;
  return std::string(word);
}

}  // namespace

void add_change_flags(CLI::App* sub, ChangeOptions* o) {
  sub->add_flag("-n,--dry-run", o->dry_run, "Print the diff of what would change; write nothing");
  add_choice(sub, "--format", &o->format, "Output format");
}

void add_target_option(CLI::App* sub, std::string* target) {
  completes(sub->add_option("target", *target,
                            "A milestone of the current sprint by some of its words, FILE:LINE "
                            "of any task, or a goal by name or path"),
            ValueKind::Goal)
      ->required();
}

std::optional<Target> one_target(Session& s, const Loaded& l, const std::string& query,
                                 TargetKinds kinds) {
  // A path from the working directory becomes vault-relative.
  std::string q = query;
  const std::string prefix = s.vault_prefix();
  if (!prefix.empty() && q.starts_with(prefix)) q = q.substr(prefix.size());
  const std::vector<Target> found = find_targets(l.vault, l.graph, l.today, q, kinds);
  if (found.size() == 1) return found.front();
  const char* what = kinds.goals && kinds.milestones ? "goal or milestone"
                     : kinds.goals                   ? "goal"
                                                     : "milestone";
  if (found.empty()) {
    s.error(std::string("no ") + what + " matches '" + query + "'" +
            (kinds.milestones ? " (milestones are looked for in the current sprint; name "
                                "another one as FILE:LINE)"
                              : "") +
            (kinds.goals ? "; create a goal with: goals new goal " + shell_word(query) : ""));
    return std::nullopt;
  }
  const char* whats = kinds.goals && kinds.milestones ? "goals or milestones"
                      : kinds.goals                   ? "goals"
                                                      : "milestones";
  s.error("'" + query + "' matches " + std::to_string(found.size()) + " " + whats +
          "; nothing was changed. Name one of them:");
  for (const std::string& line : describe_targets(l.vault, found))
    s.io.err << "  " << prefix << line << '\n';
  return std::nullopt;
}

NoteEditor::Pending* NoteEditor::note(int index) {
  auto it = pending_.find(index);
  if (it != pending_.end()) return &it->second;
  Pending p;
  p.rel = l_.vault.notes[index].path;
  std::string err;
  if (s_.io.fs.read_file(path_join(l_.vault.root, p.rel), &p.text, &err, 16 << 20) !=
      FileSystem::Status::Okay) {
    s_.error("cannot read " + s_.vault_prefix() + p.rel + ": " + err);
    return nullptr;
  }
  return &pending_.emplace(index, std::move(p)).first->second;
}

void NoteEditor::record(const Target& t, std::string action, std::string detail) {
  changes_.push_back(Change{l_.vault.notes[t.note].path,
                            t.kind == Target::Kind::Milestone ? t.line : 0, std::move(action),
                            t.text, std::move(detail)});
}

bool NoteEditor::set_property(const Target& t, std::string_view key, std::string_view value) {
  Pending* p = note(t.note);
  if (p == nullptr) return false;
  const std::vector<std::string> spellings = l_.vault.config.spellings(key);
  p->edits.push_back(set_property_edit(p->text, spellings, key, value));
  return true;
}

bool NoteEditor::log(const Target& t, const std::string& line) {
  Pending* p = note(t.note);
  if (p == nullptr) return false;
  if (t.kind == Target::Kind::Milestone) {
    std::optional<TextEdit> e = add_child_item_edit(p->text, t.line, line);
    if (!e) return false;
    p->edits.push_back(std::move(*e));
  } else {
    p->edits.push_back(add_to_section_edit(p->text, "Log", line));
  }
  return true;
}

bool NoteEditor::close_task(const Target& t, TaskStatus status, TaskDateField field) {
  Pending* p = note(t.note);
  if (p == nullptr) return false;
  const TaskSettings& tasks = l_.vault.config.tasks;
  // Ticking a recurring task here would lose its next occurrence, which the
  // Tasks plugin writes when the task is ticked in Obsidian.
  if (const std::optional<LineSpan> span = line_span(p->text, t.line)) {
    const std::string_view line =
        std::string_view(p->text).substr(span->begin, span->end - span->begin);
    if (line.find("\U0001F501") != std::string_view::npos ||
        line.find("repeat::") != std::string_view::npos) {
      s_.error(s_.vault_prefix() + p->rel + ":" + std::to_string(t.line) +
               " recurs; tick it in Obsidian so the Tasks plugin adds the next one. Nothing was "
               "changed");
      return false;
    }
  }
  std::optional<TextEdit> box = set_checkbox_edit(p->text, t.line, symbol_for(tasks, status));
  std::optional<TextEdit> date = set_task_date_edit(p->text, t.line, field, l_.today, tasks.format);
  if (!box || !date) {
    s_.error(s_.vault_prefix() + p->rel + ":" + std::to_string(t.line) +
             " is no checklist item any more; nothing was changed");
    return false;
  }
  p->edits.push_back(std::move(*box));
  p->edits.push_back(std::move(*date));
  return true;
}

bool NoteEditor::done(const Target& t) {
  const std::string today = l_.today.str();
  if (t.kind == Target::Kind::Goal) {
    if (!set_property(t, "status", vault_word(l_.vault.config, "status", "done")) ||
        !set_property(t, "completed", today))
      return false;
    record(t, "done", "status: done, completed: " + today);
    return true;
  }
  if (!close_task(t, TaskStatus::Done, TaskDateField::Done)) return false;
  record(t, "done", "done " + today);
  return true;
}

bool NoteEditor::drop(const Target& t, const std::string& reason) {
  const std::string today = l_.today.str();
  const std::string why = reason.empty() ? "" : ": " + reason;
  if (t.kind == Target::Kind::Goal) {
    if (!set_property(t, "status", vault_word(l_.vault.config, "status", "dropped"))) return false;
    if (!reason.empty() && !log(t, today + ": dropped" + why)) return false;
    record(t, "dropped", "status: dropped" + why);
    return true;
  }
  if (!close_task(t, TaskStatus::Cancelled, TaskDateField::Cancelled)) return false;
  if (!reason.empty() && !log(t, "Dropped " + today + why)) return false;
  record(t, "dropped", "cancelled " + today + why);
  return true;
}

bool NoteEditor::move(const Target& t, const Date& to, const std::string& reason) {
  const std::string from = t.due ? t.due->str() : "no date";
  const std::string why = reason.empty() ? "" : ": " + reason;
  const std::string detail = from + " -> " + to.str() + why;
  if (t.kind == Target::Kind::Goal) {
    if (!set_property(t, "deadline", to.str())) return false;
    if (!reason.empty() &&
        !log(t, l_.today.str() + ": deadline moved from " + from + " to " + to.str() + why))
      return false;
    record(t, "moved", "deadline " + detail);
    return true;
  }
  Pending* p = note(t.note);
  if (p == nullptr) return false;
  std::optional<TextEdit> date =
      set_task_date_edit(p->text, t.line, TaskDateField::Due, to, l_.vault.config.tasks.format);
  if (!date) return false;
  p->edits.push_back(std::move(*date));
  if (!reason.empty() &&
      !log(t, "Moved " + l_.today.str() + " from " + from + " to " + to.str() + why))
    return false;
  record(t, "moved", "due " + detail);
  return true;
}

bool NoteEditor::touch(const Target& t) {
  if (!set_property(t, "reviewed", l_.today.str())) return false;
  record(t, "reviewed", "reviewed: " + l_.today.str());
  return true;
}

int NoteEditor::finish(const ChangeOptions& o) {
  std::vector<NoteDiff> diffs;
  int failed = 0;
  for (auto& [index, p] : pending_) {
    if (o.dry_run) {
      diffs.push_back({p.rel, p.text, apply_edits(p.text, p.edits).value_or(p.text)});
      continue;
    }
    const EditResult r = edit_note(s_.io.fs, l_.vault.root, p.rel, p.text, p.edits);
    if (r.status != EditStatus::Edited) {
      s_.error("cannot change " + s_.vault_prefix() + p.rel + ": " + r.error +
               "; nothing was written to it");
      ++failed;
      // Its changes did not happen: leave them out of the report.
      std::erase_if(changes_, [&](const Change& c) { return c.path == p.rel; });
    }
  }
  if (o.format == TextFormat::Json) {
    render_changes_json(s_.io.out, changes_, diffs, o.dry_run);
  } else {
    // Paths as the user can open them from the working directory.
    std::vector<Change> shown = changes_;
    for (Change& c : shown) c.path = s_.vault_prefix() + c.path;
    for (NoteDiff& d : diffs) d.path = s_.vault_prefix() + d.path;
    render_changes_text(s_.io.out, shown, diffs, o.dry_run, Style{s_.color_out()});
  }
  return failed > 0 ? kExitUsage : kExitOk;
}

}  // namespace goals
