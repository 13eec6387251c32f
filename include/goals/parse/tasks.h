/// Tasks as the Obsidian Tasks plugin and Dataview write them: the metadata
/// on a task line (both formats), and the plugin's settings that decide what
/// a task is (`.obsidian/plugins/obsidian-tasks-plugin/data.json`).
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "goals/io/filesystem.h"
#include "goals/support/date.h"
#include "goals/support/diagnostic.h"
#include "goals/support/heap_optional.h"
#include "goals/support/names.h"

namespace goals {

/// A task's priority: 🔺 ⏫ 🔼 🔽 ⏬, or `[priority:: highest|high|medium|low|lowest]`.
enum class TaskPriority : unsigned char { None, Lowest, Low, Medium, High, Highest };
/// The Dataview words, highest first. TaskPriority::None has no word.
inline constexpr Named<TaskPriority> kTaskPriorityNames[] = {{"highest", TaskPriority::Highest},
                                                             {"high", TaskPriority::High},
                                                             {"medium", TaskPriority::Medium},
                                                             {"low", TaskPriority::Low},
                                                             {"lowest", TaskPriority::Lowest}};
constexpr std::span<const Named<TaskPriority>> names_of(TaskPriority) { return kTaskPriorityNames; }

/// The fields of a task line that few tasks carry, kept out of line.
struct TaskExtras {
  std::string recurrence;               ///< 🔁 / `[repeat:: ...]`, as written ("every week")
  std::string on_completion;            ///< 🏁 / `[onCompletion:: ...]` ("delete", "keep")
  std::string id;                       ///< 🆔 / `[id:: ...]`
  std::vector<std::string> depends_on;  ///< ⛔ / `[dependsOn:: a,b]`: the ids, in order
};

/// What the metadata on a task line says, read the same from the Tasks
/// plugin's emoji format (📅 2026-11-12) and its Dataview format
/// (`[due:: 2026-11-12]`, `(due:: 2026-11-12)`). Plain list items carry them too.
struct TaskFields {
  std::optional<Date> due;        ///< 📅 📆 🗓 / `due::`
  std::optional<Date> scheduled;  ///< ⏳ ⌛ / `scheduled::`
  std::optional<Date> start;      ///< 🛫 / `start::`
  std::optional<Date> done;       ///< ✅ / `completion::`
  std::optional<Date> created;    ///< ➕ / `created::`
  std::optional<Date> cancelled;  ///< ❌ / `cancelled::`
  TaskPriority priority = TaskPriority::None;
  /// Recurrence, on-completion action, id and dependencies; unset when the
  /// line has none of them, as most have.
  HeapOptional<TaskExtras> extras;

  /// "" when none.
  const std::string& recurrence() const;
  /// "" when none.
  const std::string& on_completion() const;
  /// "" when none.
  const std::string& id() const;
  /// Empty when none.
  const std::vector<std::string>& depends_on() const;
};

/// Reads the Tasks-plugin and Dataview fields of one line of task text
/// (checkbox already removed), wherever they stand on the line, in any order
/// and mixed, each emoji with or without U+FE0F after it. A field whose
/// value does not read (`📅 2026-02-30`, `[due:: soon]`) is no field and
/// stays text; of a field given twice, the first counts. When `description`
/// is given, it receives the text without the fields (each field's blanks
/// collapsed to one, ends trimmed): the words a person reads.
TaskFields parse_task_fields(std::string_view text, std::string* description = nullptr);

/// The format the Tasks plugin writes task metadata in (its `taskFormat`).
enum class TaskFormat { Emoji, Dataview };
inline constexpr Named<TaskFormat> kTaskFormatNames[] = {{"tasksPluginEmoji", TaskFormat::Emoji},
                                                         {"dataview", TaskFormat::Dataview}};
constexpr std::span<const Named<TaskFormat>> names_of(TaskFormat) { return kTaskFormatNames; }

/// What a checkbox symbol means: the Tasks plugin's status types.
enum class TaskStatus : unsigned char { Todo, InProgress, OnHold, Done, Cancelled, NonTask };
inline constexpr Named<TaskStatus> kTaskStatusNames[] = {
    {"TODO", TaskStatus::Todo},           {"IN_PROGRESS", TaskStatus::InProgress},
    {"ON_HOLD", TaskStatus::OnHold},      {"DONE", TaskStatus::Done},
    {"CANCELLED", TaskStatus::Cancelled}, {"NON_TASK", TaskStatus::NonTask}};
constexpr std::span<const Named<TaskStatus>> names_of(TaskStatus) { return kTaskStatusNames; }

/// Where the Tasks plugin keeps its settings, vault-relative.
inline constexpr std::string_view kTaskSettingsPath =
    ".obsidian/plugins/obsidian-tasks-plugin/data.json";

/// The Tasks plugin's settings that change how a vault's tasks read and how
/// `goals` writes them. The defaults are the plugin's.
struct TaskSettings {
  /// `taskFormat`: how new task lines carry their dates. Both formats are
  /// always read.
  TaskFormat format = TaskFormat::Emoji;
  /// `globalFilter`: when set, only checklist items whose text contains it
  /// are tasks, and it is taken out of their text.
  std::string global_filter;
  /// Status type by checkbox symbol (one byte; the plugin's statuses with
  /// longer symbols cannot stand in a checkbox goals reads). Symbols the
  /// settings do not name read as the plugin reads unknown ones: `x` and `X`
  /// done, `/` in progress, `-` cancelled, anything else to do.
  std::array<TaskStatus, 256> statuses = unknown_statuses();
  std::string path;  ///< where they were read from (vault-relative); "" for defaults

  TaskStatus status_of(char symbol) const { return statuses[static_cast<unsigned char>(symbol)]; }
  /// The plugin's reading of a symbol it has no status for.
  static std::array<TaskStatus, 256> unknown_statuses();
};

/// The settings every note is read with when the vault has none.
const TaskSettings& default_task_settings();

/// The result of reading the Tasks plugin's settings.
struct TaskSettingsResult {
  TaskSettings settings;
  /// Warnings (invalid-obsidian-settings): what could not be read, which then
  /// keeps its default. Never an error: the notes read on.
  Diagnostics diagnostics;
};

/// Reads the plugin's `data.json` text; `path` names it in diagnostics.
TaskSettingsResult parse_task_settings(std::string_view text, const std::string& path);

/// Reads `<root>/.obsidian/plugins/obsidian-tasks-plugin/data.json`; the
/// defaults, without a word, when there is none.
TaskSettingsResult load_task_settings(const FileSystem& fs, const std::string& root);

/// A due date as `format` writes it on a task line: `📅 2026-11-12` or
/// `[due:: 2026-11-12]`.
std::string due_field(TaskFormat format, const Date& due);

/// Parses `Week 1-4`, `Weeks 5–8`, `Week 3` at the start of an item's text
/// (emphasis around it allowed, `**Week 1-4**:`): returns the number of bytes
/// of the prefix up to and including ':' (0 if not one).
std::size_t parse_week_prefix(std::string_view text, int* first, int* last);

/// Whether an item's text is template text nobody filled in: a placeholder,
/// not a plan. After an optional `Week a-b:` label (parse_week_prefix), what
/// remains is nothing at all, or only these:
/// - ellipses: `…` (U+2026) or a run of three or more dots;
/// - bracketed hints: `[describe the milestone]`, `<milestone>`; a wiki link
///   (`[[...]]`), a Markdown link (`[text](url)`) or an autolink (`<...>`
///   holding ':' or '@') names something and is no hint;
/// - Tasks-plugin fields, read or not (`📅 2027-01-31`, a bare `📅`), and
///   Dataview fields whose value is itself a placeholder (`[due:: …]`);
/// - comments (`%% ... %%`, `<!-- ... -->`), which reading view does not show;
/// - blanks, emphasis, dashes and separators (`* _ - – — : / | , ;`) between them.
/// Any other character is a word of the plan: `Draft plan... then review`
/// and `(ask Sam)` are no placeholders. Works on `ListItem::text` (fields
/// already out) and on a line's raw text alike.
bool is_placeholder_text(std::string_view text);

/// `text` without each occurrence of `filter` that stands as a word (after
/// the start or a blank, before the end or a blank), blanks collapsed, as
/// the plugin removes its global filter from a description.
std::string remove_global_filter(std::string_view text, std::string_view filter);

}  // namespace goals
