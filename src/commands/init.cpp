#include <array>
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "commands/command.h"
#include "commands/new_note.h"
#include "goals/passes/adopt.h"
#include "goals/render/base.h"
#include "goals/support/yaml_quote.h"
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
  bool dry_run = false;
};

/// A rule as one flow-style YAML line: `{kind: goal, tag: life/goal}`.
std::string rule_yaml(const KindRule& r) {
  std::string out = "{kind: " + std::string(to_string(r.kind));
  if (!r.property.empty()) {
    out += ", property: {" + yaml_quote(r.property) + ": ";
    out += r.values.size() == 1 ? yaml_quote(r.values.front()) : "";
    out += "}";
  }
  if (!r.tag.empty()) out += ", tag: " + yaml_quote(r.tag);
  if (!r.folder.empty()) out += ", folder: " + yaml_quote(r.folder);
  if (!r.heading.empty()) out += ", heading: " + yaml_quote(r.heading);
  if (r.cadence) out += ", cadence: " + std::string(to_string(*r.cadence));
  if (r.horizon) out += ", horizon: " + std::string(to_string(*r.horizon));
  return out + "}";
}

std::string notes_text(int n) { return n == 1 ? "1 note" : std::to_string(n) + " notes"; }

/// What a rule looks at, for the summary: `tag #life/goal`.
std::string rule_words(const KindRule& r) {
  if (!r.property.empty())
    return "property " + r.property + (r.values.empty() ? "" : ": " + r.values.front());
  if (!r.tag.empty()) return "tag #" + r.tag;
  if (!r.heading.empty()) return "heading \"" + r.heading + "\"";
  return "folder " + r.folder + "/";
}

/// kConfig with what `init` found in place of the default aliases.
std::string adopted_config(const Adoption& a) {
  std::string found =
      "# Other names for properties, written `alias: real-key`.\naliases:\n  due: deadline\n  "
      "updated: reviewed\n";
  for (const ProposedAlias& p : a.aliases)
    found +=
        fmt::format("  {}: {}   # on {}\n", yaml_quote(p.written), p.meaning, notes_text(p.notes));
  found +=
      "\n# How goals recognises your visions, goals, sprints and reviews when a note's\n"
      "# `type:` does not say: the first rule that matches wins. `goals init` found\n"
      "# these in the vault; `goals list --why` says which rule found each note.\n";
  if (a.rules.empty()) {
    found += "classify: []\n";
  } else {
    found += "classify:\n";
    for (const ProposedRule& r : a.rules)
      found += fmt::format("  - {}   # {}\n", rule_yaml(r.rule), notes_text(r.notes));
  }
  if (!a.values.empty()) {
    found += "\n# Other words for values, as your notes write them.\nvalue-aliases:\n  status:\n";
    for (const ProposedAlias& p : a.values)
      found += fmt::format("    {}: {}   # on {}\n", yaml_quote(p.written), p.meaning,
                           notes_text(p.notes));
  }
  std::string text(kConfig);
  const std::string_view defaults =
      "# Other names for properties, written `alias: real-key`.\naliases:\n  due: deadline\n  "
      "updated: reviewed\n";
  text.replace(text.find(defaults), defaults.size(), found);
  const std::string_view first =
      "# Every value below is the default: change what you need, delete the rest.\n";
  text.replace(text.find(first), first.size(),
               "# `goals init` wrote the aliases and rules below from what it found in the\n"
               "# vault; every other value is the default. Change what you need.\n");
  return text;
}

/// Adds the types of goals' properties to `.obsidian/types.json`, leaving
/// every entry there as it is; false after reporting why not.
bool register_types(Session& s, const std::string& root, const std::vector<ProposedType>& types,
                    const std::string& shown) {
  FileSystem& fs = s.io.fs;
  const std::string dir = path_join(root, ".obsidian");
  if (types.empty() || fs.kind(dir, false) != EntryKind::Directory) return true;
  const std::string path = path_join(dir, "types.json");
  std::string text, err;
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  const FileSystem::Status st = fs.read_file(path, &text, &err, 4 << 20);
  if (st == FileSystem::Status::Okay) {
    try {
      j = nlohmann::ordered_json::parse(text);
    } catch (const std::exception&) {
      s.io.err << "goals: " << shown << ".obsidian/types.json is not JSON; left as it is\n";
      return true;
    }
    if (!j.is_object() || (j.contains("types") && !j["types"].is_object())) {
      s.io.err << "goals: " << shown
               << ".obsidian/types.json is not as Obsidian writes it; left as it is\n";
      return true;
    }
  } else if (st != FileSystem::Status::NotFound) {
    s.error("cannot read " + shown + ".obsidian/types.json: " + err);
    return false;
  }
  nlohmann::ordered_json& known = j["types"];
  if (known.is_null()) known = nlohmann::ordered_json::object();
  bool added = false;
  for (const ProposedType& t : types) {
    bool present = false;
    for (const auto& [key, value] : known.items()) present = present || iequals(key, t.key);
    if (present) continue;
    known[t.key] = std::string(word_of(t.type));
    added = true;
  }
  if (!added) return true;
  const std::string out = j.dump(2) + "\n";
  // Written only over the text just read: a settings file Obsidian rewrote
  // meanwhile is left to it.
  std::string now;
  const FileSystem::Status again = fs.read_file(path, &now, &err, 4 << 20);
  if ((st == FileSystem::Status::Okay) != (again == FileSystem::Status::Okay) ||
      (again == FileSystem::Status::Okay && now != text)) {
    s.error(shown + ".obsidian/types.json changed while goals read it; left as it is");
    return false;
  }
  if (fs.replace_file(path, out, &err) != FileSystem::WriteStatus::Okay) {
    s.error("cannot write " + shown + ".obsidian/types.json: " + err);
    return false;
  }
  s.io.out << shown << ".obsidian/types.json\n";
  return true;
}

/// Writes goals' own templates to `.goals/templates/` for the user to edit,
/// leaving any that exist; false when one could not be written.
bool write_templates(Session& s, const std::string& root, const std::string& shown) {
  bool ok = true;
  for (std::string_view name : kTemplates) {
    const std::string rel = ".goals/templates/" + std::string(name) + ".md";
    const CreateResult r = create_note(s.io.fs, root, rel, builtin_template(name));
    if (r.status == CreateStatus::Created) {
      s.io.out << shown << rel << '\n';
    } else if (r.status == CreateStatus::Exists) {
      s.io.err << "goals: " << shown << rel << " already exists; left as it is\n";
    } else {
      s.error("cannot create " + shown + rel + ": " + r.error);
      ok = false;
    }
  }
  return ok;
}

/// Writes `Goals.base`, the Bases view of the goals as `config` classifies
/// them; an existing file goals did not write is left as it is.
bool write_base(Session& s, const Vault& v, const Config& config, const std::string& shown) {
  Vault adopted = v;
  adopted.config = config;
  const GeneratedResult r = write_generated_base(s.io.fs, v.root, path_join(v.root, "Goals.base"),
                                                 goals_base_yaml(adopted));
  switch (r.status) {
    case GeneratedStatus::Created:
    case GeneratedStatus::Replaced:
      s.io.out << shown << "Goals.base\n";
      return true;
    case GeneratedStatus::Foreign:
    case GeneratedStatus::NotAFile:
      s.io.err << "goals: " << shown << "Goals.base already exists; left as it is\n";
      return true;
    case GeneratedStatus::OutsideVault:
    case GeneratedStatus::Error:
      break;
  }
  s.error("cannot write " + shown + "Goals.base: " + r.error);
  return false;
}

/// `init` in a folder that already holds notes: looks at them first, says
/// what it found, and writes settings that fit them, the property types
/// Obsidian lacks and goals' templates. Makes no folders: the vault has its own.
int adopt_vault(Session& s, const InitOptions& o, const std::string& root, const std::string& shown,
                const Vault& v) {
  const Adoption a = plan_adoption(v, s.io.fs);
  std::ostream& os = s.io.out;
  os << "Found " << notes_text(a.notes) << " in this vault";
  if (a.typed > 0) os << "; " << a.typed << " say what they are with `type:`";
  os << ".\n";
  if (!v.obsidian_settings.empty()) {
    os << "Obsidian settings read:";
    for (const std::string& f : v.obsidian_settings) os << ' ' << f;
    os << '\n';
  }
  for (const Cadence c : {Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly})
    if (const PeriodicNoteSetting* p = v.config.periodic_reviews.of(c))
      os << "  review   Periodic Notes' " << to_string(c) << " notes ("
         << (p->folder.empty() ? "vault root" : p->folder + "/") << ", " << p->format << ") are "
         << to_string(c) << " reviews; no rule needed\n";
  for (const ProposedRule& r : a.rules)
    os << fmt::format("  {:<8} {:>9}  {}\n", to_string(r.rule.kind), notes_text(r.notes),
                      rule_words(r.rule));
  for (const ProposedAlias& x : a.aliases)
    os << fmt::format("  alias    {:>9}  {} means {}\n", notes_text(x.notes), x.written, x.meaning);
  for (const ProposedAlias& x : a.values)
    os << fmt::format("  value    {:>9}  status {} means {}\n", notes_text(x.notes), x.written,
                      x.meaning);
  if (a.rules.empty() && a.periodic == 0 && a.typed == 0)
    os << "  nothing that looks like goals, sprints or reviews; add `classify` rules by hand\n";
  std::string kinds;
  for (const auto& [kind, n] : a.kinds)
    kinds +=
        fmt::format("{}{} {}{}", kinds.empty() ? "" : ", ", n, to_string(kind), n == 1 ? "" : "s");
  if (!kinds.empty()) os << "With these settings goals finds: " << kinds << ".\n";
  for (const std::string& k : a.untyped)
    os << "  types.json: `" << k << "` is left untyped: some notes write it another way\n";

  const std::string config = adopted_config(a);
  if (o.dry_run) {
    os << "\n" << config;
    return kExitOk;
  }
  int failed = 0;
  const CreateResult r = create_note(s.io.fs, root, ".goals.yaml", config);
  if (r.status == CreateStatus::Created) {
    os << shown << ".goals.yaml\n";
  } else if (r.status == CreateStatus::Exists) {
    s.io.err << "goals: " << shown
             << ".goals.yaml already exists; left as it is (see `goals init --dry-run` for "
                "what goals would write)\n";
  } else {
    s.error("cannot create " + shown + ".goals.yaml: " + r.error);
    ++failed;
  }
  if (!register_types(s, root, a.types, shown)) ++failed;
  Config adopted = v.config;
  for (const ProposedRule& r : a.rules) adopted.classify.push_back(r.rule);
  for (const ProposedAlias& x : a.aliases) adopted.aliases[x.written] = x.meaning;
  for (const ProposedAlias& x : a.values) adopted.value_aliases[x.key][x.written] = x.meaning;
  if (!write_base(s, v, adopted, shown)) ++failed;
  if (!write_templates(s, root, shown)) ++failed;
  if (!failed && !o.dry_run) say_next(s, {"goals status", "goals lint"});
  return failed ? kExitUsage : kExitOk;
}

int run_init(Session& s, const InitOptions& o) {
  FileSystem& fs = s.io.fs;
  const std::string root = path_join(fs.current_dir(), o.dir);
  const std::string shown = o.dir == "." ? "" : (o.dir.ends_with('/') ? o.dir : o.dir + "/");
  if (fs.kind(root, true) == EntryKind::Directory) {
    // A folder that already holds notes is adopted, not scaffolded.
    const ConfigResult cfg = load_config(fs, root);
    if (!cfg.ok()) {
      for (const Diagnostic& d : cfg.diagnostics) s.io.err << d.path << ": " << d.message << '\n';
      return kExitUsage;
    }
    const Vault v = load_vault(fs, root, cfg.config);
    if (!v.notes.empty()) return adopt_vault(s, o, root, shown, v);
  }
  if (o.dry_run) {
    s.io.out << kConfig;
    return kExitOk;
  }
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
  if (!write_templates(s, root, shown)) ++failed;
  if (!failed) {
    std::vector<std::string> next = {"goals new vision \"Where I want to be in five years\"",
                                     "goals new goal \"A long-term goal\" --horizon long"};
    if (!shown.empty()) next.insert(next.begin(), "cd " + shown);
    say_next(s, next);
  }
  return failed ? kExitUsage : kExitOk;
}

}  // namespace

void setup_init(CLI::App& app, Runner* run) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* sub = app.add_subcommand(
      "init", "Make a folder a goals vault: .goals.yaml, the note folders and editable templates");
  completes(sub->add_option("dir", o->dir, "The vault folder (default: the working directory)"),
            ValueKind::Directory);
  sub->add_flag("--dry-run", o->dry_run,
                "Say what init finds and print the .goals.yaml it would write; write nothing");
  sub->callback([o, run] { *run = [o](Session& s) { return run_init(s, *o); }; });
}

}  // namespace goals
