#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "commands/command.h"
#include "goals/passes/calendar.h"
#include "render/ics.h"

namespace goals {

namespace {

struct ExportIcsOptions {
  std::optional<std::string> output;
};

// The largest file read to look for the calendar header: a calendar goals
// wrote is far smaller, so anything bigger is someone else's.
constexpr std::size_t kMaxCalendarBytes = 64 * 1024 * 1024;

bool ends_with_md(std::string_view path) {
  if (path.size() < 3) return false;
  const std::string_view ext = path.substr(path.size() - 3);
  return ext[0] == '.' && (ext[1] == 'm' || ext[1] == 'M') && (ext[2] == 'd' || ext[2] == 'D');
}

int run_export_ics(Session& s, const ExportIcsOptions& o) {
  const bool to_stdout = !o.output || *o.output == "-";
  if (!to_stdout && o.output->empty()) {
    s.error("--output: the file name is empty");
    return kExitUsage;
  }
  // goals never overwrites a note, and a calendar in a .md file would read
  // as a broken one.
  if (!to_stdout && ends_with_md(*o.output)) {
    s.error("--output " + *o.output +
            ": that names a Markdown note; write the calendar to a .ics file");
    return kExitUsage;
  }
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;

  // DTSTAMP is today at midnight UTC rather than the clock's time, so that
  // `--today` (and GOALS_TODAY) make the file byte-for-byte reproducible.
  IcsCalendar cal;
  cal.stamp = l->today;
  const std::string vault_name = path_basename(l->vault.root);
  cal.name = vault_name.empty() ? "Goals" : "Goals (" + vault_name + ")";
  std::ostringstream text;
  render_ics(text, calendar_items(l->vault, l->graph), cal);

  if (to_stdout) {
    s.io.out << text.str();
    return kExitOk;
  }
  // replace_file refuses these too; asking first lets the message say which.
  const EntryKind there = s.io.fs.kind(*o.output, /*follow=*/false);
  if (there == EntryKind::Symlink || there == EntryKind::Directory) {
    s.error("cannot write " + *o.output + ": " +
            (there == EntryKind::Symlink
                 ? "it is a symbolic link, which goals does not write through"
                 : "it is a folder") +
            "; nothing was written");
    return kExitUsage;
  }
  // Like `report --output`: a new file is created (never replacing one that
  // appears meanwhile), and an existing one is replaced only when it is a
  // calendar goals wrote. Anything else, `.goals.yaml`, an Obsidian setting
  // or an attachment, is someone else's and stays as it is.
  std::string err;
  FileSystem::WriteStatus st = s.io.fs.create_file(*o.output, text.str(), &err);
  if (st == FileSystem::WriteStatus::Exists) {
    std::string old;
    const FileSystem::Status read = s.io.fs.read_file(*o.output, &old, &err, kMaxCalendarBytes);
    if (read == FileSystem::Status::Okay || read == FileSystem::Status::TooLarge) {
      if (read == FileSystem::Status::TooLarge || !is_generated_calendar(old)) {
        s.error(*o.output +
                " exists and was not written by goals (it does not open with goals' calendar "
                "header); nothing was written (goals replaces only a calendar it wrote itself)");
        return kExitUsage;
      }
      st = s.io.fs.replace_file(*o.output, text.str(), &err);
    } else {
      err = "cannot read the file there: " + err;
      st = FileSystem::WriteStatus::OtherError;
    }
  }
  switch (st) {
    case FileSystem::WriteStatus::Okay:
      s.io.out << *o.output << '\n';
      return kExitOk;
    case FileSystem::WriteStatus::NotFound:
      s.error("cannot write " + *o.output + ": its folder does not exist");
      return kExitUsage;
    case FileSystem::WriteStatus::Exists:
      err = "it is not a regular file";
      break;
    case FileSystem::WriteStatus::OtherError:
      break;
  }
  s.error("cannot write " + *o.output + ": " + err + "; nothing was written");
  return kExitUsage;
}

}  // namespace

void setup_export(CLI::App& app, Runner* run) {
  CLI::App* sub = app.add_subcommand("export", "Export deadlines and milestones for other tools");
  sub->require_subcommand(1);

  auto o = std::make_shared<ExportIcsOptions>();
  CLI::App* ics = sub->add_subcommand(
      "ics", "Goal deadlines and dated sprint milestones as an iCalendar file for calendar apps");
  completes(
      ics->add_option(
          "--output", o->output,
          "Write the calendar to FILE instead of stdout (replaces only a calendar goals wrote)"),
      ValueKind::Path)
      ->option_text("FILE");
  ics->callback([o, run] { *run = [o](Session& s) { return run_export_ics(s, *o); }; });
}

}  // namespace goals
