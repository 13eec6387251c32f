#include <array>

#include "commands/command.h"
#include "goals/write/scaffold.h"
#include "goals/write/templates.h"

namespace goals {

namespace {

// Every setting with its default, so that a user sees what can be changed
// without reading the docs; keys and meanings are docs/vault-format.md's.
constexpr std::string_view kConfig =
    R"(# goals settings for this vault (https://obsidian.md notes read by `goals`).
# Every value below is the default: change what you need, delete the rest.

# Folders where `goals new` puts new notes. Existing notes are found by their
# `type` property wherever they are.
folders:
  vision: Vision
  goals: Goals
  sprints: Sprints
  reviews: Reviews

# Other names for properties, written `alias: real-key`.
aliases:
  due: deadline
  updated: reviewed

# The most goals a 90-day sprint may hold. Three is already a lot: if
# everything is a priority, nothing is; one or two focused goals go further.
max-goals-per-sprint: 3

# An active goal not reviewed for longer than this many days is stale.
stale-after-days: 90

# The shortest and longest sprint, in days from start to end, that counts as a quarter.
sprint-length: {min: 80, max: 100}

# Files goals skips (templates, archives): globs relative to the vault; *
# stays within a folder, ** crosses folders. Dot-folders such as .obsidian
# and .goals are always skipped.
ignore: []

# Lint rules: a severity (error, warning, info) or off, or a mapping with
# `severity` and the rule's options. `goals lint --list-rules` lists them and
# `goals lint --explain RULE` explains one.
rules: {}
)";

constexpr std::array<std::string_view, 6> kTemplates = {
    "goal", "review-monthly", "review-quarterly", "review-weekly", "sprint", "vision"};

struct InitOptions {
  std::string dir = ".";
};

int run_init(Session& s, const InitOptions& o) {
  FileSystem& fs = s.io.fs;
  const std::string root = path_join(fs.current_dir(), o.dir);
  // Like `git init DIR`: the folder and any missing parents are made.
  for (std::size_t at = root.find('/', 1);; at = root.find('/', at + 1)) {
    const std::string dir = root.substr(0, at);
    const EntryKind k = fs.kind(dir, true);
    if (k != EntryKind::Directory) {
      std::string err;
      if (k != EntryKind::Other || fs.make_dir(dir, &err) != FileSystem::WriteStatus::Okay) {
        s.error("cannot make '" + o.dir +
                "' a vault: " + (k != EntryKind::Other ? "'" + dir + "' is not a folder" : err));
        return kExitUsage;
      }
    }
    if (at == std::string::npos) break;
  }
  const std::string shown = o.dir == "." ? "" : (o.dir.ends_with('/') ? o.dir : o.dir + "/");
  int failed = 0;
  // Prints what was made on stdout and what was already there on stderr;
  // anything else is an error that fails the run.
  auto report = [&](const std::string& rel, const CreateResult& r) {
    if (r.status == CreateStatus::Created) {
      s.io.out << shown << rel << '\n';
    } else if (r.status == CreateStatus::Exists) {
      s.io.err << "goals: " << shown << rel << " already exists; left as it is\n";
    } else {
      s.error("cannot create " + shown + rel + ": " + r.error);
      ++failed;
    }
  };

  report(".goals.yaml", create_note(fs, root, ".goals.yaml", kConfig));
  const Config defaults;
  for (const char* kind : {"vision", "goals", "sprints", "reviews"}) {
    const std::string& folder = defaults.folders.at(kind);
    const std::string abs = path_join(root, folder);
    if (fs.kind(abs, false) == EntryKind::Directory) {
      s.io.err << "goals: " << shown << folder << "/ already exists; left as it is\n";
      continue;
    }
    std::string err;
    const FileSystem::WriteStatus st = fs.make_dir(abs, &err);
    if (st == FileSystem::WriteStatus::Okay) {
      s.io.out << shown << folder << "/\n";
    } else {
      s.error("cannot create " + shown + folder +
              "/: " + (st == FileSystem::WriteStatus::Exists ? "something else is there" : err));
      ++failed;
    }
  }
  for (std::string_view name : kTemplates) {
    const std::string rel = ".goals/templates/" + std::string(name) + ".md";
    report(rel, create_note(fs, root, rel, builtin_template(name)));
  }
  return failed ? kExitUsage : kExitOk;
}

}  // namespace

void setup_init(CLI::App& app, Runner* run) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* sub = app.add_subcommand(
      "init", "Make a folder a goals vault: .goals.yaml, the note folders and editable templates");
  sub->add_option("dir", o->dir, "The vault folder (default: the working directory)");
  sub->callback([o, run] { *run = [o](Session& s) { return run_init(s, *o); }; });
}

}  // namespace goals
