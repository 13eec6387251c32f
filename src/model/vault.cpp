#include "goals/model/vault.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <optional>
#include <thread>
#include <unordered_set>
#include <utility>

#include "goals/model/resolver.h"
#include "goals/parse/obsidian_settings.h"
#include "goals/support/rule_ids.h"
#include "goals/support/text.h"
#include "support/path_internal.h"

namespace goals {

namespace {

using detail::fold_case;
using detail::has_md_extension;

// `p` made absolute against the working directory, symlinks resolved when it
// exists, lexically normalized when it does not.
std::string absolute_path(const FileSystem& fs, const std::string& p) {
  std::string abs = p;
  if (abs.empty() || abs[0] != '/') {
    std::string cwd = fs.current_dir();
    if (cwd.empty()) {
      // getcwd failed (the folder was deleted?): nothing absolute is known,
      // and guessing "/" would scan the whole disk.
      std::string real = fs.real_path(p.empty() ? "." : p);
      return real.empty() ? detail::normalize_lexical(p.empty() ? "." : p) : real;
    }
    abs = path_join(cwd, p);
  }
  std::string real = fs.real_path(abs);
  if (!real.empty()) return real;
  std::string n = detail::normalize_lexical(abs);
  return n.empty() ? "/" : n;
}

bool starts_with_dot(std::string_view name) { return !name.empty() && name[0] == '.'; }

// A folder matching `X` or `X/**` is skipped as a whole, without listing it.
bool is_ignored(const Config& config, const std::string& rel, bool is_dir) {
  for (const std::string& pattern : config.ignore) {
    if (pattern.empty()) continue;
    if (glob_match(pattern, rel)) return true;
    if (is_dir && pattern.size() > 3 && pattern.compare(pattern.size() - 3, 3, "/**") == 0 &&
        glob_match(std::string_view(pattern).substr(0, pattern.size() - 3), rel)) {
      return true;
    }
  }
  return false;
}

// Enough escaping for a path to stand as a Markdown link destination.
std::string percent_encode(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '%' || c == '#') {
      out += '%';
      out += kHex[static_cast<unsigned char>(c) >> 4];
      out += kHex[static_cast<unsigned char>(c) & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

std::string link_as_written(const Link& l) {
  if (l.markdown) return "[" + l.alias + "](" + l.target + ")";
  return "[[" + l.target + "]]";
}

}  // namespace

// ---------------------------------------------------------------------------

std::optional<std::string> find_vault_root(const FileSystem& fs,
                                           const std::optional<std::string>& flag,
                                           const std::optional<std::string>& env) {
  try {
    if (flag && !flag->empty()) return absolute_path(fs, *flag);
    if (env && !env->empty()) return absolute_path(fs, *env);
    const std::string start = absolute_path(fs, ".");
    if (start.empty() || start[0] != '/') return std::nullopt;
    std::string dir = start;
    for (;;) {
      if (fs.kind(path_join(dir, ".obsidian"), true) == EntryKind::Directory ||
          fs.kind(path_join(dir, ".goals.yaml"), true) == EntryKind::File) {
        return dir;
      }
      if (dir == "/") break;
      dir = path_dirname(dir);
      if (dir.empty()) break;
    }
    return std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;  // out of memory while building a path
  }
}

// ---------------------------------------------------------------------------

namespace {

// A folder of the vault to list.
struct ScanDir {
  std::string abs;   // path to list (may go through symlinks)
  std::string rel;   // vault-relative, "" for the root
  std::string real;  // canonical path, for loop detection
};

// scan_vault's walk. Folders are listed depth-first from an explicit stack
// (deep vaults cannot overflow the call stack). Symlinked folders wait in
// `deferred_` until the plain tree is done, so a folder reachable both
// directly and through a link is always listed under its own path;
// `visited_` (canonical paths) then skips the link, and ends loops such as
// `a/loop -> ..`.
class VaultWalk {
 public:
  VaultWalk(const FileSystem& fs, const Config& config, Diagnostics* diags)
      : fs_(fs), config_(config), diags_(diags) {}

  // Adds the files below `root` to `files`, unsorted.
  void run(const std::string& root, std::vector<std::string>* files) {
    files_ = files;
    root_real_ = fs_.real_path(root);
    if (root_real_.empty()) {
      root_real_ = detail::normalize_lexical(root);
      if (root_real_.empty()) root_real_ = "/";
    }
    visited_.insert(root_real_);
    stack_.push_back(ScanDir{root, "", root_real_});
    for (ScanDir d; next(&d);) list(d);
  }

 private:
  bool next(ScanDir* d) {
    if (!stack_.empty()) {
      *d = std::move(stack_.back());
      stack_.pop_back();
      return true;
    }
    while (deferred_next_ < deferred_.size()) {
      *d = std::move(deferred_[deferred_next_++]);
      if (visited_.insert(d->real).second) return true;
    }
    return false;
  }

  void list(const ScanDir& d) {
    err_.clear();
    if (!fs_.list_dir(d.abs, &entries_, &err_)) {
      if (diags_) {
        diags_->push_back(
            make_diagnostic(findings::kUnreadable, d.rel.empty() ? "." : d.rel, 0, 0,
                            "cannot read folder: " + err_ + "; its files are left out",
                            "Check the folder's permissions, or add it to `ignore` in "
                            ".goals.yaml."));
      }
      return;
    }
    // Pushed in reverse so the stack pops them in name order (the result is
    // sorted anyway; this just keeps the walk easy to follow).
    std::vector<ScanDir> subdirs;
    for (const DirEntry& e : entries_) {
      if (starts_with_dot(e.name)) continue;  // .obsidian, .trash, .git, .DS_Store...
      std::string rel = d.rel.empty() ? e.name : d.rel + "/" + e.name;
      std::string abs = path_join(d.abs, e.name);
      EntryKind kind = e.kind;
      if (kind == EntryKind::Symlink && !follow_symlink(abs, rel, &kind)) continue;
      if (kind == EntryKind::File) {
        if (!is_ignored(config_, rel, false)) files_->push_back(std::move(rel));
      } else if (kind == EntryKind::Directory) {
        if (is_ignored(config_, rel, true)) continue;
        // A plain folder's canonical path is its parent's plus its name.
        std::string real = path_join(d.real, e.name);
        if (!visited_.insert(real).second) continue;
        subdirs.push_back(ScanDir{std::move(abs), std::move(rel), std::move(real)});
      }
      // Other kinds (sockets, FIFOs, devices) are neither notes nor attachments.
    }
    for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it) stack_.push_back(std::move(*it));
  }

  // A symlink that stays inside the vault is followed: to a folder, which
  // waits in `deferred_`, or to what `*kind` then says. False when the entry
  // is done with (a folder deferred, or a link leading out, reported).
  bool follow_symlink(const std::string& abs, const std::string& rel, EntryKind* kind) {
    std::string real = fs_.real_path(abs);
    if (real.empty() || !detail::is_inside(real, root_real_)) {
      if (diags_) {
        std::string target = fs_.read_link(abs);
        if (target.empty()) target = real;
        std::string why = real.empty() ? "does not resolve (missing target or a symlink loop)"
                                       : "leads outside the vault (" + real + ")";
        diags_->push_back(make_diagnostic(findings::kSkippedSymlink, rel, 0, 0,
                                          "symlink to '" + target + "' " + why + "; not followed",
                                          "Point the symlink at a file or folder inside the vault, "
                                          "or add it to `ignore` in .goals.yaml."));
      }
      return false;
    }
    *kind = fs_.kind(abs, true);
    if (*kind != EntryKind::Directory) return true;
    if (!is_ignored(config_, rel, true)) deferred_.push_back(ScanDir{abs, rel, std::move(real)});
    return false;
  }

  const FileSystem& fs_;
  const Config& config_;
  Diagnostics* diags_;
  std::vector<std::string>* files_ = nullptr;
  std::string root_real_;
  std::vector<ScanDir> stack_;
  std::vector<ScanDir> deferred_;
  std::size_t deferred_next_ = 0;
  std::unordered_set<std::string> visited_;
  std::vector<DirEntry> entries_;  // the folder being listed
  std::string err_;
};

}  // namespace

std::vector<std::string> scan_vault(const FileSystem& fs, const std::string& root,
                                    const Config& config, Diagnostics* diags) {
  std::vector<std::string> files;
  try {
    VaultWalk(fs, config, diags).run(root, &files);
  } catch (const std::exception& e) {
    // Out of memory, most likely: report it and keep what was found.
    try {
      if (diags) {
        diags->push_back(make_diagnostic(findings::kUnreadable, ".", 0, 0,
                                         std::string("scan stopped early: ") + e.what()));
      }
    } catch (...) {
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

// ---------------------------------------------------------------------------

namespace {

// Reads and parses one note into `*note`; false (with a diagnostic) when it
// cannot be read. Diagnostics are kept per note, not per thread, so that the
// merged list comes out in the same order whatever the thread count.
bool load_one(const FileSystem& fs, const std::string& root, const std::string& rel,
              const Config& config, std::size_t max_bytes, Note* note, Diagnostics* diags) {
  try {
    std::string contents;
    std::string err;
    switch (fs.read_file(path_join(root, rel), &contents, &err, max_bytes)) {
      case FileSystem::Status::Okay:
        *note = parse_note(contents, rel, config, diags);
        return true;  // `contents` is freed here: only the parsed facts outlive the read
      case FileSystem::Status::TooLarge: {
        double mib = static_cast<double>(max_bytes) / (1024.0 * 1024.0);
        char limit[32];
        std::snprintf(limit, sizeof limit, "%g MiB", mib);
        diags->push_back(
            make_diagnostic(findings::kFileTooLarge, rel, 0, 0,
                            std::string("note is larger than ") + limit + "; not read",
                            "Split the note into smaller notes, or add it to `ignore` in "
                            ".goals.yaml."));
        return false;
      }
      case FileSystem::Status::NotFound:
      case FileSystem::Status::OtherError:
        diags->push_back(make_diagnostic(findings::kUnreadable, rel, 0, 0,
                                         "cannot read note: " + err,
                                         "Check the file's permissions, or add it to `ignore` in "
                                         ".goals.yaml."));
        return false;
    }
  } catch (const std::exception& e) {
    try {
      diags->push_back(make_diagnostic(findings::kUnreadable, rel, 0, 0,
                                       std::string("cannot load note: ") + e.what()));
    } catch (...) {
      // Out of memory even for the message: the note is still left out.
    }
  } catch (...) {
  }
  return false;
}

Link::State state_of(LinkResolver::Result::Kind k) {
  switch (k) {
    case LinkResolver::Result::Kind::Resolved:
      return Link::State::Resolved;
    case LinkResolver::Result::Kind::Ambiguous:
      return Link::State::Ambiguous;
    case LinkResolver::Result::Kind::Unresolved:
      break;
  }
  return Link::State::Unresolved;
}

// Calls f(link) on every link of a note: body links, then property links.
template <typename NoteT, typename F>
void for_each_link(NoteT& n, F&& f) {
  for (auto& l : n.body.links) f(l);
  for (auto& l : n.parents) f(l);
  for (auto& l : n.goals) f(l);
  if (n.sprint) f(*n.sprint);
}

void resolve_links(Vault& v, const LinkResolver& resolver) {
  for (Note& n : v.notes) {
    for_each_link(n, [&](Link& l) {
      LinkResolver::Result r = l.markdown ? resolver.resolve_markdown(l.target, n.path)
                                          : resolver.resolve(l.target, n.path);
      l.state = state_of(r.kind);
      l.file = r.file;
      if (r.kind != LinkResolver::Result::Kind::Ambiguous) return;

      bool all_notes = true;
      std::string list;
      for (int c : r.candidates) {
        if (!list.empty()) list += ", ";
        list += v.files[c];
        all_notes = all_notes && has_md_extension(v.files[c]);
      }
      const std::string& chosen = v.files[r.file];
      Diagnostic d =
          make_diagnostic(findings::kAmbiguousLink, n.path, l.line, l.column,
                          link_as_written(l) + " matches " + std::to_string(r.candidates.size()) +
                              (all_notes ? " notes" : " files") + " equally: " + list +
                              "; Obsidian opens whichever it read first from disk, goals uses " +
                              chosen + " (the first by path)");
      // The fix: the chosen file's vault path, which ranks first from anywhere.
      if (chosen.find('/') == std::string::npos) {
        // Tied at the root: only letter case tells the files apart.
        d.help = "Rename one of the files: their names differ only in letter case.";
      } else {
        // Every candidate written out: the one meant may not be the one used.
        std::string ways;
        const std::size_t shown = std::min<std::size_t>(r.candidates.size(), 3);
        for (std::size_t i = 0; i < shown; ++i) {
          const std::string& c = v.files[r.candidates[i]];
          std::string way;
          if (l.markdown) {
            way = "[" + l.alias + "](" + percent_encode(c) + ")";
          } else {
            std::string fixed = c;
            if (has_md_extension(c) && !has_md_extension(trim(l.target, kBlanks)))
              fixed.resize(fixed.size() - 3);
            way = "[[" + fixed + "]]";
          }
          ways += (i == 0                                           ? ""
                   : i + 1 == shown && shown == r.candidates.size() ? " or "
                                                                    : ", ") +
                  way;
        }
        if (shown < r.candidates.size()) ways += ", ...";
        d.help = std::string(l.markdown ? "Write the vault path in the link: "
                                        : "Write the folder in the link: ") +
                 ways + ".";
      }
      if (l.end_column > 0) {
        d.end_line = l.line;
        d.end_column = l.end_column;
      }
      v.diagnostics.push_back(std::move(d));
    });
  }
}

void fill_backlinks(Vault& v) {
  v.backlinks.assign(v.notes.size(), {});
  for (std::size_t i = 0; i < v.notes.size(); ++i) {
    const int from = static_cast<int>(i);
    for_each_link(v.notes[i], [&](const Link& l) {
      int to = v.note_of(l);
      if (to < 0 || to == from) return;
      // `from` only grows, so each list stays sorted; skip repeats.
      std::vector<int>& bl = v.backlinks[static_cast<std::size_t>(to)];
      if (bl.empty() || bl.back() != from) bl.push_back(from);
    });
  }
}

// A path's role by the settings alone: excluded, in a template folder, or neither.
NoteRole role_of_path(const ObsidianSettings& settings, std::string_view rel) {
  if (settings.is_excluded(rel)) return NoteRole::Excluded;
  if (settings.in_template_folder(rel)) return NoteRole::Template;
  return NoteRole::Note;
}

// Each file's role (only notes' roles are ever read). Template notes are named
// in the settings as Obsidian finds them: as a link from the vault root.
std::vector<NoteRole> file_roles(const Vault& v, const ObsidianSettings& settings,
                                 const LinkResolver& resolver) {
  std::vector<NoteRole> roles(v.files.size(), NoteRole::Note);
  if (settings.excluded.empty() && settings.template_folders.empty() &&
      settings.template_notes.empty())
    return roles;
  for (std::size_t i = 0; i < v.files.size(); ++i)
    if (has_md_extension(v.files[i])) roles[i] = role_of_path(settings, v.files[i]);
  for (const std::string& name : settings.template_notes) {
    const LinkResolver::Result r = resolver.resolve(name, "");
    if (r.kind == LinkResolver::Result::Kind::Unresolved || r.file < 0) continue;
    NoteRole& role = roles[static_cast<std::size_t>(r.file)];
    if (role == NoteRole::Note) role = NoteRole::Template;
  }
  return roles;
}

// Parses the notes among `v.files` into `v.notes` (sorted by path, unreadable
// ones left out), fills `v.note_of_file` and `v.roles` (from `file_roles`, per
// file) and appends the diagnostics of the notes that are linted, in note
// order. Its bookkeeping is freed on return, before links are resolved.
void load_notes(const FileSystem& fs, const Config& config, const LoadOptions& options,
                const std::vector<NoteRole>& file_roles, Vault& v) {
  std::vector<int> note_files;
  for (std::size_t i = 0; i < v.files.size(); ++i) {
    if (has_md_extension(v.files[i])) note_files.push_back(static_cast<int>(i));
  }

  // Parsed straight into their final places (notes[i] for note_files[i]),
  // then compacted: one array of notes is ever alive, which matters at 100k.
  const std::size_t count = note_files.size();
  v.notes.resize(count);
  std::vector<Diagnostics> note_diags(count);
  std::vector<char> loaded(count, 0);
  std::atomic<std::size_t> next{0};
  auto work = [&]() noexcept {
    for (;;) {
      std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
      if (i >= count) return;
      loaded[i] = load_one(fs, v.root, v.files[static_cast<std::size_t>(note_files[i])], config,
                           options.max_note_bytes, &v.notes[i], &note_diags[i]);
    }
  };
  unsigned threads = options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  if (threads > count) threads = static_cast<unsigned>(std::max<std::size_t>(1, count));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) {
    try {
      pool.emplace_back(work);
    } catch (const std::exception&) {
      break;  // no more threads to be had: the ones running share the work
    }
  }
  work();  // this thread works too
  for (std::thread& t : pool) t.join();

  v.note_of_file.assign(v.files.size(), -1);
  v.roles.clear();
  v.roles.reserve(count);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const NoteRole role = file_roles[static_cast<std::size_t>(note_files[i])];
    if (is_linted(role, options.lint_templates))
      for (Diagnostic& d : note_diags[i]) v.diagnostics.push_back(std::move(d));
    Diagnostics().swap(note_diags[i]);
    if (!loaded[i]) continue;
    if (kept != i) v.notes[kept] = std::move(v.notes[i]);
    v.note_of_file[static_cast<std::size_t>(note_files[i])] = static_cast<int>(kept);
    v.roles.push_back(role);
    ++kept;
  }
  v.notes.erase(v.notes.begin() + static_cast<std::ptrdiff_t>(kept), v.notes.end());
}

}  // namespace

Vault load_vault(const FileSystem& fs, const std::string& root, const Config& config,
                 const LoadOptions& options) {
  Vault v;
  try {
    v.root =
        root.empty() || root[0] != '/' ? absolute_path(fs, root) : detail::normalize_lexical(root);
    v.config = config;
    v.lint_templates = options.lint_templates;
    const ObsidianSettings settings = read_obsidian_settings(fs, v.root, &v.diagnostics);
    v.config.property_types = settings.property_types;
    auto on = [](const std::optional<PeriodicNoteSetting>& p) {
      return p && p->enabled ? p : std::nullopt;
    };
    v.config.periodic_reviews = {on(settings.weekly), on(settings.monthly), on(settings.quarterly)};
    v.obsidian_settings = settings.files_read;
    v.links = settings.links;
    TaskSettingsResult tasks = load_task_settings(fs, v.root);
    v.config.tasks = std::move(tasks.settings);
    for (Diagnostic& d : tasks.diagnostics) v.diagnostics.push_back(std::move(d));

    // What the scan finds wrong inside an excluded folder or a template
    // folder is as silent as the notes there.
    Diagnostics scan_diags;
    v.files = scan_vault(fs, v.root, config, &scan_diags);
    for (Diagnostic& d : scan_diags)
      if (is_linted(role_of_path(settings, d.path), options.lint_templates))
        v.diagnostics.push_back(std::move(d));

    const LinkResolver resolver(v.files);
    load_notes(fs, v.config, options, file_roles(v, settings, resolver), v);
    resolve_links(v, resolver);
    fill_backlinks(v);
  } catch (const std::exception& e) {
    // Out of memory, most likely. Hand back an empty but consistent vault
    // (callers index backlinks by note) with the reason.
    v.files.clear();
    v.note_of_file.clear();
    v.notes.clear();
    v.roles.clear();
    v.backlinks.clear();
    try {
      v.diagnostics.push_back(make_diagnostic(findings::kUnreadable, ".", 0, 0,
                                              std::string("cannot load the vault: ") + e.what()));
    } catch (...) {
    }
  }
  try {
    sort_diagnostics(v.diagnostics);
  } catch (...) {
    // sort_diagnostics uses a stable sort, which may want a buffer; unsorted
    // diagnostics beat an exception.
  }
  return v;
}

// ---------------------------------------------------------------------------

int Vault::find_note(std::string_view name) const {
  try {
    std::string_view n = trim(name, kBlanks);
    // Accept a pasted link: [[Note#Heading|alias]] -> Note.
    if (n.size() >= 4 && n.substr(0, 2) == "[[" && n.substr(n.size() - 2) == "]]") {
      n = n.substr(2, n.size() - 4);
      n = n.substr(0, std::min(n.find('|'), n.find('#')));
      n = trim(n, kBlanks);
    }
    std::string wanted = detail::normalize_lexical(n);
    if (!wanted.empty() && wanted[0] == '/') wanted.erase(0, 1);
    if (wanted.empty()) return -1;
    const std::string lw = fold_case(wanted);
    const bool md = has_md_extension(lw);
    for (std::size_t i = 0; i < notes.size(); ++i) {
      const std::string& p = notes[i].path;
      // Compare sizes first: folding every path would cost an allocation each.
      if (p.size() != lw.size() && !(!md && p.size() == lw.size() + 3)) continue;
      std::string lp = fold_case(p);
      if (lp == lw || (!md && lp.size() == lw.size() + 3 && lp.compare(0, lw.size(), lw) == 0 &&
                       has_md_extension(lp))) {
        return static_cast<int>(i);
      }
    }
    LinkResolver resolver(files);
    LinkResolver::Result r = resolver.resolve(wanted, "");
    if (r.kind == LinkResolver::Result::Kind::Unresolved || r.file < 0) return -1;
    return note_of_file[static_cast<std::size_t>(r.file)];
  } catch (const std::exception&) {
    return -1;
  }
}

}  // namespace goals
