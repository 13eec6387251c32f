#include "goals/parse/obsidian_settings.h"

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "goals/support/moment.h"
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
constexpr SettingsFile kAppLinks{
    ".obsidian/app.json", "Settings → Files and links → New link format and Use [[Wikilinks]]"};
constexpr SettingsFile kTemplates{".obsidian/templates.json",
                                  "Settings → Templates → Template folder location"};
constexpr SettingsFile kDailyNotes{".obsidian/daily-notes.json", "Settings → Daily notes"};
constexpr SettingsFile kCorePlugins{".obsidian/core-plugins.json", "Settings → Core plugins"};
constexpr SettingsFile kCommunityPlugins{".obsidian/community-plugins.json",
                                         "Settings → Community plugins"};
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
    std::optional<Json> j = open_any(file);
    if (j && !j->is_object()) {
      warn_at(file, 0, 0,
              "the file holds " + kind_of(*j) +
                  ", not an object of settings; its settings are not used");
      return std::nullopt;
    }
    return j;
  }

  /// The JSON value in `file`, of any kind; nullopt when it is missing
  /// (silently) or was reported.
  std::optional<Json> open_any(const SettingsFile& file) {
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

  /// The true or false at `obj[key]`; nullopt when absent or reported.
  std::optional<bool> boolean(const SettingsFile& file, const Json& obj, std::string_view key,
                              const std::string& shown) {
    const Json* v = find(obj, key);
    if (!v) return std::nullopt;
    if (v->is_boolean()) return v->get<bool>();
    wrong_type(file, shown, "true or false", *v);
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

/// `newLinkFormat` and `useMarkdownLinks`; what is absent or reported keeps Obsidian's default.
void read_link_settings(Reader& r, const Json& app, LinkSettings& links) {
  if (std::optional<std::string> format =
          r.text(kAppLinks, app, "newLinkFormat", "newLinkFormat")) {
    if (*format == "shortest") {
      links.format = NewLinkFormat::Shortest;
    } else if (*format == "relative") {
      links.format = NewLinkFormat::Relative;
    } else if (*format == "absolute") {
      links.format = NewLinkFormat::Absolute;
    } else {
      r.warn(kAppLinks, "`newLinkFormat` \"" + *format +
                            "\" is not shortest, relative or absolute; new links are written "
                            "shortest, Obsidian's default");
    }
  }
  if (const Json* markdown = Reader::find(app, "useMarkdownLinks")) {
    if (markdown->is_boolean())
      links.markdown = markdown->get<bool>();
    else
      r.wrong_type(kAppLinks, "useMarkdownLinks", "true or false", *markdown);
  }
}

void read_app(Reader& r, ObsidianSettings& s) {
  const std::optional<Json> app = r.open(kApp);
  if (!app) return;
  read_link_settings(r, *app, s.links);
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

/// Whether the plugin `id` is on in `file` (core-plugins.json or
/// community-plugins.json): a list of the ids that are on, or (core plugins
/// in some Obsidian versions) an object of id → true/false. nullopt when the
/// file is missing or unreadable.
std::optional<bool> plugin_on(Reader& r, const SettingsFile& file, std::string_view id) {
  const std::optional<Json> j = r.open_any(file);
  if (!j) return std::nullopt;
  if (j->is_array()) {
    for (const Json& e : *j)
      if (e.is_string() && e.get<std::string>() == id) return true;
    return false;
  }
  if (j->is_object()) return r.boolean(file, *j, id, std::string(id)).value_or(false);
  r.warn(file, "the file holds " + kind_of(*j) +
                   ", not a list of plugins; goals takes every plugin to be on");
  return std::nullopt;
}

/// The folder as the plugins join it: surrounding spaces trimmed (as
/// obsidian-daily-notes-interface does), no slash at either end.
std::string periodic_folder(std::string_view folder) { return normalize_folder(trim(folder)); }

/// One period's settings from `o` (`template_key`: "template" in 0.x and
/// Daily notes, "templatePath" in 1.x). Wrong types are reported and left out.
PeriodicNoteSetting read_period(Reader& r, const SettingsFile& file, const Json& o,
                                const std::string& shown, std::string_view default_format,
                                std::string_view template_key, bool enabled_default) {
  PeriodicNoteSetting p;
  p.source = std::string(file.rel);
  p.enabled = r.boolean(file, o, "enabled", shown + "enabled").value_or(enabled_default);
  if (auto folder = r.text(file, o, "folder", shown + "folder"))
    p.folder = periodic_folder(*folder);
  if (auto format = r.text(file, o, "format", shown + "format")) p.format = *format;
  // The plugins read an empty format as their default.
  if (p.format.empty()) p.format = std::string(default_format);
  if (auto tmpl = r.text(file, o, template_key, shown + std::string(template_key))) {
    p.template_path = std::string(trim(*tmpl));
    r.add_template(*tmpl);
  }
  return p;
}

void read_daily_notes(Reader& r, ObsidianSettings& s) {
  // Core plugins first: Daily notes is on when core-plugins.json says so, or
  // when there is no such file to say otherwise.
  const std::optional<bool> on = plugin_on(r, kCorePlugins, "daily-notes");
  const std::optional<Json> d = r.open(kDailyNotes);
  if (!d) return;
  s.daily = read_period(r, kDailyNotes, *d, "", "YYYY-MM-DD", "template", on.value_or(true));
  // daily-notes.json has no `enabled`: a stray one must not switch it on.
  s.daily->enabled = on.value_or(true);
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

/// Periodic Notes' periods: the 0.x key, the 1.x key, the default format.
struct PeriodKeys {
  const char* legacy;
  const char* granularity;
  const char* default_format;
  std::optional<PeriodicNoteSetting> ObsidianSettings::*field;
};
constexpr PeriodKeys kPeriods[] = {
    {"daily", "day", "YYYY-MM-DD", &ObsidianSettings::daily},
    {"weekly", "week", "gggg-[W]ww", &ObsidianSettings::weekly},
    {"monthly", "month", "YYYY-MM", &ObsidianSettings::monthly},
    {"quarterly", "quarter", "YYYY-[Q]Q", &ObsidianSettings::quarterly},
    {"yearly", "year", "YYYY", &ObsidianSettings::yearly},
};

void read_periodic_notes(Reader& r, ObsidianSettings& s) {
  const std::optional<bool> plugin = plugin_on(r, kCommunityPlugins, "periodic-notes");
  const std::optional<Json> p = r.open(kPeriodicNotes);
  if (!p) return;
  std::optional<PeriodicNoteSetting> found[std::size(kPeriods)];
  // Periodic Notes 0.x: one object per period.
  for (std::size_t k = 0; k < std::size(kPeriods); ++k) {
    const PeriodKeys& period = kPeriods[k];
    if (const Json* o = r.object(kPeriodicNotes, *p, period.legacy, period.legacy))
      found[k] = read_period(r, kPeriodicNotes, *o, std::string(period.legacy) + ".",
                             period.default_format, "template", false);
  }
  // Periodic Notes 1.x (calendar sets): the active set's periods replace the
  // 0.x ones, which 1.x leaves behind after migrating them. Every set's
  // templates are templates all the same.
  const Json* sets = r.array(kPeriodicNotes, *p, "calendarSets", "calendarSets");
  const std::optional<std::string> active =
      r.text(kPeriodicNotes, *p, "activeCalendarSet", "activeCalendarSet");
  // The active set, else the first (as the plugin falls back when the active one is deleted).
  std::optional<std::size_t> chosen;
  for (std::size_t i = 0; sets && i < sets->size(); ++i) {
    const Json& set = (*sets)[i];
    if (!set.is_object()) continue;  // reported below
    const Json* id = Reader::find(set, "id");
    if (active && id && id->is_string() && id->get<std::string>() == *active) {
      chosen = i;
      break;
    }
    if (!chosen) chosen = i;
  }
  for (std::size_t i = 0; sets && i < sets->size(); ++i) {
    const Json& set = (*sets)[i];
    if (!set.is_object()) {
      r.wrong_type(kPeriodicNotes, "calendarSets[" + std::to_string(i) + "]", "an object", set);
      continue;
    }
    const std::string shown = "calendarSets[" + std::to_string(i) + "].";
    for (std::size_t k = 0; k < std::size(kPeriods); ++k) {
      const PeriodKeys& period = kPeriods[k];
      const std::string at = shown + period.granularity;
      const Json* o = r.object(kPeriodicNotes, set, period.granularity, at);
      if (i == chosen) found[k].reset();
      if (!o) continue;
      PeriodicNoteSetting setting = read_period(r, kPeriodicNotes, *o, at + ".",
                                                period.default_format, "templatePath", false);
      if (i == chosen) found[k] = std::move(setting);
    }
  }
  for (std::size_t k = 0; k < std::size(kPeriods); ++k) {
    if (!found[k]) continue;
    // A plugin switched off in Settings → Community plugins makes no notes.
    if (plugin == false) found[k]->enabled = false;
    std::optional<PeriodicNoteSetting>& field = s.*kPeriods[k].field;
    // Daily notes: Periodic Notes' when it makes them, else the core plugin's.
    if (field && !found[k]->enabled) continue;
    field = std::move(found[k]);
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

std::string periodic_note_path(const PeriodicNoteSetting& setting, const Date& date) {
  std::string name = format_moment(date, setting.format);
  if (!name.ends_with(".md")) name += ".md";
  // The plugins' join(folder, name) drops empty and `.` components, and
  // normalizePath reads `\` as `/` and no-break spaces as spaces.
  std::string joined = setting.folder + "/" + name;
  std::replace(joined.begin(), joined.end(), '\\', '/');
  for (std::string_view nbsp : {"\u00A0", "\u202F"})
    for (std::size_t at; (at = joined.find(nbsp)) != std::string::npos;)
      joined.replace(at, nbsp.size(), " ");
  return normalize_folder(joined);
}

std::optional<Date> periodic_note_date(const PeriodicNoteSetting& setting,
                                       std::string_view rel_path) {
  if (!detail::has_md_extension(rel_path)) return std::nullopt;
  std::string_view below = rel_path.substr(0, rel_path.size() - 3);
  if (!setting.folder.empty()) {
    if (!below.starts_with(setting.folder) || below.size() <= setting.folder.size() ||
        below[setting.folder.size()] != '/')
      return std::nullopt;
    below.remove_prefix(setting.folder.size() + 1);
  }
  // The whole format against as many trailing components as its names have
  // (moment's English names hold no `/`, so any date tells how many).
  const std::string sample = format_moment(Date{2000, 1, 1}, setting.format);
  const std::size_t slashes =
      static_cast<std::size_t>(std::count(sample.begin(), sample.end(), '/'));
  std::optional<std::string_view> tail;
  std::size_t seen = 0;
  for (std::size_t i = below.size(); i-- > 0;) {
    if (below[i] == '/' && seen++ == slashes) {
      tail = below.substr(i + 1);
      break;
    }
  }
  if (!tail && seen == slashes) tail = below;
  if (tail)
    if (std::optional<Date> d = parse_moment(*tail, setting.format)) return d;
  // The plugin's fallback: the file's name against the format after its last
  // `/` (cut in the format as written, as the plugin does).
  const std::size_t cut = setting.format.rfind('/');
  if (cut == std::string::npos) return std::nullopt;
  const std::size_t name_at = below.rfind('/');
  return parse_moment(below.substr(name_at == std::string_view::npos ? 0 : name_at + 1),
                      std::string_view(setting.format).substr(cut + 1));
}

ObsidianSettings read_obsidian_settings(const FileSystem& fs, const std::string& root,
                                        Diagnostics* diags) {
  ObsidianSettings s;
  try {
    Reader r(fs, root, diags, &s);
    read_app(r, s);
    read_templates(r);
    read_daily_notes(r, s);
    read_templater(r);
    read_periodic_notes(r, s);
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
