#include "goals/parse/obsidian_settings.h"

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "goals/support/rule_ids.h"
#include "goals/support/text.h"
#include "support/path_internal.h"

namespace goals {

bool ExcludeFilter::matches(std::string_view rel) const {
  if (!is_regex) return detail::fold_case(rel).starts_with(prefix);
  try {
    return std::regex_search(rel.begin(), rel.end(), regex);
  } catch (const std::exception&) {
    // std::regex gives up on some inputs (error_complexity, error_stack):
    // a path it cannot judge stays a note rather than vanish.
    return false;
  }
}

bool ObsidianSettings::is_excluded(std::string_view rel) const {
  if (excluded.empty()) return false;
  // One folded copy for every prefix entry, not one per entry.
  std::string folded;
  bool have_folded = false;
  for (const ExcludeFilter& f : excluded) {
    if (f.is_regex) {
      if (f.matches(rel)) return true;
      continue;
    }
    if (!have_folded) {
      folded = detail::fold_case(rel);
      have_folded = true;
    }
    if (folded.starts_with(f.prefix)) return true;
  }
  return false;
}

bool ObsidianSettings::in_template_folder(std::string_view rel) const {
  for (const std::string& f : template_folders)
    if (rel.size() > f.size() && rel.starts_with(f) && rel[f.size()] == '/') return true;
  return false;
}

namespace {

using Json = nlohmann::json;

// Obsidian writes these files itself and they stay small; a larger one is
// no settings file worth reading.
constexpr std::size_t kMaxSettingsBytes = 4 * 1024 * 1024;

/// A settings file and the place in Obsidian that writes it (for the help).
struct SettingsFile {
  std::string_view rel;     ///< vault-relative
  std::string_view screen;  ///< where Obsidian sets what goals reads from it
};

constexpr SettingsFile kApp{".obsidian/app.json", "Settings → Files and links → Excluded files"};
constexpr SettingsFile kTemplates{".obsidian/templates.json",
                                  "Settings → Templates → Template folder location"};
constexpr SettingsFile kDailyNotes{".obsidian/daily-notes.json",
                                   "Settings → Daily notes → Template file location"};
constexpr SettingsFile kTemplater{".obsidian/plugins/templater-obsidian/data.json",
                                  "Settings → Templater"};
constexpr SettingsFile kPeriodicNotes{".obsidian/plugins/periodic-notes/data.json",
                                      "Settings → Periodic Notes"};
constexpr SettingsFile kTypes{".obsidian/types.json", "All properties view → Property type"};

/// A folder as Obsidian's normalizePath leaves it: no empty components, no
/// slash at either end. "" for the vault root.
std::string normalize_folder(std::string_view folder) {
  std::string out;
  for (std::string_view part : detail::split_path(folder)) {
    if (!out.empty()) out += '/';
    out += part;
  }
  return out;
}

/// A JSON value's kind in the words of the warnings ("a list", "a text").
std::string kind_of(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "a list";
    case Json::value_t::string:
      return "a text";
    case Json::value_t::boolean:
      return "true or false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "a number";
    case Json::value_t::binary:
    case Json::value_t::discarded:
      break;
  }
  return "something else";
}

/// 1-based line and column of byte `offset` in `text`.
std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t nl = before.rfind('\n');
  const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  return {line, static_cast<int>(offset - start) + 1};
}

/// nlohmann's parse error without its "[json.exception…] parse error at line
/// L, column C: " preamble (the diagnostic carries the place).
std::string parse_error_text(const std::string& what) {
  std::string_view s = what;
  if (s.starts_with('[')) {
    const std::size_t close = s.find("] ");
    if (close != std::string_view::npos) s.remove_prefix(close + 2);
  }
  if (s.starts_with("parse error")) {
    const std::size_t colon = s.find(": ");
    if (colon != std::string_view::npos) s.remove_prefix(colon + 2);
  }
  return std::string(s);
}

/// Reads the settings files into one ObsidianSettings, reporting problems.
class Reader {
 public:
  Reader(const FileSystem& fs, const std::string& root, Diagnostics* diags, ObsidianSettings* out)
      : fs_(fs), root_(root), diags_(diags), out_(out) {}

  /// The top-level object of `file`; nullopt when it is missing (silently)
  /// or was reported.
  std::optional<Json> open(const SettingsFile& file) {
    std::string text, err;
    const std::string path = path_join(root_, std::string(file.rel));
    switch (fs_.read_file(path, &text, &err, kMaxSettingsBytes)) {
      case FileSystem::Status::Okay:
        break;
      case FileSystem::Status::NotFound:
        return std::nullopt;
      case FileSystem::Status::TooLarge:
        warn_at(file, 0, 0, "the file is larger than 4 MiB; its settings are not used");
        return std::nullopt;
      case FileSystem::Status::OtherError:
        warn_at(file, 0, 0, "the file cannot be read (" + err + "); its settings are not used");
        return std::nullopt;
    }
    out_->files_read.emplace_back(file.rel);
    Json j;
    try {
      j = Json::parse(text);
    } catch (const Json::parse_error& e) {
      // e.byte counts from 1 and points just past the character that failed.
      const auto [line, column] = line_column(text, e.byte > 0 ? e.byte - 1 : 0);
      warn_at(file, line, column,
              "the file is not valid JSON (" + parse_error_text(e.what()) +
                  "); its settings are not used");
      return std::nullopt;
    }
    if (!j.is_object()) {
      warn_at(file, 0, 0,
              "the file holds " + kind_of(j) +
                  ", not an object of settings; its settings are not used");
      return std::nullopt;
    }
    return j;
  }

  /// `obj[key]` when it is present and not null, else nullptr.
  static const Json* find(const Json& obj, std::string_view key) {
    const auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
  }

  /// The text at `obj[key]` (`shown` names it in a warning); nullopt when absent or reported.
  std::optional<std::string> text(const SettingsFile& file, const Json& obj, std::string_view key,
                                  const std::string& shown) {
    const Json* v = find(obj, key);
    if (!v) return std::nullopt;
    if (v->is_string()) return v->get<std::string>();
    wrong_type(file, shown, "a text", *v);
    return std::nullopt;
  }

  /// The array at `obj[key]`; nullptr when absent or reported.
  const Json* array(const SettingsFile& file, const Json& obj, std::string_view key,
                    const std::string& shown) {
    const Json* v = find(obj, key);
    if (!v || v->is_array()) return v;
    wrong_type(file, shown, "a list", *v);
    return nullptr;
  }

  /// The object at `obj[key]`; nullptr when absent or reported.
  const Json* object(const SettingsFile& file, const Json& obj, std::string_view key,
                     const std::string& shown) {
    const Json* v = find(obj, key);
    if (!v || v->is_object()) return v;
    wrong_type(file, shown, "an object", *v);
    return nullptr;
  }

  void wrong_type(const SettingsFile& file, const std::string& shown, std::string_view wanted,
                  const Json& got) {
    warn(file, "`" + shown + "` should be " + std::string(wanted) + ", not " + kind_of(got) +
                   "; it is not used");
  }

  /// A problem with a value: the whole file is the place (JSON values carry no position).
  void warn(const SettingsFile& file, std::string message) {
    warn_at(file, 0, 0, std::move(message));
  }

  void add_folder(std::string_view folder) {
    std::string f = normalize_folder(folder);
    // The vault root as a template folder would make every note a template.
    if (!f.empty()) out_->template_folders.push_back(std::move(f));
  }

  void add_template(std::string_view name) {
    std::string n = normalize_folder(name);
    if (!n.empty()) out_->template_notes.push_back(std::move(n));
  }

 private:
  void warn_at(const SettingsFile& file, int line, int column, std::string message) {
    diags_->push_back(make_diagnostic(findings::kInvalidObsidianSettings, std::string(file.rel),
                                      line, column, std::move(message), help(file)));
  }

  static std::string help(const SettingsFile& file) {
    return "Set it again in Obsidian (" + std::string(file.screen) +
           "), which rewrites the file, or correct " + std::string(file.rel) + " by hand.";
  }

  const FileSystem& fs_;
  const std::string& root_;
  Diagnostics* diags_;
  ObsidianSettings* out_;
};

void read_app(Reader& r, ObsidianSettings& s) {
  const std::optional<Json> app = r.open(kApp);
  if (!app) return;
  const Json* filters = r.array(kApp, *app, "userIgnoreFilters", "userIgnoreFilters");
  if (!filters) return;
  for (std::size_t i = 0; i < filters->size(); ++i) {
    const Json& e = (*filters)[i];
    if (!e.is_string()) {
      r.warn(kApp, "`userIgnoreFilters` entry " + std::to_string(i + 1) +
                       " should be a text, not " + kind_of(e) + "; it is skipped");
      continue;
    }
    ExcludeFilter f;
    f.written = e.get<std::string>();
    // As Obsidian reads an entry: `/…/` is a regular expression, anything
    // else a prefix. An empty one would exclude the whole vault, which is
    // never what was meant.
    if (f.written.size() > 1 && f.written.front() == '/' && f.written.back() == '/') {
      const std::string body = f.written.substr(1, f.written.size() - 2);
      if (body.empty()) continue;
      try {
        f.regex = std::regex(body, std::regex::ECMAScript | std::regex::icase);
      } catch (const std::regex_error& err) {
        r.warn(kApp, "Excluded files entry `" + f.written +
                         "` is not a regular expression goals can read (" + err.what() +
                         "); it is skipped");
        continue;
      }
      f.is_regex = true;
    } else {
      if (f.written.empty()) continue;
      f.prefix = detail::fold_case(f.written);
    }
    s.excluded.push_back(std::move(f));
  }
}

void read_templates(Reader& r) {
  const std::optional<Json> t = r.open(kTemplates);
  if (!t) return;
  if (auto folder = r.text(kTemplates, *t, "folder", "folder")) r.add_folder(*folder);
}

void read_daily_notes(Reader& r) {
  const std::optional<Json> d = r.open(kDailyNotes);
  if (!d) return;
  if (auto tmpl = r.text(kDailyNotes, *d, "template", "template")) r.add_template(*tmpl);
}

void read_templater(Reader& r) {
  const std::optional<Json> t = r.open(kTemplater);
  if (!t) return;
  if (auto folder = r.text(kTemplater, *t, "templates_folder", "templates_folder"))
    r.add_folder(*folder);
  // Each rule pairs a folder or a file-name pattern with the template it
  // applies: the folder is where ordinary notes go, the template is a template.
  for (const char* key : {"folder_templates", "file_templates"}) {
    const Json* rules = r.array(kTemplater, *t, key, key);
    if (!rules) continue;
    for (std::size_t i = 0; i < rules->size(); ++i) {
      const std::string shown = std::string(key) + "[" + std::to_string(i) + "]";
      const Json& rule = (*rules)[i];
      if (!rule.is_object()) {
        r.wrong_type(kTemplater, shown, "an object", rule);
        continue;
      }
      if (auto tmpl = r.text(kTemplater, rule, "template", shown + ".template"))
        r.add_template(*tmpl);
    }
  }
}

void read_periodic_notes(Reader& r) {
  const std::optional<Json> p = r.open(kPeriodicNotes);
  if (!p) return;
  // Periodic Notes 0.x: one object per period. Whether a period is enabled
  // does not matter: its template is a template file either way.
  for (const char* period : {"daily", "weekly", "monthly", "quarterly", "yearly"}) {
    if (const Json* o = r.object(kPeriodicNotes, *p, period, period))
      if (auto tmpl = r.text(kPeriodicNotes, *o, "template", std::string(period) + ".template"))
        r.add_template(*tmpl);
  }
  // Periodic Notes 1.x (calendar sets): `templatePath` per granularity.
  const Json* sets = r.array(kPeriodicNotes, *p, "calendarSets", "calendarSets");
  if (!sets) return;
  for (std::size_t i = 0; i < sets->size(); ++i) {
    const std::string shown = "calendarSets[" + std::to_string(i) + "]";
    const Json& set = (*sets)[i];
    if (!set.is_object()) {
      r.wrong_type(kPeriodicNotes, shown, "an object", set);
      continue;
    }
    for (const char* g : {"day", "week", "month", "quarter", "year"}) {
      const std::string at = shown + "." + g;
      if (const Json* o = r.object(kPeriodicNotes, set, g, at))
        if (auto tmpl = r.text(kPeriodicNotes, *o, "templatePath", at + ".templatePath"))
          r.add_template(*tmpl);
    }
  }
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

/// types.json: `{"types": {"key": "date", ...}}`, keys lowercased (Obsidian
/// matches property names without regard to case). A type this version does
/// not know (a newer Obsidian's) checks nothing.
void read_types(Reader& r, ObsidianSettings& s) {
  const std::optional<Json> t = r.open(kTypes);
  if (!t) return;
  const Json* types = r.object(kTypes, *t, "types", "types");
  if (!types) return;
  for (const auto& [key, type] : types->items()) {
    if (!type.is_string()) continue;
    if (std::optional<PropertyType> p = from_word<PropertyType>(type.get<std::string>()))
      s.property_types[ascii_lower(key)] = *p;
  }
}

}  // namespace

ObsidianSettings read_obsidian_settings(const FileSystem& fs, const std::string& root,
                                        Diagnostics* diags) {
  ObsidianSettings s;
  try {
    Reader r(fs, root, diags, &s);
    read_app(r, s);
    read_templates(r);
    read_daily_notes(r);
    read_templater(r);
    read_periodic_notes(r);
    read_types(r, s);
    sort_unique(s.template_folders);
    sort_unique(s.template_notes);
  } catch (const std::exception& e) {
    // Out of memory, most likely: notes are then read as if no settings said
    // anything about them, and the run says why.
    try {
      diags->push_back(
          make_diagnostic(findings::kInvalidObsidianSettings, ".obsidian", 0, 0,
                          std::string("cannot read Obsidian's settings: ") + e.what()));
    } catch (...) {
    }
    s = ObsidianSettings();
  }
  return s;
}

}  // namespace goals
